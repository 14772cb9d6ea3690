// `npm run bench:search [-- --no-build]`: the search candidates side by side
// on this site's text, as the README's table reports them.
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
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { launchOptions } from '../lib/browser.mjs';
import { startPreview } from '../lib/preview.mjs';
import { compressedSizes, kb } from './bytes.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const NO_BUILD = process.argv.includes('--no-build');
/** The build measured, with the candidates' pages added: a copy, so the build itself stays as it was. */
const OUT = '.tmp/bench-search/dist';
const CANDIDATES = join('scripts', 'bench', 'search-candidates');
const VIEWPORT = { width: 390, height: 844 };
const CPU_SLOWDOWN = 4;
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

/**
 * @typedef {{ section: number, anchor: string, kind: 'text' | 'figure', title: string, text: string }} Doc
 * @typedef {{ sections: { path: string, kicker: string }[], documents: Doc[] }} Index
 */
/** @type {Index} */
const index = JSON.parse(await readFile(join(OUT, 'search-index.json'), 'utf8'));
const base = new URL(index.sections[0]?.path ?? '/', 'http://x').pathname.replace(/[^/]+\/$/, '');
const place = (/** @type {Doc} */ d) => `${index.sections[d.section]?.path}#${d.anchor}`;

// The query set, each with the places that hold it.
const fixture = JSON.parse(await readFile('tests/fixtures/search-queries.json', 'utf8'));
const topics = index.documents.filter((d) => d.kind === 'text' && !d.anchor.endsWith('-heading'));
/** @type {{ query: string, kind: string, expected?: string }[]} */
const queries = [
  ...topics.map((d) => ({ query: d.title, kind: 'topic lead', expected: place(d) })),
  ...index.documents.filter((d) => d.kind === 'figure').map((d) => ({ query: d.title, kind: 'figure label' })),
  ...fixture.words.map((/** @type {string} */ query) => ({ query, kind: 'word' })),
  ...fixture.absent.map((/** @type {string} */ query) => ({ query, kind: 'absent' })),
];
const holding = (/** @type {string} */ q) =>
  new Set(index.documents.filter((d) => `${d.title}\n${d.text}`.includes(q)).map(place));

/** Writes a candidate's page and bundle under <OUT>/bench-search/<name>/. */
async function candidatePage(/** @type {string} */ name) {
  const dir = join(OUT, 'bench-search', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title><body><script type="module" src="harness.js"></script>\n',
  );
  await copyFile(join(OUT, 'search-index.json'), join(dir, 'search-index.json'));
  await copyFile(join(CANDIDATES, 'harness.js'), join(dir, 'harness.js'));
  await build({
    entryPoints: [join(CANDIDATES, `${name}.js`)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'candidate.js'),
    logLevel: 'warning',
  });
  return dir;
}

/** Pagefind's index of the passages and figure cards: a page per section, a heading with an id for each. */
async function pagefindIndex(/** @type {string} */ dir) {
  const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!pf) throw new Error(errors.join('\n'));
  for (const [i, section] of index.sections.entries()) {
    const docs = index.documents.filter((d) => d.section === i);
    const body = docs
      .map((d, n) => {
        const tag = n === 0 ? 'h1' : d.kind === 'figure' ? 'h3' : 'h2';
        const text = d.text.split('\n').map((p) => `<p>${escape(p)}</p>`);
        return `<${tag} id="${d.anchor}">${escape(d.title)}</${tag}>${text.join('')}`;
      })
      .join('\n');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(section.kicker)}</title></head><body>${body}</body></html>`;
    await pf.addHTMLFile({ url: section.path, content: html });
  }
  await pf.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};

/**
 * One cold visit, the CPU slowed down: opens the page, then runs `measure`
 * on it, which resolves to milliseconds. Counts the bytes (gzip) of the
 * responses during `measure`, or of all of them (withPage).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ withPage?: boolean, init?: () => void, ready?: (page: import('@playwright/test').Page) => Promise<unknown>, measure: (page: import('@playwright/test').Page) => Promise<number> }} how
 */
async function coldVisit(browser, url, { withPage = false, init, ready, measure }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let counting = withPage;
  /** @type {Promise<number>[]} */
  const sizes = [];
  page.on('response', (response) => {
    if (!counting) return;
    const type = (response.headers()['content-type'] ?? '').split(';')[0] ?? '';
    sizes.push(
      response.body().then(
        (body) => compressedSizes(body, type).gzip,
        () => 0,
      ),
    );
  });
  await page.goto(url);
  await ready?.(page);
  counting = true;
  const ms = await measure(page);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, bytes };
}

/** Recall, precision and first results over the query set, on a warm page. */
async function quality(/** @type {import('@playwright/test').Page} */ page) {
  let relevant = 0;
  let found = 0;
  let returned = 0;
  let firstRight = 0;
  let present = 0;
  let absentWithResults = 0;
  /** @type {string[]} */
  const misses = [];
  for (const { query, kind, expected } of queries) {
    /** @type {string[]} */
    const results = await page.evaluate((q) => Reflect.get(window, 'runQuery')(q), query);
    const truth = holding(query);
    const hits = new Set(results.filter((r) => truth.has(r)));
    returned += results.length;
    found += hits.size;
    if (kind === 'absent') {
      if (results.length) absentWithResults++;
      continue;
    }
    present++;
    relevant += truth.size;
    const right = expected ? results[0] === expected : truth.has(results[0] ?? '');
    if (right) firstRight++;
    else misses.push(`${query} (${kind})`);
  }
  return {
    recall: found / relevant,
    precision: returned ? found / returned : 1,
    firstRight,
    present,
    absentWithResults,
    absent: queries.length - present,
    misses,
  };
}

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
  const dir = await candidatePage(name);
  if (name.startsWith('pagefind')) await pagefindIndex(dir);
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
    const q = await quality(page);
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
