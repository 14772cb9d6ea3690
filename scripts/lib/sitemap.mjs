// The pages of a build, as its sitemap lists them: the one reader of the
// sitemap for the screenshots, the benchmark and the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} file */
const locs = (file) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc);

/**
 * The addresses a build's sitemap lists: the index's (the sitemap files)
 * and the pages', in the sitemap's order.
 * @param {string} outDir
 */
export function sitemapUrls(outDir) {
  return { index: locs(join(outDir, 'sitemap-index.xml')), pages: locs(join(outDir, 'sitemap-0.xml')) };
}

/**
 * The path of every page of a build (with the base path: /, /industry/ …
 * or /review/2020/industry/ …), in the sitemap's order.
 * @param {string} outDir
 * @returns {string[]}
 */
export function sitemapPaths(outDir) {
  return sitemapUrls(outDir).pages.map((loc) => new URL(loc).pathname);
}
