/**
 * The article's structure: its head (series, title, subtitle), its
 * sections (heading, paragraphs, byline) and where each came from.
 * Ambiguities are settled the safe way and noted for the report.
 */
import type { SourceLine } from './normalise';
import { BYLINE_AT_END, BYLINE_LINE, headingShape, readByline, splitHeading, SUBTITLE_DASH } from './shapes';

export interface Head {
  series?: string;
  title?: string;
  subtitle?: string;
  /** The first line of the head, as printed. */
  source?: string;
  /** A byline printed under the head (本报记者 张三). */
  byline?: string;
}

export interface Heading {
  /** The heading as the source printed it (after normalisation). */
  printed: string;
  line: number;
  numbering?: string;
  kicker?: string;
  headline: string;
}

export interface RawSection {
  heading?: Heading;
  paragraphs: SourceLine[];
  /** The byline that ends the section, without its brackets. */
  byline?: string;
}

export interface Structure {
  head: Head;
  sections: RawSection[];
  /** Things the editor should look at, each with its line. */
  notes: { line?: number; message: string }[];
}

export function readStructure(lines: SourceLine[]): Structure {
  const notes: Structure['notes'] = [];
  const { head, next } = readHead(lines, notes);
  const sections = readSections(lines.slice(next), notes);
  return { head, sections, notes };
}

function readHead(lines: SourceLine[], notes: Structure['notes']): { head: Head; next: number } {
  const head: Head = {};
  let i = 0;
  const setTitle = (text: string) => {
    const [, title, subtitle] = /^(.+?)\s*(?:——|--|──|－－)\s*(.+)$/.exec(text) ?? [];
    head.title = title ?? text;
    if (subtitle) head.subtitle = subtitle;
  };
  const first = lines[0];
  if (!first) return { head, next: 0 };
  const series = /^【(.+?)】\s*(.*)$/.exec(first.text);
  if (series) {
    head.series = series[1]?.trim();
    if (series[2]) setTitle(series[2]);
    head.source = first.text;
    i = 1;
  }
  const titleLine = lines[i];
  if (!head.title && titleLine && headingShape(titleLine.text) && !headingShape(titleLine.text)?.numbering) {
    setTitle(titleLine.text);
    head.source ??= titleLine.text;
    i += 1;
  }
  while (lines[i] && lines[i]?.text === head.title) {
    notes.push({ line: lines[i]?.line, message: `the title is printed again here; it is shown once` });
    i += 1;
  }
  const dash = lines[i];
  if (!head.subtitle && dash && SUBTITLE_DASH.test(dash.text) && !/[。！？]$/.test(dash.text)) {
    head.subtitle = dash.text.replace(SUBTITLE_DASH, '').trim();
    i += 1;
  }
  const byline = lines[i] && BYLINE_LINE.exec(lines[i]?.text ?? '');
  if (byline?.[1]) {
    head.byline = readByline(byline[1]).byline;
    i += 1;
  }
  return { head, next: i };
}

function readSections(lines: SourceLine[], notes: Structure['notes']): RawSection[] {
  const sections: RawSection[] = [];
  let current: RawSection = { paragraphs: [] };
  const isParagraph = (line: SourceLine | undefined) => line !== undefined && !headingShape(line.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const shape = headingShape(line.text);
    const next = lines[i + 1];
    // A heading is followed by text; two heading lines in a row are a kicker and a headline.
    const twoLines =
      shape && next && !headingShape(next.text)?.numbering && headingShape(next.text) && isParagraph(lines[i + 2]);
    if (shape && (isParagraph(next) || twoLines)) {
      if (current.heading || current.paragraphs.length) sections.push(current);
      const heading: Heading = { printed: line.text, line: line.line, headline: shape.text };
      if (shape.numbering) heading.numbering = shape.numbering;
      if (twoLines && next) {
        heading.printed = `${line.text} ${next.text}`;
        heading.kicker = shape.text;
        heading.headline = headingShape(next.text)?.text ?? next.text;
        notes.push({
          line: line.line,
          message: `heading on two lines read as kicker “${shape.text}” and headline “${heading.headline}”`,
        });
        i += 1;
      } else {
        Object.assign(heading, splitHeading(shape.text));
      }
      if (/[，,]/.test(shape.text) || shape.text.length > 24) {
        notes.push({
          line: line.line,
          message: `“${line.text}” was read as a heading, but it might be a sentence: check it`,
        });
      }
      current = { heading, paragraphs: [] };
      continue;
    }
    current.paragraphs.push(line);
  }
  sections.push(current);
  const found = sections.filter((s) => s.paragraphs.length > 0 || s.heading);
  for (const section of found) section.byline = bylineOf(section);
  return found;
}

/** The byline at the end of a section's last paragraph, or on a line of its own there. */
function bylineOf(section: RawSection): string | undefined {
  const last = section.paragraphs.at(-1)?.text ?? '';
  const words = BYLINE_LINE.exec(last)?.[1] ?? BYLINE_AT_END.exec(last)?.[1];
  return words ? readByline(words).byline : undefined;
}
