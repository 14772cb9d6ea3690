/**
 * The finished build that `npm test` made with `npm run build` (dist/, or
 * OUT_DIR), for the tests that check it as a whole.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { outDir } from '../../src/lib/site-env.mjs';

export const distDir = outDir();

/** Every file of a build, as paths relative to its folder, in a stable order. */
export function buildFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The build's HTML pages. */
export function htmlFiles(dir = distDir): string[] {
  return buildFiles(dir).filter((file) => file.endsWith('.html'));
}
