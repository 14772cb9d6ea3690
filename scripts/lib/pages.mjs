// Every page of a build, for the tests, the byte budgets and the
// screenshots, which must each see all of them: the article's pages as the
// sitemap lists them, then the pages it leaves out (each poster's page, each
// framed chart), then the page for unknown addresses.
import { readdirSync } from 'node:fs';
import { sitemapUrls } from './sitemap.mjs';

/**
 * The path of every page of a build, with the base path: /, /industry/ …,
 * /posters/index/ …, /embed/industry-investment/ …, /404.html.
 * @param {string} outDir
 * @returns {string[]}
 */
export function buildPages(outDir) {
  const { index, pages } = sitemapUrls(outDir);
  // The site's root: where the sitemap index lists its one sitemap.
  const base = new URL(index[0] ?? '').pathname.replace(/sitemap-0\.xml$/, '');
  const listed = pages.map((loc) => new URL(loc).pathname);
  const others = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => `${base}${file.replace(/index\.html$/, '')}`)
    .filter((path) => !listed.includes(path))
    .sort();
  return [...listed, ...others, `${base}404.html`];
}
