/**
 * What a chart shows: its figures as rows of plain data, serialised into
 * the page so the island draws exactly what the build drew.
 *
 * Every number written on a chart is a figure's value or its number of
 * peers; every length drawn is a figure's value on an axis from zero, or a
 * position among the peers. Nothing is estimated or derived for display.
 */
import type { ChartDefinition } from '../../schemas/chart';
import type { Figure } from '../../schemas/figure';
import { formatFigure } from '../format';

export type ChartForm = ChartDefinition['type'];

/** One figure as a chart draws it. */
export interface ChartRow {
  /** The figure's id. */
  figure: string;
  label: string;
  value: number;
  unit: string;
  qualifier?: string;
  /** For a rank: the peers as the text names them, and how many there are. */
  peers?: string;
  outOf?: number;
  /** The figure as the site prints it (预计5%, 4600余名, 第1). */
  display: string;
  /** The phrase of the text that states it. */
  quote: string;
}

/** What a chart shows: serialisable, so the page can hand it to the island. */
export interface ChartModel {
  id: string;
  type: ChartForm;
  title: string;
  summary: string;
  rows: ChartRow[];
}

/** A chart's figures, in the order the definition names them. */
/** A chart's model from its definition and the figures it draws, in order (resolved by the query module). */
export function chartModel(definition: ChartDefinition, figures: readonly Figure[]): ChartModel {
  const rows = figures.map((f): ChartRow => ({
    figure: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    ...(f.peers ? { peers: f.peers } : {}),
    ...(f.outOf ? { outOf: f.outOf } : {}),
    display: formatFigure(f),
    quote: f.quote,
  }));
  const { id, type, title, summary } = definition;
  return { id, type, title, summary, rows };
}
