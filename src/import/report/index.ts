/**
 * The report of an import: what was found, what was changed, what to check.
 * As data (--json), as text (./text.ts) and as a page (./html.ts).
 */
import type { ChartDefinition } from '../../schemas/chart';
import type { Figure } from '../../schemas/figure';
import type { ReviewData } from '../../schemas/review';
import type { Change } from '../normalise';

export interface Notice {
  line?: number;
  message: string;
}

export interface FigureReport extends Figure {
  /** The sentence of the text that states it. */
  sentence: string;
  /** Where its quote stands in the source: the line, and the offset in that line as normalised. */
  line: number;
  column: number;
  note?: string;
}

export interface ChartReport {
  id: string;
  type: ChartDefinition['type'];
  title: string;
  figures: string[];
}

export interface SectionReport {
  file: string;
  slug: string;
  order: number;
  line?: number;
  /** The heading as printed. */
  printed?: string;
  title: string;
  headline: string;
  byline: string;
  topics: { id: string; lead: string; line: number }[];
  figures: FigureReport[];
  charts: ChartReport[];
}

export interface UnusedReport {
  text: string;
  context: string;
  reason: string;
  /** Where the number stands in the source, as for a figure. */
  line: number;
  column: number;
  section: string;
}

/** A line of the article as imported, and what the importer read it as. */
export interface ArticleLine {
  line: number;
  text: string;
  /** page: a line of the web page the article was copied from (来源：…), not published. */
  role: 'head' | 'page' | 'heading' | 'byline' | 'text';
}

export interface ImportReport {
  input: string;
  encoding: string;
  lineEndings: string;
  review: Omit<ReviewData, 'charts' | 'publication'>;
  /** The reporters the bylines name (记者, not 通讯员), in order; the review's reporter is them as the byline writes them. */
  reporters: string[];
  sections: SectionReport[];
  overviewCharts: ChartReport[];
  unused: UnusedReport[];
  normalisations: Change[];
  /** What the editor should check, in the order of the text. */
  check: Notice[];
  files: string[];
  /** The article's lines as normalised, each with what it was read as. */
  article: ArticleLine[];
}

export { formatReport } from './text';
export { htmlReport } from './html';
