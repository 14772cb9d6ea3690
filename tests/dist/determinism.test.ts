import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/build';
import { loadSections } from '../helpers/content';
import { buildFiles, distDir } from '../helpers/dist';

// The same commit builds to the same bytes: pages, scripts, styles, chart
// pictures, share images and posters, data files and the PDF. A second `npm run build` into
// another folder, with a cache of its own, is compared file by file with the
// build under test.
const again = join('.tmp', 'determinism');

const digest = (dir: string, file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');

describe('a second build of the same commit', () => {
  beforeAll(() => {
    rmSync(again, { recursive: true, force: true });
    const dist = join(again, 'dist');
    const result = spawnSync('npm', ['run', 'build'], {
      env: { ...cleanEnv(), OUT_DIR: dist, CACHE_DIR: join(again, 'cache') },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`The second build failed:\n${result.stdout}\n${result.stderr}`);
  });

  it('writes the same files, every poster among them', () => {
    expect(buildFiles(join(again, 'dist'))).toEqual(buildFiles());
    const figures = loadSections().reduce((n, s) => n + s.data.figures.length, 0);
    // The overview's, each section's and each figure's.
    expect(buildFiles().filter((f) => /^posters\/[^/]+\.png$/.test(f))).toHaveLength(1 + loadSections().length + figures);
  });

  it('writes every file byte for byte the same', () => {
    const differ = buildFiles().filter((file) => digest(distDir, file) !== digest(join(again, 'dist'), file));
    expect(differ).toEqual([]);
  });
});
