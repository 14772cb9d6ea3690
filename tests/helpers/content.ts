/**
 * Reads the content folder the way the site does (schemas included), for
 * tests that check content without building the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ReviewSource, SectionSource } from '../../src/lib/checks';
import { reviewSchema } from '../../src/schemas/review';
import { sectionSchema } from '../../src/schemas/section';

export const CONTENT = 'content';

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
export function splitMdx(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

export function loadSections(dir = CONTENT): SectionSource[] {
  const folder = join(dir, 'sections');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      const { frontmatter, body } = splitMdx(readFileSync(file, 'utf8'));
      return { file, data: sectionSchema.parse(frontmatter), body };
    });
}

export function loadReview(dir = CONTENT): ReviewSource {
  const file = join(dir, 'review.yaml');
  return { file, data: reviewSchema.parse(parse(readFileSync(file, 'utf8'))) };
}

/** The source article with the documented edits: full-width , ( ) and the corrected third heading. */
export function editedSource(): string {
  return readFileSync('tests/fixtures/tongchuan-2020-review.txt', 'utf8')
    .replaceAll(',', '，')
    .replaceAll('(', '（')
    .replaceAll(')', '）')
    .replace('\n焦幸福城市建设', '\n聚焦幸福城市建设');
}

/** Splits text into sentences ending in 。, keeping the 。 (and a closing bracket after it). */
export function sentences(text: string): string[] {
  return (text.match(/[^。\n]+。）?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}
