/**
 * Reads the tests' own archive (tests/fixtures/archive/, never the live
 * content/) the way the site does (schemas included), for tests that check
 * content without building the site. The seed, the review the site was made
 * for, is one of its reviews, word for word as published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildArchive, type Archive, type SectionEntry } from '../../src/lib/archive';
import { reviewFolders, sectionFiles } from '../../src/lib/archive-layout';
import type { ReviewSource, SectionSource } from '../../src/lib/checks';
import { readSectionFile, readYamlFile } from '../../src/lib/content-file';
import { reviewSchema } from '../../src/schemas/review';
import { sectionSchema } from '../../src/schemas/section';

/** The tests' archive: the seed, the invented reviews, two years of one invented place. */
export const FIXTURE_ARCHIVE = 'tests/fixtures/archive';

/** Every review of the tests' archive, by folder. */
export const FIXTURE_REVIEWS = readdirSync(FIXTURE_ARCHIVE).sort();

/** The seed's folder in it. */
export const SEED = join(FIXTURE_ARCHIVE, 'tongchuan-2020');

export function loadSections(dir = SEED): SectionSource[] {
  return sectionFiles(dir).map((file) => {
    const { data, body } = readSectionFile(file, file, sectionSchema);
    return { file, data, body };
  });
}

export function loadReview(dir = SEED): ReviewSource {
  const file = join(dir, 'review.yaml');
  return { file, data: readYamlFile(file, file, reviewSchema, 'the review') };
}

/** A whole archive, read and put together as the site does (without its checks). */
export function loadArchive(dir = FIXTURE_ARCHIVE): Archive<SectionEntry & SectionSource> {
  return buildArchive(
    reviewFolders(dir).map((folder) => {
      const review = loadReview(folder);
      const key = basename(folder);
      return {
        key,
        file: review.file,
        meta: review.data,
        sections: loadSections(folder).map((s) => ({
          ...s,
          id: `${key}/${basename(s.file, '.mdx')}`,
          filePath: s.file,
        })),
      };
    }),
  );
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
