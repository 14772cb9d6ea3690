/**
 * What the search finds, built from the content at build time: each topic
 * paragraph (under its anchor), each section's opening (under its heading)
 * and each figure card (under #fig-<id>), with the words a reader sees there.
 * src/pages/search-index.json.ts serves it; src/lib/search/engine.ts searches it.
 */
import type { SectionData } from '../../schemas/section';
import { formatFigure } from '../format';
import { plainText } from '../text';
import { anchors } from '../urls';

export interface SearchSection {
  /** The section page's path, with the base path (/reform/). */
  path: string;
  /** Its kicker (聚焦深化改革开放). */
  kicker: string;
}

export interface SearchDocument {
  /** Index into the sections. */
  section: number;
  /** The id on the section's page a result links to. */
  anchor: string;
  /** A passage of the text, or a figure card. */
  kind: 'text' | 'figure';
  /** The topic's lead, the section's headline, or the figure's label. */
  title: string;
  /** The passage's words (paragraphs one a line), or what the card shows beside its label. */
  text: string;
}

export interface SearchIndex {
  sections: SearchSection[];
  documents: SearchDocument[];
}

const TOPIC = /<Topic\b([^>]*)>([\s\S]*?)<\/Topic>/g;

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

/** A section's passages in reading order: topics, and the text around them under the nearest anchor before it. */
function passages(index: number, data: SectionData, body: string): SearchDocument[] {
  const found: SearchDocument[] = [];
  // Text before the first topic is the section's opening, under its heading;
  // text between topics belongs with the topic before it.
  let anchor = anchors.heading(data.slug);
  let at = 0;
  const loose = (mdx: string) => {
    const text = plainText(mdx);
    if (text) found.push({ section: index, anchor, kind: 'text', title: data.headline, text });
  };
  for (const match of body.matchAll(TOPIC)) {
    const [whole, attributes = '', inner = ''] = match;
    loose(body.slice(at, match.index));
    anchor = attribute(attributes, 'id');
    found.push({ section: index, anchor, kind: 'text', title: attribute(attributes, 'lead'), text: plainText(inner) });
    at = match.index + whole.length;
  }
  loose(body.slice(at));
  return found;
}

/** The search's index of a review: its sections in reading order, each given by its frontmatter and MDX body. */
export function searchIndex(
  sections: { data: SectionData; body: string }[],
  sectionPath: (slug: string) => string,
): SearchIndex {
  return {
    sections: sections.map(({ data }) => ({ path: sectionPath(data.slug), kicker: data.title })),
    documents: sections.flatMap(({ data, body }, index) => [
      ...passages(index, data, body),
      ...data.figures.map((figure): SearchDocument => ({
        section: index,
        anchor: anchors.figure(figure.id),
        kind: 'figure',
        title: figure.label,
        text: [formatFigure(figure), figure.peers].filter(Boolean).join(' '),
      })),
    ]),
  };
}
