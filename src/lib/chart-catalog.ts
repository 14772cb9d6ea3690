/**
 * Every chart of the review with the figures it draws: the section charts
 * in reading order, then the overview's. Pages, the chart component and the
 * picture and data endpoints all find charts here.
 */
import type { ChartDefinition } from '../schemas/chart';
import { chartModel, type ChartModel } from './charts';
import { allFigures, type PlacedFigure, type Review, type Section } from './review';

export interface PlacedChart {
  model: ChartModel;
  /** The figures it draws, in order, each with its section (for links to the text). */
  figures: PlacedFigure[];
  /** The section whose text places it; none for the overview's charts. */
  section?: Section;
}

export function reviewCharts(review: Review): PlacedChart[] {
  const figures = new Map(allFigures(review).map((f) => [f.id, f]));
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
    ...review.sections.flatMap((section) => section.data.charts.map((chart) => place(chart, section))),
    ...review.meta.charts.map((chart) => place(chart)),
  ];
}

export function findChart(review: Review, id: string): PlacedChart {
  const chart = reviewCharts(review).find((c) => c.model.id === id);
  if (!chart) throw new Error(`<Chart id="${id}">: no chart with this id in the content`);
  return chart;
}
