// `npm run bench:search [-- --no-build]`: the search candidates side by side
// on this site's text, as docs/search.md's table reports them.
// - Pagefind (npm's newest, its extended binary; the browser splits the
//   query with Intl.Segmenter), as it is and with the query in quotes (its
//   exact-phrase search),
//   indexing one page per section with a heading and id for each passage
//   and figure card, so each of its sub-results is a place the site could link to;
// - MiniSearch with the words Intl.Segmenter finds;
// - MiniSearch with characters and pairs of characters, as the library
//   returns results, and with the site's exact check and order (the engine
//   the site ships, src/lib/search/engine.ts);
// - the site's own /search/ page, as shipped.
// For each: the bytes to the first result (gzip, level 9: code, index,
// fragments; the page around it only for the site's page), the time from
// navigation to the first result in Chromium at 390 px with the CPU slowed
// 4× (CDP Emulation.setCPUThrottlingRate; median of cold loads, one per
// timing query), and recall and precision on the query set: every topic
// lead and figure label, the words of tests/fixtures/search-queries.json
// (which must occur) and its absent words (which must not). A passage is
// relevant when it holds the query exactly. Prints numbers; never fails on them.
// Builds into .tmp/bench-search/ unless --no-build (then measures a copy of OUT_DIR or dist/).
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from '../lib/browser.mjs';
import { startPreview } from '../lib/preview.mjs';
import { VIEWPORT } from './bytes.mjs';
import { coldVisit, CPU_SLOWDOWN, median } from './cold-visit.mjs';
import { candidatePage, pagefindIndex } from './search-pages.mjs';
import { quality, querySet } from './search-queries.mjs';
import { compressedSizes, kb } from './sizes.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const NO_BUILD = process.argv.includes('--no-build');
/** The build measured, with the candidates' pages added: a copy, so the build itself stays as it was. */
const OUT = '.tmp/bench-search/dist';
/** The issue's own examples: each is one cold load per candidate. */
const TIMING_QUERIES = ['营商环境', '空气质量', '幼儿园', '7190', '68.1%'];

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

await rm(OUT, { recursive: true, force: true });
if (NO_BUILD) {
  await cp(process.env.OUT_DIR ?? 'dist', OUT, { recursive: true });
} else {
  log(`building the site into ${OUT}`);
  const env = { ...process.env, OUT_DIR: OUT, CACHE_DIR: '.tmp/bench-search/cache' };
  const result = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** @type {import('./search-queries.mjs').Index} */
const index = JSON.parse(await readFile(join(OUT, 'search-index.json'), 'utf8'));
const base = new URL(index.sections[0]?.path ?? '/', 'http://x').pathname.replace(/[^/]+\/$/, '');

const fixture = JSON.parse(await readFile('tests/fixtures/search-queries.json', 'utf8'));
const set = querySet(index, fixture);
const { queries } = set;

const pagefindVersion = JSON.parse(await readFile('node_modules/pagefind/package.json', 'utf8')).version;
const pct = (/** @type {number} */ x) => `${(x * 100).toFixed(1)}%`;

const candidates = [
  { name: 'pagefind', label: `Pagefind ${pagefindVersion}` },
  { name: 'pagefind-exact', label: `Pagefind ${pagefindVersion}, "exact phrase"` },
  { name: 'minisearch-segmenter', label: 'MiniSearch + Intl.Segmenter' },
  { name: 'minisearch-bigrams', label: 'MiniSearch + character pairs' },
  { name: 'ours', label: 'MiniSearch + pairs + exact check (ours)' },
];
for (const { name } of candidates) {
  const dir = await candidatePage(OUT, name);
  if (name.startsWith('pagefind')) await pagefindIndex(dir, index);
}

const server = await startPreview({ outDir: OUT });
const browser = await chromium.launch(launchOptions());
/** @type {Record<string, string | number>[]} */
const rows = [];
/** @type {Record<string, unknown>} */
const details = {};
try {
  const arrived = (/** @type {import('@playwright/test').Page} */ page) =>
    page
      .waitForFunction(() => 'firstResultAt' in window)
      .then(() => page.evaluate(() => Reflect.get(window, 'firstResultAt')));
  for (const { name, label } of candidates) {
    log(`measuring ${label}`);
    const url = `${server.url}bench-search/${name}/`;
    const typed = [];
    const arrivals = [];
    for (const q of TIMING_QUERIES) {
      typed.push(
        await coldVisit(browser, url, {
          ready: (page) => page.waitForFunction(() => 'firstSearch' in window),
          measure: (page) => page.evaluate((q) => Reflect.get(window, 'firstSearch')(q), q),
        }),
      );
      arrivals.push(await coldVisit(browser, `${url}?q=${encodeURIComponent(q)}`, { measure: arrived }));
    }
    const page = await browser.newPage();
    await page.goto(`${url}?q=${encodeURIComponent(TIMING_QUERIES[0] ?? '')}`);
    await arrived(page);
    const q = await quality(page, set);
    const serialized =
      name === 'minisearch-bigrams'
        ? compressedSizes(await page.evaluate(() => Reflect.get(window, 'serializedIndex')())).gzip
        : undefined;
    await page.close();
    details[name] = { typed, arrivals, ...q, serializedIndexGzip: serialized };
    rows.push({
      candidate: label,
      'first search: bytes (gzip)': kb(median(typed.map((l) => l.bytes))),
      'first search: time': `${Math.round(median(typed.map((l) => l.ms)))} ms`,
      'arrival at ?q=: time': `${Math.round(median(arrivals.map((l) => l.ms)))} ms`,
      recall: pct(q.recall),
      precision: pct(q.precision),
      'first result right': `${q.firstRight}/${q.present}`,
      'absent words with results': `${q.absentWithResults}/${q.absent}`,
    });
    if (serialized) log(`  its index prebuilt and serialized (MiniSearch toJSON) would be ${kb(serialized)} gzip`);
    if (q.misses.length) log(`  first result wrong or missing for: ${q.misses.join(', ')}`);
  }

  log('measuring the site’s /search/ page');
  // The moment the first result is in the page, noted by an observer set up before the page's own code runs.
  const observe = () => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-search-results] li')) return;
      Object.assign(window, { siteResultAt: performance.now() });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  };
  const siteResult = (/** @type {import('@playwright/test').Page} */ page) =>
    page
      .waitForFunction(() => 'siteResultAt' in window)
      .then(() => page.evaluate(() => Reflect.get(window, 'siteResultAt')));
  const typed = [];
  const arrivals = [];
  for (const q of TIMING_QUERIES) {
    typed.push(
      await coldVisit(browser, `${server.url}search/`, {
        init: observe,
        ready: (page) => page.locator('site-search[data-state="ready"]').waitFor({ state: 'attached' }),
        measure: (page) =>
          page.evaluate(async (q) => {
            const input = /** @type {HTMLInputElement} */ (document.querySelector('site-search input'));
            const started = performance.now();
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            while (!('siteResultAt' in window)) await new Promise((r) => requestAnimationFrame(r));
            return Number(Reflect.get(window, 'siteResultAt')) - started;
          }, q),
      }),
    );
    const url = `${server.url}search/?q=${encodeURIComponent(q)}`;
    arrivals.push(await coldVisit(browser, url, { withPage: true, init: observe, measure: siteResult }));
  }
  details.site = { typed, arrivals };
  rows.push({
    candidate: 'the site’s /search/ page',
    'first search: bytes (gzip)': `${kb(median(typed.map((l) => l.bytes)))} (${kb(median(arrivals.map((l) => l.bytes)))} with the page)`,
    'first search: time': `${Math.round(median(typed.map((l) => l.ms)))} ms`,
    'arrival at ?q=: time': `${Math.round(median(arrivals.map((l) => l.ms)))} ms`,
  });
} finally {
  await browser.close();
  await server.stop();
}

console.log(
  `\nSearch candidates at ${VIEWPORT.width} px, CPU ${CPU_SLOWDOWN}× slower, ${queries.length} queries ` +
    `(${queries.filter((q) => q.kind !== 'absent').length} present, ${queries.filter((q) => q.kind === 'absent').length} absent); ` +
    `bytes and times are medians of ${TIMING_QUERIES.length} cold loads (${TIMING_QUERIES.join(' ')}), base ${base}:`,
);
console.table(rows);
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/search.json', `${JSON.stringify({ rows, details }, null, 2)}\n`);
