/**
 * Reads the tests' own archive (tests/fixtures/archive/, never the live
 * content/) the way the site does (schemas included), for tests that check
 * content without building the site. The seed, the review the site was made
 * for, is one of its reviews, word for word as published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type Archive } from '../../src/lib/archive';
import { readArchiveFiles, readReview, readSections, type SectionFile } from '../../src/lib/archive-files';
import type { ReviewSource, SectionSource } from '../../src/lib/checks';

/** The tests' archive: the seed, the invented reviews, two years of one invented place. */
export const FIXTURE_ARCHIVE = 'tests/fixtures/archive';

/** Every review of the tests' archive, by folder. */
export const FIXTURE_REVIEWS = readdirSync(FIXTURE_ARCHIVE)
  .filter((name) => !name.endsWith('.md'))
  .sort();

/** The seed's folder in it. */
export const SEED = join(FIXTURE_ARCHIVE, 'tongchuan-2020');

export const loadSections = (dir = SEED): SectionSource[] => readSections(dir);

export const loadReview = (dir = SEED): ReviewSource => readReview(dir);

/** A whole archive, read and put together as the site does (without its checks). */
export function loadArchive(dir = FIXTURE_ARCHIVE): Archive<SectionFile> {
  return buildArchive(readArchiveFiles(dir));
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
