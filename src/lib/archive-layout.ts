/**
 * The archive's layout on disk: a folder a review, each holding its
 * review.yaml and a sections/ folder of .mdx files. The loader, the tests
 * and the importer all find reviews here, and anything out of place stops
 * the build with its name rather than being left out.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../schemas/messages';

export type ArchivePart = 'review' | 'sections';

const visible = (name: string) => !name.startsWith('.');

/** A note for the people who keep the archive, beside its folders: not content. */
const note = (name: string) => /^readme\.md$/i.test(name);

/**
 * Every review's folder in the archive, sorted. Throws, naming the file
 * (through `name`, which makes a path relative to the project), on a file
 * beside the folders, a folder without its review.yaml or without sections,
 * or an archive with no review at all.
 */
export function reviewFolders(archive: string, name: (path: string) => string = (p) => p): string[] {
  const entries = existsSync(archive)
    ? readdirSync(archive)
        .filter((n) => visible(n) && !note(n))
        .sort()
    : [];
  const folders: string[] = [];
  for (const entry of entries) {
    const path = join(archive, entry);
    if (!statSync(path).isDirectory()) {
      const moved = entry === 'review.yaml' || entry === 'sections';
      throw new ContentError(
        name(path),
        'files',
        moved
          ? `is where a single review’s files were kept: each review now has a folder of its own. Move review.yaml and sections/ into ${name(archive)}/<place>-<year>/ (for example ${name(archive)}/tongchuan-2020/).`
          : `is not a review’s folder: the archive holds only folders, one a review (review.yaml and sections/). Move the file elsewhere.`,
      );
    }
    if (!existsSync(join(path, 'review.yaml'))) {
      throw new ContentError(
        `${name(path)}/`,
        'review.yaml',
        'is missing: add review.yaml, the review as a whole, beside the sections folder',
      );
    }
    if (sectionFiles(path).length === 0) {
      throw new ContentError(
        `${name(path)}/sections/`,
        'files',
        'are missing: add at least one section as an .mdx file',
      );
    }
    folders.push(path);
  }
  if (folders.length === 0) {
    throw new ContentError(
      `${name(archive)}/`,
      'files',
      'are missing: add a review as a folder holding review.yaml and sections/ (npm run import makes one)',
    );
  }
  return folders;
}

/** A review folder's section files, sorted. */
export function sectionFiles(folder: string): string[] {
  const sections = join(folder, 'sections');
  if (!existsSync(sections)) return [];
  return readdirSync(sections)
    .filter((n) => n.endsWith('.mdx') && visible(n))
    .sort()
    .map((n) => join(sections, n));
}

/** The files of one part of every review, in the archive's order. */
export function archiveFiles(archive: string, part: ArchivePart, name?: (path: string) => string): string[] {
  return reviewFolders(archive, name).flatMap((folder) =>
    part === 'review' ? [join(folder, 'review.yaml')] : sectionFiles(folder),
  );
}
