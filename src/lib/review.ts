/**
 * The one query module: everything a page knows about the review comes from
 * here, checked. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import { chartModel, type ChartModel } from './charts';
import { checkReview } from './checks';

export type Section = CollectionEntry<'sections'>;

/** A figure with the section it belongs to. */
export interface PlacedFigure extends Figure {
  section: Section;
}

/** A chart with the figures it draws, each with its section (for links to the text). */
export interface PlacedChart {
  model: ChartModel;
  figures: PlacedFigure[];
  /** The section whose text places it; none for the overview's charts. */
  section?: Section;
}

export interface Review {
  /** The review as a whole (content/review.yaml). */
  meta: ReviewData;
  /** Sections in reading order. */
  sections: Section[];
  /** Every chart: the sections' in reading order, then the overview's. */
  charts: PlacedChart[];
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
  return { meta: meta.data, sections, charts: placeCharts(meta.data, sections) };
}

/** Each chart with its figures looked up, once, for every page and file that shows it. */
function placeCharts(meta: ReviewData, sections: Section[]): PlacedChart[] {
  const figures = new Map(sections.flatMap((section) => section.data.figures.map((f) => [f.id, { ...f, section }])));
  const place = (definition: ChartDefinition, section?: Section): PlacedChart => {
    const drawn = definition.figures.map((id) => {
      const figure = figures.get(id);
      // The content checks have already refused such a chart.
      if (!figure) throw new Error(`chart ${definition.id}: no figure ${id}`);
      return figure;
    });
    return { model: chartModel(definition, drawn), figures: drawn, ...(section ? { section } : {}) };
  };
  return [
    ...sections.flatMap((section) => section.data.charts.map((chart) => place(chart, section))),
    ...meta.charts.map((chart) => place(chart)),
  ];
}

/** The chart with this id; <Chart id> in the text and the overview find theirs here. */
export function findChart(review: Review, id: string): PlacedChart {
  const chart = review.charts.find((c) => c.model.id === id);
  if (!chart) throw new Error(`<Chart id="${id}">: no chart with this id in the content`);
  return chart;
}

/** The sections before and after one, for previous/next links. */
export function neighbours(review: Review, slug: string): { prev?: Section; next?: Section } {
  const i = review.sections.findIndex((s) => s.data.slug === slug);
  return { prev: review.sections[i - 1], next: review.sections[i + 1] };
}

/** Every figure of the review, in reading order. */
export function allFigures(review: Review): PlacedFigure[] {
  return review.sections.flatMap((section) => section.data.figures.map((f) => ({ ...f, section })));
}

/** The figures chosen for the overview (featured: true), in reading order. */
export function featuredFigures(review: Review): PlacedFigure[] {
  return allFigures(review).filter((f) => f.featured);
}
