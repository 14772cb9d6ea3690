import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REVIEW_FOLDERS, SITE_FOLDERS } from '../../src/lib/urls';
import { loadArchive } from '../helpers/content';
import { distDir } from '../helpers/dist';

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

// The content checks keep places and slugs off the site's own folders; those
// lists must name every folder the build writes beside the content's own.
describe('the folders of the build', () => {
  const archive = loadArchive();
  const moved = archive.reviews.filter((r) => r.meta.movedFrom.includes('/'));

  it('at the top are the places’, the site’s own and the old addresses of a review moved from the root', () => {
    const known = new Set<string>([
      ...archive.places.map((p) => p.slug),
      ...SITE_FOLDERS,
      ...moved.flatMap((r) => r.sections.map((s) => s.data.slug)),
    ]);
    expect(folders(distDir).filter((f) => !known.has(f))).toEqual([]);
  });

  it('in a review’s are its sections’ and those the checks keep slugs away from', () => {
    for (const review of archive.reviews) {
      const slugs = review.sections.map((s) => s.data.slug);
      const known = new Set<string>([...slugs, ...REVIEW_FOLDERS]);
      expect(folders(`${distDir}/${review.path}`).filter((f) => !known.has(f)), review.path).toEqual([]);
    }
  });
});
