/**
 * Reads the content folder the way the site does (schemas included), for
 * tests that check content without building the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewSource, SectionSource } from '../../src/lib/checks';
import { readSectionFile, readYamlFile } from '../../src/lib/content-file';
import { reviewSchema } from '../../src/schemas/review';
import { sectionSchema } from '../../src/schemas/section';

export const CONTENT = 'content';

export function loadSections(dir = CONTENT): SectionSource[] {
  const folder = join(dir, 'sections');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      const { data, body } = readSectionFile(file, file, sectionSchema);
      return { file, data, body };
    });
}

export function loadReview(dir = CONTENT): ReviewSource {
  const file = join(dir, 'review.yaml');
  return { file, data: readYamlFile(file, file, reviewSchema, 'the review') };
}

/** The source article with the documented edits: full-width , ( ) and the corrected third heading. */
export function editedSource(): string {
  return readFileSync('tests/fixtures/tongchuan-2020-review.txt', 'utf8')
    .replaceAll(',', '，')
    .replaceAll('(', '（')
    .replaceAll(')', '）')
    .replace('\n焦幸福城市建设', '\n聚焦幸福城市建设');
}

export { sentences } from '../../src/lib/sentences';
