/**
 * A chart in words: its row labels and values as the site writes them, the
 * picture's alternative text, its data table and its CSV.
 */
import { csvTable } from '../data-files';
import { formatNumber } from '../format';
import { chart as words } from '../ui';
import type { ChartModel, ChartRow } from './model';

/** The label above a row: a rank names its peers. */
export function rowLabel(row: ChartRow): string {
  return row.peers ? `${row.label} · ${row.peers}` : row.label;
}

/** A rank with the size of its field: 第1（共5）. */
export function rankText(row: ChartRow): string {
  return `${row.display}${words.field(formatNumber(row.outOf ?? 0))}`;
}

export const valueText = (model: ChartModel, row: ChartRow) => (model.type === 'rank' ? rankText(row) : row.display);

/** The largest field among a rank chart's rows. */
export const fieldSize = (model: ChartModel) => Math.max(...model.rows.map((r) => r.outOf ?? 0));

/** The picture's alternative text: its form and every value it draws. */
export function chartAlt(model: ChartModel): string {
  const values = model.rows.map((r) => `${rowLabel(r)}：${valueText(model, r)}`).join('；');
  return `${words.forms[model.type]}。${values}。`;
}

/** The chart's data as a table: column heads and, for each row, its head cell and values. */
export interface ChartTable {
  head: string[];
  rows: { head: string; cells: string[] }[];
}

export function chartTable(model: ChartModel): ChartTable {
  if (model.type === 'rank') {
    return {
      head: [words.item, words.peers, words.valueHeads.rank],
      rows: model.rows.map((r) => ({ head: r.label, cells: [r.peers ?? '', rankText(r)] })),
    };
  }
  return {
    head: [words.item, words.valueHeads[model.type]],
    rows: model.rows.map((r) => ({ head: r.label, cells: [r.display] })),
  };
}

export const CHART_CSV_COLUMNS = ['figure', 'label', 'value', 'unit', 'qualifier', 'peers', 'out_of', 'quote', 'url'];

/** The chart's data for download, one figure a row; `url` is where the text states it (by the row's place in the chart). */
export function chartCsv(model: ChartModel, quoteUrl: (row: number) => string): string {
  return csvTable(
    CHART_CSV_COLUMNS,
    model.rows.map((r, i) => [
      r.figure,
      r.label,
      r.value,
      r.unit,
      r.qualifier ?? '',
      r.peers ?? '',
      r.outOf ?? '',
      r.quote,
      quoteUrl(i),
    ]),
  );
}
