import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/build';
import { loadArchive } from '../helpers/content';
import { buildFiles, distDir } from '../helpers/dist';

// The same commit builds to the same bytes: pages, scripts, styles, chart
// pictures, share images and posters, data files and the PDF. A second `npm run build` into
// another folder, with an empty cache of its own (cold: every picture and the
// PDF drawn), is compared file by file with the build under test; then a
// third, from the cache the second filled (warm: nothing drawn), with the
// second.
const root = join('.tmp', 'determinism');
const cache = join(root, 'cache');

const digest = (dir: string, file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');

/** `npm run build` into root/<name>/, with the shared cache. */
function build(name: string): string {
  const dist = join(root, name);
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...cleanEnv(), OUT_DIR: dist, CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.stdout}\n${result.stderr}`);
  return dist;
}

/** Every drawing in the cache, with when it was written. */
const drawings = () =>
  buildFiles(join(cache, 'drawings')).map((file) => `${file} ${statSync(join(cache, 'drawings', file)).mtimeMs}`);

describe('a second build of the same commit', () => {
  let cold = '';
  let warm = '';
  let drawnCold: string[] = [];
  let drawnWarm: string[] = [];

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    cold = build('cold');
    drawnCold = drawings();
    warm = build('warm');
    drawnWarm = drawings();
  });

  it('writes the same files, every poster among them', () => {
    expect(buildFiles(cold)).toEqual(buildFiles());
    // Each review's overview's, each section's and each figure's.
    for (const review of loadArchive().reviews) {
      const figures = review.sections.reduce((n, s) => n + s.data.figures.length, 0);
      const posters = buildFiles().filter((f) => f.startsWith(`${review.path}posters/`) && f.endsWith('.png'));
      expect(posters, review.path).toHaveLength(1 + review.sections.length + figures);
    }
  });

  it('writes every file byte for byte the same', () => {
    const differ = buildFiles().filter((file) => digest(distDir, file) !== digest(cold, file));
    expect(differ).toEqual([]);
  });

  it('draws every picture, QR code and the PDF once, cuts and compresses every page once, and takes them from the cache when built again', () => {
    const kinds = new Set(drawnCold.map((d) => d.split('/')[0]));
    expect([...kinds].sort()).toEqual([
      'brotli',
      'chart',
      'finished-page',
      'gzip',
      'pdf',
      'poster',
      'qr',
      'share-image',
    ]);
    // Nothing drawn or written again: the same files, untouched.
    expect(drawnWarm).toEqual(drawnCold);
  });

  it('writes from the cache exactly what it drew', () => {
    expect(buildFiles(warm)).toEqual(buildFiles(cold));
    const differ = buildFiles(cold).filter((file) => digest(cold, file) !== digest(warm, file));
    expect(differ).toEqual([]);
  });
});
