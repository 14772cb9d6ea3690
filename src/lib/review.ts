/**
 * The one query module: everything a page knows about the archive comes
 * from here, checked. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import * as archive from './archive';
import { checkReviews } from './checks';

type Entry = CollectionEntry<'sections'>;

export type Archive = archive.Archive<Entry>;
export type Review = archive.Review<Entry>;
export type Section = archive.Section<Entry>;
export type PlacedFigure = archive.PlacedFigure<Entry>;
export type PlacedChart = archive.PlacedChart<Entry>;
export type Indicator = archive.Indicator<Entry>;
export type Place = archive.Place<Entry>;

let loaded: Promise<Archive> | undefined;

/** The archive, loaded once per build and checked before any page uses it. */
export function getArchive(): Promise<Archive> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Archive> {
  const [reviewEntries, sectionEntries] = await Promise.all([getCollection('reviews'), getCollection('sections')]);
  // The content loader (./archive-layout.ts) guarantees a review.yaml and at least one section in every folder.
  const inputs = reviewEntries.map((entry) => {
    const sections = sectionEntries.filter((s) => s.id.startsWith(`${entry.id}/`));
    return { key: entry.id, file: entry.filePath ?? `${entry.id}/review.yaml`, meta: entry.data, sections };
  });
  checkReviews(inputs.map((i) => ({ file: i.file, data: i.meta, sections: i.sections.map(sectionSource) })));
  return archive.buildArchive(inputs);
}

const sectionSource = (s: Entry) => ({ file: s.filePath ?? s.id, data: s.data, body: s.body ?? '' });

/** The chart with this id in a review; <Chart id> in the text and the overview find theirs here. */
export function findChart(review: Review, id: string): PlacedChart {
  const chart = review.charts.find((c) => c.model.id === id);
  if (!chart) throw new Error(`<Chart id="${id}">: no chart with this id in ${review.file}`);
  return chart;
}

/** The sections before and after one, for previous/next links. */
export function neighbours(section: Section): { prev?: Section; next?: Section } {
  const { sections } = section.review;
  const i = sections.findIndex((s) => s.data.slug === section.data.slug);
  return { prev: sections[i - 1], next: sections[i + 1] };
}

export const allFigures = archive.allFigures<Entry>;

/** The figures chosen for the overview (featured: true), in reading order. */
export function featuredFigures(review: Review): PlacedFigure[] {
  return allFigures(review).filter((f) => f.featured);
}

/** The place a review is of. */
export function placeOf(archive: Archive, review: Review): Place {
  const place = archive.places.find((p) => p.slug === review.meta.place);
  if (!place) throw new Error(`${review.file}: no place ${review.meta.place}`);
  return place;
}

/** The indicator a figure is one year's value of, when the place has it in another year too. */
export function indicatorOf(archive: Archive, figure: PlacedFigure): Indicator | undefined {
  if (!figure.indicator) return undefined;
  return placeOf(archive, figure.section.review).indicators.find((i) => i.id === figure.indicator);
}

/** The params of a review's pages: /<place>/<edition>/… */
export function reviewParams(review: Review): { place: string; edition: string } {
  return { place: review.meta.place, edition: review.meta.edition ?? String(review.meta.year) };
}

/**
 * Static paths for a kind of page or file that every review has: `each`
 * lists one review's own (its params below the review's address, and its
 * props), and every path gets the review's address and the review itself.
 */
export async function perReview<P extends Record<string, string>, T extends object>(
  each: (review: Review) => { params: P; props: T }[],
): Promise<{ params: P & { place: string; edition: string }; props: T & { review: Review } }[]> {
  const { reviews } = await getArchive();
  return reviews.flatMap((review) =>
    each(review).map(({ params, props }) => ({
      params: { ...params, ...reviewParams(review) },
      props: { ...props, review },
    })),
  );
}

/** Static paths for each place's pages: /<place>/… */
export async function perPlace<P extends Record<string, string>, T extends object>(
  each: (place: Place) => { params: P; props: T }[],
): Promise<{ params: P & { place: string }; props: T & { place: Place } }[]> {
  const { places } = await getArchive();
  return places.flatMap((place) =>
    each(place).map(({ params, props }) => ({ params: { ...params, place: place.slug }, props: { ...props, place } })),
  );
}

/** Static paths for each indicator's page and files: /<place>/indicators/<id>/… */
export const perIndicator = () =>
  perPlace((place) => place.indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } })));
