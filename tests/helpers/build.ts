/**
 * Builds the site from other content into a folder of its own under .tmp/,
 * for tests that prove what content alone changes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBin } from '../../scripts/lib/preview.mjs';
import { cacheDir } from '../../src/lib/site-env.mjs';
import { FIXTURE_ARCHIVE } from './content';

export interface TestBuild {
  /** The archive folder to edit before building. */
  content: string;
  /** The seed review's folder in it. */
  review: string;
  /** Where the build writes the site. */
  dist: string;
  /** Runs `astro build`; returns its exit status and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** Then makes the print edition's PDF (scripts/build-pdf.mjs), as `npm run build` does. */
  pdf(env?: Record<string, string>): { status: number | null; output: string };
}

/**
 * A copy of the tests' archive (tests/fixtures/archive), or of some of its
 * reviews, in .tmp/<name>/ with its own output and cache folders.
 * @param warm start the cache from the drawings the site's own build made,
 * where there are any, for a test of what content does rather than of
 * drawing: a drawing is kept under a digest of all it is drawn from, so one
 * found is the bytes drawing would make (tests/dist/determinism.test.ts).
 */
export function testBuild(name: string, reviews: string[] = ['tongchuan-2020'], { warm = false } = {}): TestBuild {
  const root = join('.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const drawings = join(cacheDir(), 'drawings');
  if (warm && existsSync(drawings)) cpSync(drawings, join(root, 'cache', 'drawings'), { recursive: true });
  const content = join(root, 'content');
  for (const review of reviews) cpSync(join(FIXTURE_ARCHIVE, review), join(content, review), { recursive: true });
  const dist = join(root, 'dist');
  const run = (args: string[], env: Record<string, string>) => {
    // This Node itself, not npx, which takes a second and a half to start each of the many builds.
    const result = spawnSync(process.execPath, args, {
      env: { ...cleanEnv(), CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(root, 'cache'), ...env },
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  return {
    content,
    review: join(content, 'tongchuan-2020'),
    dist,
    build: (env = {}) => run([astroBin, 'build'], env),
    pdf: (env = {}) => run(['scripts/build-pdf.mjs'], env),
  };
}

/**
 * The environment without what Vitest sets for its own Vite (BASE_URL,
 * MODE, NODE_ENV=test …), which would otherwise leak into the site's build.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')),
  );
}
