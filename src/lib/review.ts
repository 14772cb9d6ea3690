/**
 * The one query module: everything a page knows about the review comes from
 * here, checked. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import { checkReview } from './checks';

export type Section = CollectionEntry<'sections'>;

export interface Review {
  /** The review as a whole (content/review.yaml). */
  meta: ReviewData;
  /** Sections in reading order. */
  sections: Section[];
}

let loaded: Promise<Review> | undefined;

/** The review, loaded once per build and checked before any page uses it. */
export function getReview(): Promise<Review> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Review> {
  const [reviewEntries, entries] = await Promise.all([getCollection('review'), getCollection('sections')]);
  // The content loader (./content-loader.ts) guarantees one review.yaml and at least one section.
  const [meta] = reviewEntries;
  if (!meta) throw new Error('review.yaml was not loaded');
  const sections = [...entries].sort((a, b) => a.data.order - b.data.order);
  checkReview(
    { file: meta.filePath ?? 'review.yaml', data: meta.data },
    sections.map((s) => ({ file: s.filePath ?? s.id, data: s.data, body: s.body ?? '' })),
  );
  return { meta: meta.data, sections };
}

/** The sections before and after one, for previous/next links. */
export function neighbours(review: Review, slug: string): { prev?: Section; next?: Section } {
  const i = review.sections.findIndex((s) => s.data.slug === slug);
  return { prev: review.sections[i - 1], next: review.sections[i + 1] };
}

/** A figure with the section it belongs to. */
export interface PlacedFigure extends Figure {
  section: Section;
}

/** Every figure of the review, in reading order. */
export function allFigures(review: Review): PlacedFigure[] {
  return review.sections.flatMap((section) => section.data.figures.map((f) => ({ ...f, section })));
}

/** The figures chosen for the overview (featured: true), in reading order. */
export function featuredFigures(review: Review): PlacedFigure[] {
  return allFigures(review).filter((f) => f.featured);
}

/** The heading as readers see it: kicker and headline. */
export function sectionHeading(section: Section): string {
  return `${section.data.title} ${section.data.headline}`;
}
