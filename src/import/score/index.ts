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
import { decode } from '../decode';
import { importArticle, type ImportResult } from '../index';
import { normalise } from '../normalise';
import { labelledArticles, type LabelledFigure, type Labels } from './labels';
import { matchFigures } from './match';
import { articleSentences, published, words } from './published';

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

const place = (city: string) => city.replace(/[市县区镇州旗乡盟]$/, '');

/** What the import of an article got right, set against its labels: a pure function of the text and the import. */
export function scoreImport(
  name: string,
  text: string,
  result: ImportResult,
  labels: Labels,
  sidecar: string,
): ArticleScore {
  const { report } = result;
  const figures = report.sections.flatMap((s) => s.figures);
  const missed = matchFigures(labels.figures, figures, normalise(text).lines, sidecar);

  const read = report.sections.flatMap((s) => (s.printed ? [s.printed] : []));
  const sectionsRight =
    labels.sections.length === 0
      ? report.sections.length === 1 && read.length === 0
      : read.length === labels.sections.length && read.every((h, i) => words(h) === words(labels.sections[i] ?? ''));

  const shown = published(result.files);
  const all = articleSentences(text);
  const missing = all.filter((s) => !shown.some((piece) => piece.includes(words(s))));

  const head = [
    { field: 'year', expected: String(labels.head.year), read: String(report.review.year) },
    { field: 'city', expected: labels.head.city, read: report.review.city },
    { field: 'reporters', expected: labels.head.reporters.join('、'), read: report.reporters.join('、') },
  ] as const;
  return {
    name,
    labelled: labels.figures.length,
    found: labels.figures.length - missed.length,
    missed,
    sections: { expected: labels.sections, read, right: sectionsRight },
    sentences: { count: all.length, missing },
    head: head.map((h) => ({
      ...h,
      right: h.field === 'city' ? place(h.expected) === place(h.read) : h.expected === h.read,
    })),
  };
}

/** Imports an article as `npm run import` does and scores it. */
export function scoreArticle(path: string, labels: Labels, sidecar: string): ArticleScore {
  const bytes = readFileSync(path);
  return scoreImport(basename(path), decode(bytes, path).text, importArticle(bytes, path), labels, sidecar);
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
