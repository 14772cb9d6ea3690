/**
 * How well the importer reads labelled articles (./labels.ts): each article
 * is imported as `npm run import` would, and what it found is set against
 * what the editor marked. The rules, as docs/importing.md states them:
 *
 * - a labelled figure is found when the importer made a figure of the same
 *   quantity (value and unit, 2万人次 = 20000人次; a fall's sign aside; a
 *   rank by its position) whose quote overlaps the labelled quote where it
 *   stands in the article (same line, a character in common); each figure
 *   the importer made counts for one labelled figure at most;
 * - sections are right when the headings the importer read are exactly the
 *   labelled ones, in order (spaces and a closing stop aside);
 * - every sentence of the article is published when each, reduced to its
 *   letters and digits, is in one piece of what the site shows: the head,
 *   a heading, a byline or a section's text;
 * - the head is right when year, city (市, 县, 区 … aside) and reporters are.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { splitMdx } from '../../lib/content-file';
import { plainText } from '../../lib/section-body';
import { sentences } from '../../lib/sentences';
import { decode } from '../decode';
import { importArticle, type ImportResult } from '../index';
import { normalise } from '../normalise';
import type { FigureReport } from '../report';
import { ImportError } from '../errors';
import { labelledArticles, type LabelledFigure, type Labels } from './labels';

/** Total recall a folder must reach. */
export const RECALL_NEEDED = 0.8;

export interface ArticleScore {
  name: string;
  labelled: number;
  found: number;
  missed: LabelledFigure[];
  sections: { expected: string[]; read: string[]; right: boolean };
  sentences: { count: number; missing: string[] };
  head: { field: 'year' | 'city' | 'reporters'; expected: string; read: string; right: boolean }[];
}

export interface FolderScore {
  articles: ArticleScore[];
  labelled: number;
  found: number;
  recall: number;
  /** Recall high enough, and every head, section and sentence right. */
  passed: boolean;
}

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
  if (figure.kind === 'rank') return label.unit === '' && label.value === figure.value;
  if (label.unit === '') return false;
  const [a, b] = [quantity(label.value, label.unit), quantity(figure.value, figure.unit)];
  return a.base === b.base && Math.abs(a.amount - b.amount) <= 1e-9 * Math.max(1, a.amount);
}

/** The places (line, column) where a phrase stands in the normalised article. */
function places(lines: { text: string; line: number }[], phrase: string): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  for (const { text, line } of lines) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push({ line, column: at });
  }
  return found;
}

/** The labelled figures the report found, one figure of the report for each at most. */
function matchFigures(
  labels: LabelledFigure[],
  figures: FigureReport[],
  lines: { text: string; line: number }[],
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

/** Letters and digits only, full-width forms folded: what a reader reads whatever the punctuation. */
const words = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/** Each piece of what the site shows of the import: the head, and each section's heading, byline and text. */
function published(result: ImportResult): string[] {
  const pieces: string[] = [];
  for (const file of result.files) {
    if (file.path === 'review.yaml') {
      const review = parse(file.text) as Record<string, unknown>;
      for (const field of ['series', 'title', 'subtitle', 'source']) pieces.push(String(review[field] ?? ''));
      continue;
    }
    const parts = splitMdx(file.text, file.path);
    const data = parse(parts.frontmatter) as Record<string, unknown>;
    for (const field of ['source', 'title', 'headline', 'byline']) pieces.push(String(data[field] ?? ''));
    pieces.push(...plainText(parts.body).split('\n'));
  }
  return pieces.map(words).filter(Boolean);
}

/** The sentences of the article as it was written (and what follows a line's last stop), for the published check. */
function articleSentences(text: string): string[] {
  return text.split(/\r\n|\r|\n/).flatMap((line) => {
    const whole = sentences(line);
    const tail = line.slice(line.lastIndexOf(whole.at(-1) ?? '\u0000') + (whole.at(-1)?.length ?? 0));
    return [...whole, ...(whole.length ? [tail] : [line])].map((s) => s.trim()).filter((s) => words(s));
  });
}

const place = (city: string) => city.replace(/[市县区镇州旗乡盟]$/, '');

export function scoreArticle(path: string, labels: Labels, sidecar: string): ArticleScore {
  const bytes = readFileSync(path);
  const result = importArticle(bytes, path);
  const { report } = result;
  const lines = normalise(decode(bytes, path).text).lines;
  const figures = report.sections.flatMap((s) => s.figures);
  const missed = matchFigures(labels.figures, figures, lines, sidecar);

  const heading = (h: string) => words(h);
  const read = report.sections.flatMap((s) => (s.printed ? [s.printed] : []));
  const sectionsRight =
    labels.sections.length === 0
      ? report.sections.length === 1 && read.length === 0
      : read.length === labels.sections.length &&
        read.every((h, i) => heading(h) === heading(labels.sections[i] ?? ''));

  const shown = published(result);
  const all = articleSentences(decode(bytes, path).text);
  const missing = all.filter((s) => !shown.some((piece) => piece.includes(words(s))));

  const reporters = report.reporters.join('、');
  return {
    name: basename(path),
    labelled: labels.figures.length,
    found: labels.figures.length - missed.length,
    missed,
    sections: { expected: labels.sections, read, right: sectionsRight },
    sentences: { count: all.length, missing },
    head: [
      { field: 'year', expected: String(labels.head.year), read: String(report.review.year) },
      { field: 'city', expected: labels.head.city, read: report.review.city },
      { field: 'reporters', expected: labels.head.reporters.join('、'), read: reporters },
    ].map((h) => ({
      ...h,
      field: h.field as 'year' | 'city' | 'reporters',
      right: h.field === 'city' ? place(h.expected) === place(h.read) : h.expected === h.read,
    })),
  };
}

/** Scores every labelled article of a folder; an article the importer refuses is a bad input (one line, exit 2). */
export function scoreFolder(folder: string): FolderScore {
  const articles = labelledArticles(folder).map(({ article, labels, sidecar }) =>
    scoreArticle(article, labels, sidecar),
  );
  const labelled = articles.reduce((n, a) => n + a.labelled, 0);
  const found = articles.reduce((n, a) => n + a.found, 0);
  const recall = labelled ? found / labelled : 0;
  const right = (a: ArticleScore) =>
    a.sections.right && a.sentences.missing.length === 0 && a.head.every((h) => h.right);
  return { articles, labelled, found, recall, passed: recall >= RECALL_NEEDED && articles.every(right) };
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The score as a table, one article a row, then what each got wrong. */
export function formatScore(score: FolderScore): string {
  const width = Math.max(...score.articles.map((a) => a.name.length), 5);
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(10))).join('  ');
  const out = [row(['article', 'figures', 'recall', 'sections', 'sentences', 'year', 'city', 'reporters'])];
  for (const a of score.articles) {
    const head = (field: string) => (a.head.find((h) => h.field === field)?.right ? 'right' : 'WRONG');
    out.push(
      row([
        a.name,
        `${a.found}/${a.labelled}`,
        percent(a.labelled ? a.found / a.labelled : 1),
        a.sections.right ? 'right' : 'WRONG',
        a.sentences.missing.length ? `${a.sentences.missing.length} lost` : 'all',
        head('year'),
        head('city'),
        head('reporters'),
      ]),
    );
  }
  out.push(row(['total', `${score.found}/${score.labelled}`, percent(score.recall)]));
  for (const a of score.articles) {
    const faults = [
      ...a.head.filter((h) => !h.right).map((h) => `${h.field}: read “${h.read}”, labelled “${h.expected}”`),
      ...(a.sections.right
        ? []
        : [`sections: read [${a.sections.read.join(' | ')}], labelled [${a.sections.expected.join(' | ')}]`]),
      ...a.sentences.missing.map((s) => `not published: “${s}”`),
      ...a.missed.map((f) => `figure not found: ${f.value}${f.unit} in “${f.quote}”`),
    ];
    if (faults.length) out.push('', `${a.name}:`, ...faults.map((f) => `  ${f}`));
  }
  out.push(
    '',
    score.passed
      ? `Passed: recall ${percent(score.recall)} (${percent(RECALL_NEEDED)} needed), every head, section and sentence right.`
      : `Not passed: recall ${percent(score.recall)} (${percent(RECALL_NEEDED)} needed), and every head, section and sentence must be right.`,
  );
  return out.join('\n');
}
