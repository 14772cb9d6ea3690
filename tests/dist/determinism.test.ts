import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/lib/site-env.mjs';
import { cleanEnv } from '../helpers/build';
import { loadArchive } from '../helpers/content';
import { buildFiles, distDir } from '../helpers/dist';

// The same commit builds to the same bytes: pages, scripts, styles, chart
// pictures, share images and posters, data files and the PDFs. A second
// `npm run build` into another folder, from the cache the build under test
// filled (warm: nothing drawn again, every page rendered again in a new
// process), is compared file by file with it; and every drawing that build
// and the sub-path build (tests/build/subpath-links.test.ts, cold, with an
// empty cache of its own, in another process) both drew from the same
// input is the same to the byte.
const root = join('.tmp', 'determinism');
const cache = cacheDir();
const subPathCache = join('.tmp', 'subpath-links', 'cache');

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every drawing in a cache, by its key, with when it was written. */
const drawings = (dir: string) =>
  new Map(buildFiles(join(dir, 'drawings')).map((file) => [file, statSync(join(dir, 'drawings', file)).mtimeMs]));

describe('a second build of the same commit', () => {
  let warm = '';
  let before = new Map<string, number>();
  let after = new Map<string, number>();

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    before = drawings(cache);
    warm = join(root, 'warm');
    const result = spawnSync('npm', ['run', 'build'], {
      env: { ...cleanEnv(), OUT_DIR: warm, CACHE_DIR: cache },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`The second build failed:\n${result.stdout}\n${result.stderr}`);
    after = drawings(cache);
  });

  it('writes the same files, every poster among them', () => {
    expect(buildFiles(warm)).toEqual(buildFiles());
    // Each review's overview's, each section's and each figure's.
    for (const review of loadArchive().reviews) {
      const figures = review.sections.reduce((n, s) => n + s.data.figures.length, 0);
      const posters = buildFiles().filter((f) => f.startsWith(`${review.path}posters/`) && f.endsWith('.png'));
      expect(posters, review.path).toHaveLength(1 + review.sections.length + figures);
    }
  });

  it('writes every file byte for byte the same', () => {
    const differ = buildFiles().filter((file) => digest(join(distDir, file)) !== digest(join(warm, file)));
    expect(differ).toEqual([]);
  });

  it('keeps every picture, QR code, PDF, cut page and compressed file it made, and draws none again', () => {
    const kinds = new Set([...after.keys()].map((d) => d.split('/')[0]));
    expect([...kinds].sort()).toEqual(['brotli', 'chart', 'finished-page', 'gzip', 'pdf', 'poster', 'qr', 'share-image']);
    // Nothing drawn or written again: the same files, untouched.
    expect([...after].filter(([file, time]) => before.get(file) !== time)).toEqual([]);
  });

  it('draws the same bytes from the same input in another process, with a cache of its own', () => {
    expect(existsSync(subPathCache), 'the sub-path build (tests/build/subpath-links.test.ts) runs first').toBe(true);
    const other = drawings(subPathCache);
    const shared = [...after.keys()].filter((file) => other.has(file));
    // Charts and share images do not depend on the site's address: the two builds draw them alike.
    expect(shared.filter((f) => f.startsWith('chart/')).length).toBeGreaterThan(20);
    expect(shared.filter((f) => f.startsWith('share-image/')).length).toBeGreaterThan(5);
    const differ = shared.filter((f) => digest(join(cache, 'drawings', f)) !== digest(join(subPathCache, 'drawings', f)));
    expect(differ).toEqual([]);
  });
});
