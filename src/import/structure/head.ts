/**
 * The article's head: everything above its text. 【series】 (or a kicker
 * line above the title), the title, a ——subtitle or a report's date line,
 * a deck line that states figures (text, not a subtitle), and the byline
 * or the report's speaker printed under it.
 */
import { findFigures } from '../figures';
import type { SourceLine } from '../normalise';
import { creditsWriter, joinBylines, readByline, type Byline } from './bylines';
import { readPageInfo } from './page-info';
import { headingShape, isNumberLine, SUBTITLE_DASH } from './shapes';
import type { Notes, Paragraph } from './types';

export interface Head {
  series?: string;
  title?: string;
  subtitle?: string;
  /** The first line of the head, as printed. */
  source?: string;
  /** The byline (or the report's speaker) printed under the head. */
  byline?: Byline;
  /** The publication a web page's line names (来源：…). */
  publication?: string;
  /** The lines the head took, for the report. */
  lines: number[];
}

/** Most lines a title may take above its subtitle or byline (a kicker line, the title, once more). */
const TITLE_LINES = 3;

const titleLike = (text: string | undefined) =>
  text !== undefined &&
  !isNumberLine(text) &&
  headingShape(text) !== undefined &&
  !headingShape(text)?.numbering &&
  !readPageInfo(text);

/**
 * A dash line that is text the article states (——全年地区生产总值达到412.6亿元，同比增长6.3%),
 * not a subtitle (——回眸2020年的铜川) nor a report's date (——2022年1月12日在…会议上).
 */
export function isDeck(text: string): boolean {
  return /[。！？]$/.test(text) || findFigures(text).figures.length > 0;
}

function splitTitle(text: string): { title: string; subtitle?: string } {
  const [, title, subtitle] = /^(.+?)\s*(?:——|--|──|－－)\s*(.+)$/.exec(text) ?? [];
  return title && subtitle ? { title, subtitle } : { title: text };
}

export function readHead(lines: SourceLine[], notes: Notes): { head: Head; next: number; deck: Paragraph[] } {
  const head: Head = { lines: [] };
  const deck: Paragraph[] = [];
  let i = 0;
  const take = (line: SourceLine) => head.lines.push(line.line);
  const titles: string[] = [];

  const series = lines[0] && /^【(.+?)】\s*(.*)$/.exec(lines[0].text);
  if (series && lines[0]) {
    head.series = series[1]?.trim();
    if (series[2]) titles.push(series[2]);
    head.source = lines[0].text;
    take(lines[0]);
    i = 1;
  }
  // Title lines run up to the subtitle or byline; with neither after them, only the first is the title.
  let run = 0;
  while (run < TITLE_LINES && titleLike(lines[i + run]?.text)) run++;
  const after = lines[i + run]?.text ?? '';
  const closed = SUBTITLE_DASH.test(after) || readByline(after) !== undefined || readPageInfo(after) !== undefined;
  const count = closed ? run : Math.min(run, titles.length ? 0 : 1);
  for (const line of lines.slice(i, i + count)) {
    if (titles.length && line.text === splitTitle(titles.at(-1) ?? '').title) {
      notes.push({ line: line.line, message: 'the title is printed again here; it is shown once' });
    } else titles.push(line.text);
    head.source ??= line.text;
    take(line);
  }
  i += count;
  const last = titles.pop();
  if (last) {
    const split = splitTitle(last);
    head.title = split.title;
    if (split.subtitle) head.subtitle = split.subtitle;
  }
  // Lines above the title: a kicker (引题), the series where there is no 【…】.
  if (titles.length) {
    if (head.series) head.title = [...titles, head.title].join(' ');
    else head.series = titles.join(' ');
  }

  for (let line = lines[i]; line; line = lines[++i]) {
    // A deck line is text: the first section's, not the head's.
    const byline = readByline(line.text);
    const info = readPageInfo(line.text);
    if (SUBTITLE_DASH.test(line.text)) {
      const text = line.text.replace(SUBTITLE_DASH, '').trim();
      const column = line.text.length - text.length;
      if (isDeck(text) || head.subtitle) {
        deck.push({ text, line: line.line, column });
        notes.push({
          line: line.line,
          message: `the line under the title “${line.text}” states what the article states: it opens the first section's text, and is no subtitle`,
        });
        continue;
      }
      head.subtitle = text;
    } else if (byline && creditsWriter(byline)) {
      head.byline = joinBylines(head.byline, byline);
    } else if (info) {
      if (info.publication) head.publication ??= info.publication;
      if (info.byline) head.byline = joinBylines(head.byline, info.byline);
      const read = [
        ...(info.publication ? [`the publication “${info.publication}”`] : []),
        ...(info.byline ? [`the byline “${info.byline.printed}”`] : []),
      ];
      notes.push({
        line: line.line,
        message: `“${line.text}” is the web page's, not the article's: not published${read.length ? `; read from it: ${read.join(' and ')}` : ''}`,
      });
    } else if (byline && head.byline) {
      // 摄影 李强 under 本报记者 X: part of the byline.
      head.byline = joinBylines(head.byline, byline);
    } else break;
    take(line);
  }
  return { head, next: i, deck };
}
