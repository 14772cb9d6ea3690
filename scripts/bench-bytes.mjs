// `npm run bench:bytes [-- --no-build]`: what each page costs a reader in
// gzip bytes, measured in a real browser at phone size (390 × 844):
// - first view: what is requested before the reader scrolls (images only
//   when they show above the fold);
// - whole page: everything once the reader has scrolled to the end;
// - JavaScript separately: run at load, and loaded later (the chart code).
// Fails when a budget is exceeded. Bytes only: timings vary from machine to
// machine and are not measured. Writes bench-results/bytes.json.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { startPreview } from './preview.mjs';

const KB = 1024;
const BUDGETS = {
  firstView: 25 * KB,
  jsAtLoad: 8 * KB,
  chartCode: 65 * KB,
};
const VIEWPORT = { width: 390, height: 844 };
/** Already compressed: served as they are. */
const COMPRESSED = /^(image\/(png|jpeg|webp|avif|gif)|font\/woff2?)/;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startPreview();
const sitemap = await readFile('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
const base = new URL(server.url).pathname;
paths.push(`${base}404.html`);

const browser = await chromium.launch(launchOptions());

/**
 * @typedef {{ url: string, type: string, bytes: number, phase: 'first' | 'later' }} Resource
 * @param {string} path
 */
async function measure(path) {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
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
          const bytes = COMPRESSED.test(type) ? body.length : gzipSync(body, { level: 9 }).length;
          resources.push({ url: response.url(), type, bytes, phase: at });
        },
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);

  const facts = await page.evaluate(() => {
    const fold = innerHeight;
    const shown = [...document.images].filter((img) => {
      const box = img.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top < fold;
    });
    return {
      aboveFold: shown.map((img) => img.currentSrc),
      entryScripts: [
        ...[...document.querySelectorAll('script[src]')].map((s) => /** @type {HTMLScriptElement} */ (s).src),
        ...[...document.querySelectorAll('link[rel="modulepreload"]')].map(
          (l) => /** @type {HTMLLinkElement} */ (l).href,
        ),
      ],
      inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
      interactive: document.querySelectorAll('[data-chart], [data-share]').length > 0,
    };
  });

  phase = 'later';
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 150));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await page.close();

  const isJs = (/** @type {Resource} */ r) => /javascript/.test(r.type);
  const isImage = (/** @type {Resource} */ r) => r.type.startsWith('image/');
  const sum = (/** @type {Resource[]} */ list) => list.reduce((total, r) => total + r.bytes, 0);
  const first = resources.filter((r) => r.phase === 'first');
  const inlineJs = facts.inlineScripts.reduce((total, s) => total + (s ? gzipSync(s, { level: 9 }).length : 0), 0);
  const entry = new Set(facts.entryScripts);
  const above = new Set(facts.aboveFold);
  const firstView = first.filter((r) => !isImage(r) || above.has(r.url));
  return {
    path,
    interactive: facts.interactive,
    firstView: sum(firstView),
    eagerImagesBelowFold: sum(first.filter((r) => isImage(r) && !above.has(r.url))),
    wholePage: sum(resources),
    jsAtLoad: sum(resources.filter((r) => isJs(r) && entry.has(r.url))) + inlineJs,
    jsLater: resources.filter((r) => isJs(r) && !entry.has(r.url)).map(({ url, bytes }) => ({ url, bytes })),
    jsTotal: sum(resources.filter(isJs)) + inlineJs,
    images: sum(resources.filter(isImage)),
  };
}

const results = [];
for (const path of paths) {
  process.stderr.write(`measuring ${path}\n`);
  results.push(await measure(path));
}
await browser.close();
await server.stop();

const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;
const rows = results.map((r) => ({
  page: r.path.slice(base.length - 1) || '/',
  'first view': kb(r.firstView),
  'whole page': kb(r.wholePage),
  'JS at load': kb(r.jsAtLoad),
  'JS later': kb(r.jsLater.reduce((t, j) => t + j.bytes, 0)),
  images: kb(r.images),
  'images loaded out of view': kb(r.eagerImagesBelowFold),
}));
console.log(`\nBytes per page, gzip (images as served), at ${VIEWPORT.width}×${VIEWPORT.height}:`);
console.table(rows);

const chunks = new Map(results.flatMap((r) => r.jsLater.map((j) => [new URL(j.url).pathname, j.bytes])));
const chartCode = [...chunks.values()].reduce((t, b) => t + b, 0);
console.log(`Chart code loaded near a chart: ${kb(chartCode)} gzip in ${chunks.size} file(s)`);
for (const [file, bytes] of chunks) console.log(`  ${file}: ${kb(bytes)}`);

const failures = [];
for (const r of results) {
  const page = r.path;
  if (r.firstView > BUDGETS.firstView)
    failures.push(`${page}: first view ${kb(r.firstView)} > ${kb(BUDGETS.firstView)}`);
  if (r.jsAtLoad > BUDGETS.jsAtLoad)
    failures.push(`${page}: JavaScript at load ${kb(r.jsAtLoad)} > ${kb(BUDGETS.jsAtLoad)}`);
  if (!r.interactive && r.jsTotal > 0)
    failures.push(`${page}: ${kb(r.jsTotal)} of JavaScript on a page without charts or controls`);
}
if (chartCode > BUDGETS.chartCode) failures.push(`chart code ${kb(chartCode)} > ${kb(BUDGETS.chartCode)}`);

await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bytes.json', `${JSON.stringify({ budgets: BUDGETS, results, chartCode }, null, 2)}\n`);

if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `\nWithin budget: first view ≤ ${kb(BUDGETS.firstView)}, JavaScript at load ≤ ${kb(BUDGETS.jsAtLoad)}, chart code ≤ ${kb(BUDGETS.chartCode)}, no JavaScript on pages without charts or controls.`,
);
