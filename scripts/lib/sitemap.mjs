// The pages of a build, as its sitemap lists them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The path of every page in `<outDir>/sitemap-0.xml` (with the base path:
 * /, /industry/ … or /review/2020/industry/ …), in the sitemap's order.
 * @param {string} outDir
 * @returns {Promise<string[]>}
 */
export async function sitemapPaths(outDir) {
  const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '').pathname);
}
