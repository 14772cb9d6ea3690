/**
 * The archive read straight from its files, for what runs outside Astro
 * (npm run redirects, the tests): found where the content loader finds them
 * (./archive-layout.ts), each file read and checked against its schema as
 * the loader reads it (./content-file.ts), then checked as the build
 * checks it (./checks/), so bad content stops here with the build's own
 * one-line message.
 */
import { basename, join } from 'node:path';
import { reviewSchema } from '../schemas/review';
import { sectionSchema } from '../schemas/section';
import { buildArchive, type Archive, type ReviewInput, type SectionEntry } from './archive';
import { checkReviews } from './checks';
import { reviewFolders, sectionFiles } from './archive-layout';
import { readSectionFile, readYamlFile } from './content-file';

/** A section as read from its file: the entry the archive takes, with the file named for messages. */
export type SectionFile = SectionEntry & { file: string; body: string };

/** A review folder's sections, in file order; each file is named by its path as given. */
export function readSections(folder: string): SectionFile[] {
  const key = basename(folder);
  return sectionFiles(folder).map((file) => {
    const { data, body } = readSectionFile(file, file, sectionSchema);
    return { id: `${key}/${basename(file, '.mdx')}`, file, filePath: file, data, body };
  });
}

/** A review folder's review.yaml. */
export function readReview(folder: string) {
  const file = join(folder, 'review.yaml');
  return { file, data: readYamlFile(file, file, reviewSchema, 'the review') };
}

/** Every review of the archive in `dir`, as the archive is built from them. */
export function readArchiveFiles(dir: string): ReviewInput<SectionFile>[] {
  return reviewFolders(dir).map((folder) => {
    const review = readReview(folder);
    return { key: basename(folder), file: review.file, meta: review.data, sections: readSections(folder) };
  });
}

/** The archive in `dir`, checked as the build checks it: each review's text, and the addresses across reviews. */
export function readArchive(dir: string): Archive<SectionFile> {
  const inputs = readArchiveFiles(dir);
  checkReviews(inputs.map((i) => ({ file: i.file, data: i.meta, sections: i.sections })));
  return buildArchive(inputs);
}
