/** Whether the importer found a labelled figure: the same quantity, a quote that overlaps where it stands. */
import { normalise, type SourceLine } from '../normalise';
import type { FigureReport } from '../report';
import { ImportError } from '../errors';
import type { LabelledFigure } from './labels';

const MAGNITUDES: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

/** A value and unit as an amount of a base unit: 2 万人次 is 20000 人次. */
function quantity(value: number, unit: string): { amount: number; base: string } {
  const [prefix, size] = MAGNITUDES.find(([p]) => unit.startsWith(p) && unit.length > p.length) ?? ['', 1];
  return { amount: Math.abs(value) * size, base: unit.slice(prefix.length) };
}

function sameQuantity(label: LabelledFigure, figure: FigureReport): boolean {
  // 第3位, 第2名: the measure word of a position, which a rank's figure has no unit for.
  if (figure.kind === 'rank') return ['', '位', '名'].includes(label.unit) && label.value === figure.value;
  if (label.unit === '') return false;
  const [a, b] = [quantity(label.value, label.unit), quantity(figure.value, figure.unit)];
  return a.base === b.base && Math.abs(a.amount - b.amount) <= 1e-9 * Math.max(1, a.amount);
}

/** The places (line, column) where a phrase stands in the normalised article. */
function places(lines: SourceLine[], phrase: string): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  for (const { text, line } of lines) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push({ line, column: at });
  }
  return found;
}

/** The labelled figures the report found, one figure of the report for each at most. */
export function matchFigures(
  labels: LabelledFigure[],
  figures: FigureReport[],
  lines: SourceLine[],
  sidecar: string,
): LabelledFigure[] {
  const used = new Set<FigureReport>();
  return labels.filter((label, i) => {
    const quote = normalise(label.quote).lines[0]?.text ?? label.quote;
    const at = places(lines, quote);
    if (at.length === 0) {
      throw new ImportError(sidecar, `figures[${i}].quote “${label.quote}” does not occur in the article.`);
    }
    const match = figures.find(
      (f) =>
        !used.has(f) &&
        sameQuantity(label, f) &&
        at.some((p) => p.line === f.line && p.column < f.column + f.quote.length && f.column < p.column + quote.length),
    );
    if (match) used.add(match);
    return !match;
  });
}
