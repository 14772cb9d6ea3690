/**
 * The open data files (/data/figures.json, /data/figures.csv), built from
 * the content so they can never disagree with the pages.
 */
import type { Figure } from '../schemas/figure';

/** One row of the open data: the columns, in order. */
export interface FigureRow {
  id: string;
  section: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string;
  kind: string;
  quote: string;
  /** The indicator it is one year's value of, across its place's reviews; empty when none. */
  indicator: string;
  url: string;
}

export const FIGURE_COLUMNS: (keyof FigureRow)[] = [
  'id',
  'section',
  'label',
  'value',
  'unit',
  'qualifier',
  'kind',
  'quote',
  'indicator',
  'url',
];

/** A figure as a row; `url` is the figure's absolute permalink. */
export function figureRow(figure: Figure, section: string, url: string): FigureRow {
  return {
    id: figure.id,
    section,
    label: figure.label,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier ?? '',
    kind: figure.kind,
    quote: figure.quote,
    indicator: figure.indicator ?? '',
    url,
  };
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark, so that
 * spreadsheet programs open the Chinese text correctly.
 */
export function csvTable(header: string[], rows: (string | number)[][]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The open data as CSV, one figure a row. */
export function toCsv(rows: FigureRow[]): string {
  return csvTable(
    FIGURE_COLUMNS,
    rows.map((row) => FIGURE_COLUMNS.map((c) => row[c])),
  );
}

/** Pretty-printed JSON array, one figure an object. */
export function toJson(rows: FigureRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
