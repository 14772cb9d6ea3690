// The bytes of a search, arriving on /search/?q=… with a word of the first
// review the page searches: until its first results show (the page, the
// search's code and that review's index), and until every review's results
// have shown (every review's index). The page fetches the other reviews'
// indexes as soon as the first results are on screen; they are held back
// until then, so what comes first is counted apart from what follows
// however fast the server answers. Used by ./bytes.mjs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { addSizes, compressedSizes } from './sizes.mjs';

/**
 * @typedef {import('./sizes.mjs').Sizes} Sizes
 * @typedef {{ path: string, reviews: number, bytes: number, brotli: number, all: { bytes: number, brotli: number } }} SearchBytes
 *   bytes and brotli: until the first results show; all: until every review's have
 */

/**
 * The search page's address with a query that the first review it searches
 * answers (the first passage's title), and how many reviews it searches.
 * @param {string} outDir
 * @param {string} base the base path
 */
export async function searchPath(outDir, base) {
  const html = await readFile(join(outDir, 'search', 'index.html'), 'utf8');
  /** @type {{ url: string }[]} */
  const indexes = JSON.parse(parse(html).querySelector('site-search')?.getAttribute('data-indexes') ?? '[]');
  const first = indexes[0];
  if (!first) throw new Error(`${join(outDir, 'search', 'index.html')}: data-indexes lists no review's index`);
  /** @type {{ documents: { title: string }[] }} */
  const index = JSON.parse(await readFile(join(outDir, first.url.slice(base.length)), 'utf8'));
  return { path: `${base}search/?q=${encodeURIComponent(index.documents[0]?.title ?? '')}`, reviews: indexes.length };
}

/**
 * Counts every byte of a search arriving on `path`, first results and all,
 * in a new page (closed after).
 * @param {import('@playwright/test').Page} page
 * @param {string} siteUrl the server's address
 * @param {{ path: string, reviews: number }} search
 * @returns {Promise<SearchBytes>}
 */
export async function measureSearch(page, siteUrl, { path, reviews }) {
  /** @type {Promise<Sizes>[]} */
  const sizes = [];
  page.on('response', (response) => {
    const type = (response.headers()['content-type'] ?? '').split(';')[0] ?? '';
    sizes.push(
      response.body().then(
        (body) => compressedSizes(body, type),
        () => ({ gzip: 0, brotli: 0 }),
      ),
    );
  });
  /** @type {() => void} */
  let release = () => undefined;
  const released = new Promise((resolve) => (release = () => resolve(undefined)));
  /** @type {string | undefined} */
  let firstIndex;
  await page.route('**/search-index.json', async (route) => {
    firstIndex ??= route.request().url();
    if (route.request().url() !== firstIndex) await released;
    await route.continue();
  });
  const firstResponse = page.waitForResponse((response) => response.url() === firstIndex);
  await page.goto(new URL(path, siteUrl).href);
  await page.locator('site-search [data-search-results] > li').first().waitFor({ state: 'attached' });
  await firstResponse;
  const first = addSizes(await Promise.all(sizes));
  release();
  await page.locator('site-search[data-state="ready"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const all = addSizes(await Promise.all(sizes));
  await page.close();
  return { path, reviews, bytes: first.gzip, brotli: first.brotli, all: { bytes: all.gzip, brotli: all.brotli } };
}
