// Every page of a build, for the tests, the byte budgets and the
// screenshots, which must each see all of them: the article's pages as the
// sitemap lists them, then the pages it leaves out (each poster's page, each
// framed chart), then the page for unknown addresses. The small pages at a
// review's old addresses are apart (sentOnPages): a browser leaves each at
// once for the page it names, so they are read on their own
// (tests/e2e/moved.spec.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENDS_ON } from '../../src/lib/sitemap-filter.mjs';
import { sitemapUrls } from './sitemap.mjs';

/**
 * The pages the sitemap does not list, each with whether it only sends
 * the reader on.
 * @param {string} outDir
 */
function unlisted(outDir) {
  const { index, pages } = sitemapUrls(outDir);
  // The site's root: where the sitemap index lists its one sitemap.
  const base = new URL(index[0] ?? '').pathname.replace(/sitemap-0\.xml$/, '');
  const listed = pages.map((loc) => new URL(loc).pathname);
  const others = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => ({
      path: `${base}${file.replace(/index\.html$/, '')}`,
      sendsOn: SENDS_ON.test(readFileSync(join(outDir, file), 'utf8')),
    }))
    .filter(({ path }) => !listed.includes(path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return { base, listed, others };
}

/**
 * The path of every page of a build, with the base path: /, /tongchuan/2020/industry/ …,
 * /tongchuan/2020/posters/index/ …, /tongchuan/2020/embed/industry-investment/ …, /404.html.
 * @param {string} outDir
 * @returns {string[]}
 */
export function buildPages(outDir) {
  const { base, listed, others } = unlisted(outDir);
  return [...listed, ...others.filter((o) => !o.sendsOn).map((o) => o.path), `${base}404.html`];
}

/**
 * The small pages at a review's old addresses, with the base path: /industry/ ….
 * @param {string} outDir
 * @returns {string[]}
 */
export function sentOnPages(outDir) {
  return unlisted(outDir)
    .others.filter((o) => o.sendsOn)
    .map((o) => o.path);
}
