// What each page costs a reader in bytes, measured in a real browser at
// phone size (390 × 844), compressed as a host would send it (./sizes.mjs).
// - before the first scroll: every byte transferred once the page has loaded
//   and the network is idle, whatever it is (HTML, CSS, scripts, every
//   picture, the icon), before the reader scrolls; but for a poster on its
//   own page ([data-poster]: the picture the page exists to hand over),
//   which is counted on its own against the posters' budget;
// - whole page: everything once the reader has scrolled to the end;
// - JavaScript separately: run at load, and loaded later (the chart code);
// - CSS: the stylesheets and inline styles of the page;
// - the first search: /search/?q=… until its first results show, page,
//   code and the first review's index together, and until every review's
//   have shown (./first-search.mjs; the search's code and indexes load on
//   no other page).
// Chromium fetches lazy images from a distance that depends on how slow it
// takes the network to be (1250 px below the screen on 4G, 2500 px on 3G):
// the browser is told the network is 3G, as on the slow networks many
// readers have, so that the pictures such a reader fetches before scrolling
// are counted.
// Bytes only: timings vary from machine to machine. Used by
// scripts/bench-bytes.mjs (with its budgets, ./budgets.mjs) and scripts/bench.mjs.
import { chromium } from '@playwright/test';
import { launchOptions } from '../lib/browser.mjs';
import { startPreview } from '../lib/preview.mjs';
import { scrollThrough } from '../lib/read-through.mjs';
import { buildPages } from '../lib/pages.mjs';
import { measureSearch, searchPath } from './first-search.mjs';
import { addSizes, compressedSizes } from './sizes.mjs';

export const VIEWPORT = { width: 390, height: 844 };
/** The network Chromium is told it is on (its effective connection type). */
export const CONNECTION = '3G';

/**
 * @typedef {import('./sizes.mjs').Sizes} Sizes
 * @typedef {{ url: string, type: string, size: Sizes, phase: 'first' | 'later' }} Resource
 * @typedef {{ url: string, bytes: number, brotli: number }} LaterScript
 * @typedef {{
 *   path: string,
 *   interactive: boolean,
 *   search: boolean,
 *   beforeScroll: number,
 *   imagesBeforeScroll: number,
 *   poster: number,
 *   wholePage: number,
 *   jsAtLoad: number,
 *   jsLater: LaterScript[],
 *   jsTotal: number,
 *   images: number,
 *   css: number,
 *   brotli: { beforeScroll: number, wholePage: number, jsAtLoad: number, jsTotal: number, css: number },
 * }} PageBytes  byte counts in gzip unless under `brotli`
 * @typedef {{
 *   viewport: typeof VIEWPORT,
 *   connection: string,
 *   base: string,
 *   results: PageBytes[],
 *   chartCode: number,
 *   chartCodeBrotli: number,
 *   chartFiles: { file: string, bytes: number, brotli: number }[],
 *   firstSearch: SearchBytes,
 * }} BytesReport
 * @typedef {import('./first-search.mjs').SearchBytes} SearchBytes
 */

/** @param {Resource[]} list */
const sum = (list) => ({
  gzip: list.reduce((total, r) => total + r.size.gzip, 0),
  brotli: list.reduce((total, r) => total + r.size.brotli, 0),
});
const isJs = (/** @type {Resource} */ r) => /javascript/.test(r.type);
const isImage = (/** @type {Resource} */ r) => r.type.startsWith('image/');
const isCss = (/** @type {Resource} */ r) => r.type === 'text/css';

/** A page at phone size, as every measurement here opens one. @param {import('@playwright/test').Browser} browser */
const phonePage = (browser) => browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });

/**
 * Loads one page, records every response before and after scrolling to the
 * end, and sums them up.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} siteUrl the preview server's address
 * @param {string} path
 * @returns {Promise<PageBytes>}
 */
async function measurePage(browser, siteUrl, path) {
  const page = await phonePage(browser);
  /** @type {Resource[]} */
  const resources = [];
  /** @type {Promise<void>[]} */
  const pending = [];
  let phase = /** @type {'first' | 'later'} */ ('first');
  page.on('response', (response) => {
    const at = phase;
    pending.push(
      response.body().then(
        (body) => {
          const type = (response.headers()['content-type'] ?? '').split(';')[0] ?? '';
          resources.push({ url: response.url(), type, size: compressedSizes(body, type), phase: at });
        },
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);

  const facts = await page.evaluate(() => {
    return {
      posters: [...document.querySelectorAll('img[data-poster]')].map(
        (img) => /** @type {HTMLImageElement} */ (img).currentSrc,
      ),
      entryScripts: [
        ...[...document.querySelectorAll('script[src]')].map((s) => /** @type {HTMLScriptElement} */ (s).src),
        ...[...document.querySelectorAll('link[rel="modulepreload"]')].map(
          (l) => /** @type {HTMLLinkElement} */ (l).href,
        ),
      ],
      // Data blocks (JSON-LD) are not run: not JavaScript.
      inlineScripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map(
        (s) => s.textContent ?? '',
      ),
      inlineStyles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      interactive: document.querySelectorAll('[data-chart], [data-share], [data-search]').length > 0,
      search: document.querySelector('site-search') !== null,
    };
  });

  phase = 'later';
  await page.evaluate(scrollThrough, 150);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await page.close();

  const inline = addSizes(facts.inlineScripts.map((s) => compressedSizes(s)));
  const css = addSizes([sum(resources.filter(isCss)), ...facts.inlineStyles.map((s) => compressedSizes(s))]);
  const first = resources.filter((r) => r.phase === 'first');
  const entry = new Set(facts.entryScripts);
  const posters = new Set(facts.posters);
  const beforeScroll = sum(first.filter((r) => !posters.has(r.url)));
  const wholePage = sum(resources);
  const jsAtLoad = sum(resources.filter((r) => isJs(r) && entry.has(r.url)));
  const jsTotal = sum(resources.filter(isJs));
  return {
    path,
    interactive: facts.interactive,
    search: facts.search,
    beforeScroll: beforeScroll.gzip,
    imagesBeforeScroll: sum(first.filter((r) => isImage(r) && !posters.has(r.url))).gzip,
    poster: sum(resources.filter((r) => posters.has(r.url))).gzip,
    wholePage: wholePage.gzip,
    jsAtLoad: jsAtLoad.gzip + inline.gzip,
    jsLater: resources
      .filter((r) => isJs(r) && !entry.has(r.url))
      .map(({ url, size }) => ({ url, bytes: size.gzip, brotli: size.brotli })),
    jsTotal: jsTotal.gzip + inline.gzip,
    images: sum(resources.filter(isImage)).gzip,
    css: css.gzip,
    brotli: {
      beforeScroll: beforeScroll.brotli,
      wholePage: wholePage.brotli,
      jsAtLoad: jsAtLoad.brotli + inline.brotli,
      jsTotal: jsTotal.brotli + inline.brotli,
      css: css.brotli,
    },
  };
}

/** Pages measured at once: most of a page's time goes in waiting for the network to fall idle. */
const AT_ONCE = 6;

/**
 * Serves the build in `outDir` and opens Chromium, told it is on 3G, for `use`.
 * @template T
 * @param {string} outDir
 * @param {(browser: import('@playwright/test').Browser, siteUrl: string, base: string) => Promise<T>} use
 * @returns {Promise<T>}
 */
async function served(outDir, use) {
  const server = await startPreview({ outDir });
  try {
    const options = launchOptions();
    const browser = await chromium.launch({
      ...options,
      args: [...options.args, `--force-effective-connection-type=${CONNECTION}`],
    });
    try {
      return await use(browser, server.url, new URL(server.url).pathname);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/**
 * The first search of the build in `outDir` alone (./first-search.mjs).
 * @param {string} outDir
 * @returns {Promise<SearchBytes>}
 */
export function measureFirstSearch(outDir) {
  return served(outDir, async (browser, siteUrl, base) =>
    measureSearch(await phonePage(browser), siteUrl, await searchPath(outDir, base)),
  );
}

/**
 * Serves the build in `outDir` and measures every page of it (../lib/pages.mjs)
 * and a first search.
 * @param {{ outDir?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<BytesReport>}
 */
export async function measureBytes({ outDir = 'dist', log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const paths = buildPages(outDir);
  /** @type {PageBytes[]} */
  const results = [];
  const { base, firstSearch } = await served(outDir, async (browser, siteUrl, base) => {
    let next = 0;
    const measureNext = async () => {
      while (next < paths.length) {
        const i = next++;
        const path = paths[i] ?? '';
        log(`measuring bytes of ${path} (${i + 1} of ${paths.length})`);
        results[i] = await measurePage(browser, siteUrl, path);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, measureNext));
    const search = await searchPath(outDir, base);
    log(`measuring the first search, ${search.path}`);
    return { base, firstSearch: await measureSearch(await phonePage(browser), siteUrl, search) };
  });
  // Code loaded later on other pages is the charts'; the search page's is its own.
  /** @type {Map<string, { bytes: number, brotli: number }>} */
  const chunks = new Map(
    results.filter((r) => !r.search).flatMap((r) => r.jsLater.map((j) => [new URL(j.url).pathname, j])),
  );
  const chartFiles = [...chunks].map(([file, { bytes, brotli }]) => ({ file, bytes, brotli }));
  return {
    viewport: VIEWPORT,
    connection: CONNECTION,
    base,
    results,
    chartCode: chartFiles.reduce((t, f) => t + f.bytes, 0),
    chartCodeBrotli: chartFiles.reduce((t, f) => t + f.brotli, 0),
    chartFiles,
    firstSearch,
  };
}
