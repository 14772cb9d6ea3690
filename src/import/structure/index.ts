/**
 * The article's structure: its head (series, title, subtitle, byline, a
 * deck line), its sections (heading, paragraphs, byline) and where each
 * came from. Ambiguities are settled the safe way and noted for the report.
 */
import type { SourceLine } from '../normalise';
import type { ArticleLine } from '../report';
import { readByline, type Byline } from './bylines';
import { readHead, type Head } from './head';
import { readPageInfo } from './page-info';
import { readSections } from './sections';
import type { Notes, Paragraph } from './types';

export type { Byline } from './bylines';
export type { Head } from './head';
export type { Notes, Paragraph } from './types';

export interface Heading {
  /** The heading as the source printed it (after normalisation), its lines joined by a space. */
  printed: string;
  line: number;
  numbering?: string;
  kicker?: string;
  headline: string;
  /** Run into its paragraph (（一）聚焦项目建设，发展动能持续增强。全年…): printed without its stop. */
  runIn?: boolean;
}

export interface RawSection {
  heading?: Heading;
  paragraphs: Paragraph[];
  /** The byline that ends the section (…。（记者 段海洲）), or opens it (本报讯（记者 …）). */
  byline?: Byline;
}

export interface Structure {
  head: Head;
  sections: RawSection[];
  notes: Notes;
}

/** Each line of the article with what it was read as, for the report. */
export function lineRoles(lines: SourceLine[], structure: Structure): ArticleLine[] {
  const head = new Set(structure.head.lines);
  const headings = new Set<number>();
  for (const { heading } of structure.sections) {
    if (!heading) continue;
    headings.add(heading.line);
    const own = lines.find((l) => l.line === heading.line);
    // A heading printed on two lines (kicker / headline, 01 / headline) takes the next one too.
    if (own && !heading.runIn && own.text !== heading.printed) {
      const next = lines[lines.indexOf(own) + 1];
      if (next) headings.add(next.line);
    }
  }
  return lines.map(({ line, text }) => ({
    line,
    text,
    role: head.has(line)
      ? readPageInfo(text)
        ? 'page'
        : 'head'
      : headings.has(line)
        ? 'heading'
        : readByline(text)
          ? 'byline'
          : 'text',
  }));
}

export function readStructure(lines: SourceLine[]): Structure {
  const notes: Notes = [];
  const { head, next, deck } = readHead(lines, notes);
  const sections = readSections(lines.slice(next), deck, notes);
  return { head, sections, notes };
}
