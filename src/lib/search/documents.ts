/**
 * What the search finds, built from the content at build time: each topic
 * paragraph (under its anchor), each section's opening (under its heading)
 * and each figure card (under #fig-<id>), with the words a reader sees there.
 * src/pages/search-index.json.ts serves it; src/lib/search/engine.ts searches it.
 */
import type { SectionData } from '../../schemas/section';
import { formatFigure } from '../format';
import { readBody } from '../section-body';
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
  /** The review, as its results name it (铜川 · 2020年). */
  review: string;
  sections: SearchSection[];
  documents: SearchDocument[];
}

/**
 * A section's passages in reading order, from the text as the reader reads
 * it (section-body.ts): the lines before the first topic are the opening,
 * under the section's heading; a topic's lines start with its lead, and any
 * lines after it before the next topic stay with it, under its anchor.
 */
function passages(index: number, data: SectionData, body: string): SearchDocument[] {
  const { text, topics } = readBody(body);
  const found: SearchDocument[] = [];
  let current: SearchDocument | undefined;
  let next = 0;
  for (const line of text.split('\n').filter(Boolean)) {
    const topic = topics[next];
    if (topic && line.startsWith(topic.lead)) {
      next += 1;
      current = {
        section: index,
        anchor: topic.id,
        kind: 'text',
        title: topic.lead,
        text: line.slice(topic.lead.length),
      };
      found.push(current);
    } else if (current) {
      current.text = current.text ? `${current.text}\n${line}` : line;
    } else {
      current = {
        section: index,
        anchor: anchors.sectionHeading(data.slug),
        kind: 'text',
        title: data.headline,
        text: line,
      };
      found.push(current);
    }
  }
  return found;
}

/** The search's index of a review: its name, its sections in reading order, each given by its frontmatter and MDX body. */
export function searchIndex(
  review: string,
  sections: { data: SectionData; body: string }[],
  sectionPath: (slug: string) => string,
): SearchIndex {
  return {
    review,
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
