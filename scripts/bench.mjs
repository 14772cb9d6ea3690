// `npm run bench [-- --quick]`: how fast the site is for readers and for us.
// - Lighthouse (mobile: its default config and throttling) on every page of
//   the sitemap and the print edition, served as deployed (nginx with
//   deploy/nginx.conf: the build's brotli and gzip files): the four category
//   scores (goal: 100 each), FCP, LCP, speed index, CLS and TBT, the median
//   of 3 runs per page;
// - bytes per page, first view and whole page, gzip and brotli (the
//   measurement of npm run bench:bytes, scripts/bench/bytes.mjs);
// - build time: `astro build` of the site and the PDF step after it, then
//   the same for generated reviews of 4 (the site's own sections), 40 and
//   400 sections, in seconds and per section, to show whether the cost per
//   section stays flat as the review grows; each cold, then warm (from the
//   drawing cache) after one sentence of one section changed.
// --quick: one Lighthouse run per page and no 400-section build.
// Prints a table per part and the machine; writes bench-results/bench.json
// (after every part, so a long run that stops keeps what it measured).
// Timings depend on the machine and its load: compare runs on one machine.
// Not part of npm test. Builds only into .tmp/bench/ and a temporary folder.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../src/lib/site-env.mjs';
import { launchOptions } from './lib/browser.mjs';
import { budgetFailures } from './bench/budgets.mjs';
import { measureBytes } from './bench/bytes.mjs';
import { kb } from './bench/sizes.mjs';
import { timeBuild, timeGeneratedReview, timePdf } from './bench/build-time.mjs';
import { environment } from './bench/environment.mjs';
import { lighthouseChromium, lighthousePages } from './bench/lighthouse.mjs';
import { sitemapPaths } from './lib/sitemap.mjs';
import { auditRows, buildRows, bytesRows, environmentRows, lighthouseRows, warmRows } from './bench/tables.mjs';
import { startNginx } from './lib/nginx.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const QUICK = process.argv.includes('--quick');
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
const GENERATED = QUICK ? [4, 40] : [4, 40, 400];
/** The site's build, under .tmp/ (git-ignored): never dist/ or node_modules/.astro. */
const SITE = { outDir: '.tmp/bench/dist', cacheDir: '.tmp/bench/cache' };
const RESULTS = 'bench-results/bench.json';

const log = (/** @type {string} */ line) => console.log(line);

/** @type {Record<string, unknown>} */
const results = {};
async function save() {
  await mkdir('bench-results', { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

/** Times a cold `astro build` of the site and the PDF step after it. */
async function siteBuild() {
  log('\n== Build of the site (astro build, then the PDF)');
  const build = await timeBuild({ label: 'astro build, the site', ...SITE, log });
  const pdf = await timePdf({ label: 'PDF, the site', ...SITE, log });
  const files = await readdir(join(contentDir(process.env.CONTENT_DIR), 'sections'));
  return { sections: files.filter((f) => f.endsWith('.mdx')).length, build, pdf };
}

/**
 * Lighthouse on the sitemap's pages and the print edition (already in the
 * sitemap; added if not), served as deployed: what a page costs depends on
 * how it is compressed (src/lib/precompress.mjs).
 */
async function lighthouse() {
  const nginx = await startNginx({ outDir: SITE.outDir });
  const server = { url: `${nginx.origin}/`, stop: nginx.stop };
  try {
    const base = new URL(server.url).pathname;
    const paths = sitemapPaths(SITE.outDir);
    if (!paths.includes(`${base}print/`)) paths.push(`${base}print/`);
    log(`\n== Lighthouse, ${LIGHTHOUSE_RUNS} run(s) of ${paths.length} pages at ${server.url}`);
    const report = await lighthousePages({ siteUrl: server.url, paths, runs: LIGHTHOUSE_RUNS, log });
    return { ...report, base };
  } finally {
    await server.stop();
  }
}

/** Cold builds of generated reviews, the results saved after each. */
async function generatedBuilds(/** @type {Awaited<ReturnType<typeof siteBuild>>} */ site) {
  log('\n== Build time as the review grows');
  /** @type {Awaited<ReturnType<typeof timeGeneratedReview>>[]} */
  const generated = [];
  for (const sections of GENERATED) {
    generated.push(await timeGeneratedReview(sections, { pdf: true, log }));
    results.build = { site, generated };
    await save();
  }
  return generated;
}

/**
 * All tables together at the end (progress lines come between them above).
 * @param {{
 *   env: ReturnType<typeof environment>,
 *   bytes: Awaited<ReturnType<typeof measureBytes>>, overBudget: string[],
 *   lh: Awaited<ReturnType<typeof lighthouse>>,
 *   site: Awaited<ReturnType<typeof siteBuild>>,
 *   generated: Awaited<ReturnType<typeof timeGeneratedReview>>[],
 *   minutes: number,
 * }} parts
 */
function report({ env, bytes, overBudget, lh, site, generated, minutes }) {
  log(`\n==== Results of ${env.date}: Node ${env.node}, ${env.chromium}, ${env.cores} cores (${env.cpu})`);
  log(
    `Load average at the start ${env.loadAverage.join(' ')}, at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  log(`\nLighthouse ${lh.lighthouseVersion}, ${lh.settings.formFactor}, median of ${lh.runsPerPage} run(s) per page:`);
  console.table(lighthouseRows(lh));
  const failing = auditRows(lh, 'failing');
  if (failing.length) {
    log('Audits that cost points (runs: in how many runs; score: 0–100 in each of those runs):');
    console.table(failing);
  } else log('No audit cost a point.');
  const hints = auditRows(lh, 'hints');
  if (hints.length) {
    log('Performance insights and diagnostics that flag something (no weight in the score):');
    console.table(hints);
  }
  for (const { path, warnings } of lh.pages) for (const w of warnings) log(`Lighthouse warning on ${path}: ${w}`);

  log(`\nBytes per page at ${bytes.viewport.width}×${bytes.viewport.height}, gzip (gz) and brotli (br):`);
  console.table(bytesRows(bytes));
  log(`Chart code: ${kb(bytes.chartCode)} gzip, ${kb(bytes.chartCodeBrotli)} brotli (loaded near a chart).`);
  log(
    `First search: ${kb(bytes.firstSearch.bytes)} gzip, ${kb(bytes.firstSearch.brotli)} brotli (page, code and index).`,
  );
  log(overBudget.length ? `Over budget:\n  ${overBudget.join('\n  ')}` : 'Within the byte budgets.');

  log('\nBuild time, cold cache: astro build and the PDF step (wall clock and CPU seconds):');
  console.table(
    buildRows(
      site,
      generated.filter((g) => g.sections !== site.sections),
    ),
  );
  log('\nRebuild after one sentence of one section changed, warm (drawings from the cache) against cold:');
  console.table(warmRows(generated));
  log(`\nThe benchmark took ${minutes.toFixed(1)} min. Results: ${RESULTS}`);
}

async function main() {
  const started = performance.now();
  launchOptions(); // says plainly how to get a Chromium when there is none
  const env = environment(lighthouseChromium());
  results.environment = env;
  results.options = { quick: QUICK, lighthouseRuns: LIGHTHOUSE_RUNS, generatedSections: GENERATED };
  log(`Benchmark${QUICK ? ' (quick)' : ''} on:`);
  console.table(environmentRows(env));

  const site = await siteBuild();
  results.build = { site, generated: [] };
  await save();

  log('\n== Bytes per page');
  const bytes = await measureBytes({ outDir: SITE.outDir, log });
  const overBudget = budgetFailures(bytes);
  results.bytes = { ...bytes, overBudget };
  console.table(bytesRows(bytes));
  await save();

  const lh = await lighthouse();
  results.lighthouse = lh;
  console.table(lighthouseRows(lh));
  await save();

  const generated = await generatedBuilds(site);

  const minutes = (performance.now() - started) / 60_000;
  results.totalMinutes = Number(minutes.toFixed(1));
  results.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
  await save();
  report({ env, bytes, overBudget, lh, site, generated, minutes });

  const outside = lh.pages.flatMap((p) => p.outsideRequests);
  if (outside.length) {
    console.error(`\nLighthouse saw requests to other hosts (blocked): ${outside.join(', ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  await save();
  console.error(`\nThe benchmark stopped.\n${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
}
