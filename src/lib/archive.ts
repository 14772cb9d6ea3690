/**
 * The archive as one structure: every review with its sections and charts,
 * the places they are of, and each place's indicators (a figure across the
 * place's years). Pure, so tests and the benchmark build it from content
 * read by hand; src/lib/review.ts builds it from the collections.
 */
import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { chartModel, type ChartModel } from './charts';
import { indicatorChart } from './indicator-chart';
import { indicatorsPath, reviewPath } from './urls';

/** A section as the content gives it: Astro's entry, or anything with its data and body. */
export interface SectionEntry {
  id: string;
  data: SectionData;
  body?: string;
  filePath?: string;
}

/** A review as the content gives it: its folder's name, its review.yaml and its sections' entries. */
export interface ReviewInput<E extends SectionEntry = SectionEntry> {
  key: string;
  file: string;
  meta: ReviewData;
  sections: E[];
}

/** A section with the review it belongs to. */
export type Section<E extends SectionEntry = SectionEntry> = E & { review: Review<E> };

/** A figure with the section it belongs to. */
export interface PlacedFigure<E extends SectionEntry = SectionEntry> extends Figure {
  section: Section<E>;
}

/** A chart with the figures it draws, each with its section (for links to the text). */
export interface PlacedChart<E extends SectionEntry = SectionEntry> {
  model: ChartModel;
  figures: PlacedFigure<E>[];
  /** Where its files are, relative to the site's base: its review's address, or its place's indicators'. */
  home: string;
  /** The review it belongs to; none for an indicator's chart, which spans a place's reviews. */
  review?: Review<E>;
  /** The section whose text places it; none for the overview's charts. */
  section?: Section<E>;
}

export interface Review<E extends SectionEntry = SectionEntry> {
  /** The review's folder in the archive (tongchuan-2020). */
  key: string;
  /** Its review.yaml, relative to the project, for messages. */
  file: string;
  /** Its address, relative to the site's base: tongchuan/2020/. */
  path: string;
  /** The review as a whole (review.yaml). */
  meta: ReviewData;
  /** Sections in reading order. */
  sections: Section<E>[];
  /** Every chart: the sections' in reading order, then the overview's. */
  charts: PlacedChart<E>[];
}

/** One figure across a place's years: each review's value, oldest first. */
export interface Indicator<E extends SectionEntry = SectionEntry> {
  /** The place's ASCII name (review.yaml place). */
  place: string;
  id: string;
  /** The newest year's label: the indicator's name. */
  label: string;
  unit: string;
  /** One figure a year, oldest first. */
  values: PlacedFigure<E>[];
  /** Its values by year as a chart. */
  chart: PlacedChart<E>;
}

export interface Place<E extends SectionEntry = SectionEntry> {
  /** The place's ASCII name, the first part of its reviews' addresses. */
  slug: string;
  /** As its newest review names it. */
  name: string;
  /** Newest first. */
  reviews: Review<E>[];
  /** Its indicators that have values in two years or more, in the newest review's reading order. */
  indicators: Indicator<E>[];
}

export interface Archive<E extends SectionEntry = SectionEntry> {
  /** Every review, newest first. */
  reviews: Review<E>[];
  /** Every place, the one with the newest review first. */
  places: Place<E>[];
}

/** Newest first; within a year, by place, then by address. */
function newestFirst(a: Review, b: Review): number {
  return b.meta.year - a.meta.year || a.meta.place.localeCompare(b.meta.place) || a.path.localeCompare(b.path);
}

/** The archive from its reviews, in any order (the checks have already passed). */
export function buildArchive<E extends SectionEntry>(inputs: ReviewInput<E>[]): Archive<E> {
  const reviews = inputs.map((input) => placeReview(input)).sort(newestFirst);
  const places: Place<E>[] = [];
  for (const review of reviews) {
    const place = places.find((p) => p.slug === review.meta.place);
    if (place) place.reviews.push(review);
    else places.push({ slug: review.meta.place, name: review.meta.city, reviews: [review], indicators: [] });
  }
  for (const place of places) place.indicators = placeIndicators(place);
  return { reviews, places };
}

function placeReview<E extends SectionEntry>(input: ReviewInput<E>): Review<E> {
  const review: Review<E> = {
    key: input.key,
    file: input.file,
    path: reviewPath(input.meta),
    meta: input.meta,
    sections: [],
    charts: [],
  };
  review.sections = [...input.sections]
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ ...entry, review }));
  review.charts = placeCharts(review);
  return review;
}

/** Each chart with its figures looked up, once, for every page and file that shows it. */
function placeCharts<E extends SectionEntry>(review: Review<E>): PlacedChart<E>[] {
  const figures = new Map(allFigures(review).map((f) => [f.id, f]));
  const place = (definition: ChartDefinition, section?: Section<E>): PlacedChart<E> => {
    const drawn = definition.figures.map((id) => {
      const figure = figures.get(id);
      // The content checks have already refused such a chart.
      if (!figure) throw new Error(`chart ${definition.id}: no figure ${id}`);
      return figure;
    });
    return {
      model: chartModel(definition, drawn),
      figures: drawn,
      home: review.path,
      review,
      ...(section ? { section } : {}),
    };
  };
  return [
    ...review.sections.flatMap((section) => section.data.charts.map((chart) => place(chart, section))),
    ...review.meta.charts.map((chart) => place(chart)),
  ];
}

/** The indicators of a place with two years or more, named and ordered by its newest review. */
function placeIndicators<E extends SectionEntry>(place: Place<E>): Indicator<E>[] {
  const byId = new Map<string, PlacedFigure<E>[]>();
  for (const review of place.reviews) {
    for (const figure of allFigures(review)) {
      if (figure.indicator) byId.set(figure.indicator, [...(byId.get(figure.indicator) ?? []), figure]);
    }
  }
  return [...byId]
    .filter(([, figures]) => figures.length > 1)
    .map(([id, figures]) => {
      const values = [...figures].reverse();
      const newest = figures[0] as PlacedFigure<E>;
      return {
        place: place.slug,
        id,
        label: newest.label,
        unit: newest.unit,
        values,
        chart: { model: indicatorChart(id, newest.label, values), figures: values, home: indicatorsPath(place.slug) },
      };
    });
}

/** Every figure of a review, in reading order. */
export function allFigures<E extends SectionEntry>(review: Review<E>): PlacedFigure<E>[] {
  return review.sections.flatMap((section) => section.data.figures.map((f) => ({ ...f, section })));
}
