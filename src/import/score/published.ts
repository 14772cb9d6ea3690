/** Whether every sentence of the article is published: in the head, a heading, a byline or a section's text. */
import { parse } from 'yaml';
import { splitMdx } from '../../lib/content-file';
import { plainText } from '../../lib/section-body';
import { sentences } from '../../lib/sentences';
import { readPageInfo } from '../structure/page-info';
import type { OutputFile } from '../verify';

/** Letters and digits only, full-width forms folded: what a reader reads whatever the punctuation. */
export const words = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/** Each piece of what the site shows of the import: the head, and each section's heading, byline and text. */
export function published(files: OutputFile[]): string[] {
  const pieces: string[] = [];
  for (const file of files) {
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

/**
 * The sentences of the article as it was written (and what follows a line's
 * last stop), for the published check; a web page's own lines (来源：…
 * 作者：…) are not the article's, and the importer lists them as not published.
 */
export function articleSentences(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => !readPageInfo(line.normalize('NFKC').trim()));
  return lines.flatMap((line) => {
    const whole = sentences(line);
    const tail = line.slice(line.lastIndexOf(whole.at(-1) ?? '\u0000') + (whole.at(-1)?.length ?? 0));
    return [...whole, ...(whole.length ? [tail] : [line])].map((s) => s.trim()).filter((s) => words(s));
  });
}
