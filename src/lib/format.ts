import type { Figure } from '../schemas/figure';

// min2: 7190 stays 7190 as Chinese newspapers print it; 12000 becomes 12,000.
const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: 'min2' });

/** A number as the site prints it. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const QUALIFIER_BEFORE = new Set(['预计', '约', '近']);

/** The parts of a figure's display, so a card can set the number large and the rest small. */
export interface FigureDisplay {
  before: string;
  number: string;
  after: string;
}

/** How a figure reads on a card: 预计 5%, 4600余名, 第1. */
export function figureDisplay(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'kind'>): FigureDisplay {
  const number = formatNumber(figure.value);
  if (figure.kind === 'rank') return { before: '第', number, after: '' };
  const q = figure.qualifier ?? '';
  return QUALIFIER_BEFORE.has(q)
    ? { before: q, number, after: figure.unit }
    : { before: '', number, after: `${q}${figure.unit}` };
}

/** The figure as one string, for alt texts, tables and data files. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'kind'>): string {
  const { before, number, after } = figureDisplay(figure);
  return `${before}${number}${after}`;
}
