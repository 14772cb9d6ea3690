/**
 * The files as text: a section's frontmatter and MDX body, review.yaml.
 * The body holds only what src/lib/section-body.ts accepts: paragraphs,
 * <Topic>, <Fig> and <Chart>, with the characters MDX would read as code
 * or Markdown escaped so the reader sees the article's own.
 */
import { stringify } from 'yaml';

export interface Mark {
  id: string;
  /** Where the marked phrase starts in the block's text, and its length. */
  start: number;
  length: number;
}

export interface BodyBlock {
  text: string;
  lead?: string;
  topicId?: string;
  marks: Mark[];
  /** Charts placed after this block. */
  charts: string[];
}

/** Characters MDX reads as code, tags or Markdown anywhere in a line. */
const SPECIAL = /[\\`*_{}[\]<>#~|&]/g;

export function escapeText(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+=])(?=\s|$)/, '\\$1');
}

function attribute(name: string, value: string): string {
  return value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`;
}

function marked(block: BodyBlock): string {
  let out = '';
  let at = 0;
  for (const mark of [...block.marks].sort((a, b) => a.start - b.start)) {
    out += escapeText(block.text.slice(at, mark.start));
    out += `<Fig id="${mark.id}">${escapeText(block.text.slice(mark.start, mark.start + mark.length))}</Fig>`;
    at = mark.start + mark.length;
  }
  return out + escapeText(block.text.slice(at));
}

export function sectionBody(blocks: BodyBlock[]): string {
  const parts = blocks.flatMap((block) => {
    const text = marked(block);
    const paragraph =
      block.lead && block.topicId
        ? `<Topic id="${block.topicId}" ${attribute('lead', block.lead)}>\n${text}\n</Topic>`
        : text;
    return [paragraph, ...block.charts.map((id) => `<Chart id="${id}" />`)];
  });
  return `\n${parts.join('\n\n')}\n`;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

export function sectionFile(frontmatter: object, body: string, source: string): string {
  return `---\n# Imported from ${source} by npm run import: check the import report, then edit freely.\n${yaml(frontmatter)}---\n${body}`;
}

export function reviewFile(review: object, source: string): string {
  return `# The review as a whole, imported from ${source} by npm run import. Every word here comes from the article.\n${yaml(review)}`;
}
