import type { Figure } from '../schemas/figure';
import { QUALIFIER_PLACES } from '../schemas/qualifiers';
import { figure as words } from './ui';

// min2: 7190 stays 7190 as Chinese newspapers print it; 12000 becomes 12,000.
const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: 'min2' });

/** A number as the site prints it. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

type Written = Pick<Figure, 'value' | 'unit' | 'qualifier' | 'kind'> & { quote?: string };

/**
 * The words right after the number, as the text writes them: 户, 余名,
 * %以上, and for a unit of 万 or 亿 with 余 or 多 whichever order the quote
 * uses (2万余人次 or 10余万人). The content checks require exactly these
 * after the value in the quote, so a card never shows a unit the text does not.
 */
export function afterNumber(figure: Written): string {
  if (figure.kind === 'rank') return '';
  const { unit, qualifier } = figure;
  if (!qualifier) return unit;
  const place = QUALIFIER_PLACES[qualifier];
  if (place === 'before') return unit;
  if (place === 'after-unit') return `${unit}${qualifier}`;
  const split = /^[万亿]./.test(unit) ? `${unit.slice(0, 1)}${qualifier}${unit.slice(1)}` : undefined;
  return split && figure.quote?.includes(split) ? split : `${qualifier}${unit}`;
}

/** The parts of a figure's display, so a card can set the number large and the rest small. */
export interface FigureDisplay {
  before: string;
  number: string;
  after: string;
}

/** How a figure reads on a card: 预计 5%, 4600余名, 第1. */
export function figureDisplay(figure: Written): FigureDisplay {
  const number = formatNumber(figure.value);
  if (figure.kind === 'rank') return { before: words.rankBefore, number, after: '' };
  const before = figure.qualifier && QUALIFIER_PLACES[figure.qualifier] === 'before' ? figure.qualifier : '';
  return { before, number, after: afterNumber(figure) };
}

/** A display as one string: 预计5%. */
export function displayText({ before, number, after }: FigureDisplay): string {
  return `${before}${number}${after}`;
}

/** The figure as one string, for alt texts, tables and data files. */
export function formatFigure(figure: Written): string {
  return displayText(figureDisplay(figure));
}
