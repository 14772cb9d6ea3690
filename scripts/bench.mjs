// `npm run bench [-- --quick]`: whether the site stays fast, for readers
// and for us, as the archive grows.
// - Build time: generated archives (scripts/bench/generate.mjs) of 1, 5, 10
//   and 20 reviews of 5 sections, each `npm run build` (astro build, then
//   the PDFs) cold, in seconds, per review and per review added since the
//   size before, which should stay flat; the 20-review archive built again,
//   warm, after one sentence of one review changed, against the cold build
//   (the goal: under a third).
// - Bytes of every page of the 20-review build at phone size, gzip and
//   brotli (the measurement of npm run bench:bytes, scripts/bench/bytes.mjs),
//   against its budgets (scripts/bench/budgets.mjs), by kind of page.
// - The first search, until its first results show, in every archive built:
//   ≤ 40 KB for one review and less than 2 KB more per review added
//   (scripts/bench/growth.mjs).
// - Lighthouse (mobile, median of 3 runs) on the sitemap's pages of the
//   1-review archive, served as deployed: a page of a review costs the same
//   in any archive, and the 20-review one has hundreds of pages.
// --quick: archives of 1, 5 and 20 reviews only, no Lighthouse.
// Prints a table per part, the machine and its load; writes
// bench-results/bench.json (after every part, so a long run that stops keeps
// what it measured). Exits 1 when a page or the first search is over a byte
// budget; timings are printed, not judged: they depend on the machine and
// its load (compare runs on one machine). Not part of npm test. Builds only
// into .tmp/bench/ (git-ignored), which it leaves for a look afterwards.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchOptions } from './lib/browser.mjs';
import { budgetFailures } from './bench/budgets.mjs';
import { measureBytes, measureFirstSearch } from './bench/bytes.mjs';
import { timeArchive } from './bench/build-time.mjs';
import { environment } from './bench/environment.mjs';
import { perAddedReview, searchGrowthFailures, spread, warmShare, WARM_SHARE } from './bench/growth.mjs';
import { lighthouseBuild, lighthouseChromium } from './bench/lighthouse.mjs';
import { kb } from './bench/sizes.mjs';
import {
  archiveBuildRows,
  auditRows,
  bytesKindRows,
  environmentRows,
  lighthouseRows,
  searchRows,
  warmRows,
} from './bench/tables.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [1, 5, 20] : [1, 5, 10, 20];
const SECTIONS = 5;
const LIGHTHOUSE_RUNS = QUICK ? 0 : 3;
const ROOT = '.tmp/bench';
const RESULTS = 'bench-results/bench.json';

const log = (/** @type {string} */ line) => console.log(line);
const load = () => loadavg().map((l) => Number(l.toFixed(2)));

/** @type {Record<string, unknown>} */
const results = {};
async function save() {
  await mkdir('bench-results', { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

/** Cold builds of every size, the largest warm too; the results saved after each. */
async function builds() {
  log(`\n== Build time as the archive grows (${SIZES.join(', ')} reviews of ${SECTIONS} sections)`);
  const largest = Math.max(...SIZES);
  /** @type {import('./bench/build-time.mjs').ArchiveTimed[]} */
  const archives = [];
  for (const reviews of SIZES) {
    archives.push(await timeArchive(reviews, { sections: SECTIONS, root: ROOT, warm: reviews === largest, log }));
    results.builds = archives;
    await save();
  }
  return archives;
}

/**
 * The first search in every archive built: the largest's from its bytes
 * report, the others' measured alone.
 * @param {import('./bench/build-time.mjs').ArchiveTimed[]} archives
 * @param {import('./bench/bytes.mjs').SearchBytes} largest
 */
async function searches(archives, largest) {
  const searched = [];
  for (const { reviews, outDir } of archives.slice(0, -1)) {
    log(`measuring the first search of ${reviews} review(s)`);
    searched.push(await measureFirstSearch(outDir));
  }
  return [...searched, largest];
}

/**
 * All tables together at the end (progress lines come between them above).
 * @param {{
 *   env: ReturnType<typeof environment>,
 *   archives: import('./bench/build-time.mjs').ArchiveTimed[],
 *   bytes: import('./bench/bytes.mjs').BytesReport, overBudget: string[],
 *   search: import('./bench/bytes.mjs').SearchBytes[],
 *   lh: Awaited<ReturnType<typeof lighthouseBuild>> | undefined,
 *   minutes: number,
 * }} parts
 */
function report({ env, archives, bytes, overBudget, search, lh, minutes }) {
  log(`\n==== Results of ${env.date}: Node ${env.node}, ${env.chromium}, ${env.cores} cores (${env.cpu})`);
  log(`Load average at the start ${env.loadAverage.join(' ')}, at the end ${load().join(' ')}`);

  log(`\nCold builds, npm run build (astro build and the PDFs), ${SECTIONS} sections a review:`);
  console.table(archiveBuildRows(archives));
  const added = perAddedReview(
    archives.map((a) => ({ reviews: a.reviews, value: a.cold.build.seconds + a.cold.pdf.seconds })),
  );
  const apart = spread(added.map((a) => a.perReview));
  log(
    `Seconds per added review: ${added.map((a) => `${a.from}→${a.to} ${a.perReview.toFixed(1)} s`).join(', ')}` +
      (apart === null ? '' : `; the largest is ${apart.toFixed(2)} × the smallest (1 is flat).`),
  );

  const largest = archives.at(-1);
  if (largest?.warm) {
    log(`\nRebuild after one sentence changed (${largest.warm.changed}), warm against cold:`);
    console.table(warmRows({ ...largest, warm: largest.warm }));
    const { share, underAThird } = warmShare(
      largest.cold.build.seconds + largest.cold.pdf.seconds,
      largest.warm.build.seconds + largest.warm.pdf.seconds,
    );
    log(
      `Warm/cold ${(100 * share).toFixed(0)} %: ${underAThird ? 'under' : 'NOT under'} ${(100 * WARM_SHARE).toFixed(0)} %.`,
    );
  }

  const { width, height } = bytes.viewport;
  log(
    `\nBytes of the ${bytes.results.length} pages of the ${largest?.reviews}-review build by kind (least – most), at ${width}×${height} on ${bytes.connection}:`,
  );
  console.table(bytesKindRows(bytes));
  log(`Chart code: ${kb(bytes.chartCode)} gzip, ${kb(bytes.chartCodeBrotli)} brotli (loaded near a chart).`);

  log('\nFirst search (/search/?q=…), until the first results show and until every review’s have:');
  console.table(searchRows(search));

  if (lh) {
    log(
      `\nLighthouse ${lh.lighthouseVersion}, ${lh.settings.formFactor}, median of ${lh.runsPerPage} run(s) per page:`,
    );
    console.table(lighthouseRows(lh));
    const failing = auditRows(lh, 'failing');
    if (failing.length) {
      log('Audits that cost points (runs: in how many runs; score: 0–100 in each of those runs):');
      console.table(failing);
    } else log('No audit cost a point.');
    for (const { path, warnings } of lh.pages) for (const w of warnings) log(`Lighthouse warning on ${path}: ${w}`);
  } else log('\nLighthouse: not run (--quick).');

  log(
    overBudget.length
      ? `\nOver budget:\n  ${overBudget.join('\n  ')}`
      : '\nEvery page and the first search within the byte budgets.',
  );
  log(`\nThe benchmark took ${minutes.toFixed(1)} min. Results: ${RESULTS}`);
}

async function main() {
  const started = performance.now();
  launchOptions(); // says plainly how to get a Chromium when there is none
  const env = environment(lighthouseChromium());
  results.environment = env;
  results.options = { quick: QUICK, reviews: SIZES, sections: SECTIONS, lighthouseRuns: LIGHTHOUSE_RUNS };
  log(`Benchmark${QUICK ? ' (quick)' : ''} on:`);
  console.table(environmentRows(env));

  const archives = await builds();
  const largest = /** @type {import('./bench/build-time.mjs').ArchiveTimed} */ (archives.at(-1));

  log(`\n== Bytes of every page of the ${largest.reviews}-review build`);
  const bytes = await measureBytes({ outDir: largest.outDir, log });
  const search = await searches(archives, bytes.firstSearch);
  const overBudget = [...budgetFailures(bytes), ...searchGrowthFailures(search)];
  results.bytes = { ...bytes, overBudget };
  results.search = search;
  await save();

  const lh = LIGHTHOUSE_RUNS
    ? await lighthouseBuild({ outDir: /** @type {typeof largest} */ (archives[0]).outDir, runs: LIGHTHOUSE_RUNS, log })
    : undefined;
  results.lighthouse = lh;

  const minutes = (performance.now() - started) / 60_000;
  results.totalMinutes = Number(minutes.toFixed(1));
  results.loadAverageAtEnd = load();
  await save();
  report({ env, archives, bytes, overBudget, search, lh, minutes });

  const outside = lh?.pages.flatMap((p) => p.outsideRequests) ?? [];
  if (outside.length) console.error(`\nLighthouse saw requests to other hosts (blocked): ${outside.join(', ')}`);
  if (overBudget.length || outside.length) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  await save();
  console.error(`\nThe benchmark stopped.\n${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
}
