// Lighthouse on every page, as the phone most readers use sees it:
// Lighthouse's default (mobile) config and its simulated throttling, the
// four categories we aim at 100 in, and five metrics (FCP, LCP, speed index,
// CLS, TBT).
// Each run gets a fresh headless Chromium launched by chrome-launcher; the
// median of several runs is reported per metric, since one run on a busy
// machine can be far off.
//
// No outside requests: the pages load only from the local preview server,
// Lighthouse's default config fetches nothing but the page's own robots.txt
// and source maps, and Chromium is started with the closed-network flags of
// scripts/lib/browser.mjs plus a host resolver rule that fails every name but
// 127.0.0.1, so a request to anywhere else could not leave the machine; any
// such request is still reported (from the network-requests audit).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/browser.mjs';
import { startNginx } from '../lib/nginx.mjs';
import { sitemapPaths } from '../lib/sitemap.mjs';

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
export const METRICS = /** @type {const} */ ({
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
  tbt: 'total-blocking-time',
});
const CHROME_FLAGS = [...CHROMIUM_ARGS, '--headless=new', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/**
 * @typedef {typeof CATEGORIES[number]} Category
 * @typedef {{ category: Category, id: string, title: string, score: number, displayValue: string, weighted: boolean }} AuditInRun
 * @typedef {{
 *   scores: Record<Category, number>,
 *   fcp: number, lcp: number, si: number, cls: number, tbt: number,
 *   benchmarkIndex: number,
 *   flagged: AuditInRun[],
 *   outsideRequests: string[],
 *   warnings: string[],
 * }} Run  scores 0–100; fcp, lcp, si and tbt in ms
 * @typedef {{ category: Category, id: string, title: string, runs: number, scores: number[], displayValues: string[] }} FlaggedAudit
 * @typedef {{
 *   path: string,
 *   median: {
 *     scores: Record<Category, number>,
 *     fcp: number, lcp: number, si: number, cls: number, tbt: number,
 *     benchmarkIndex: number,
 *   },
 *   failing: FlaggedAudit[],
 *   hints: FlaggedAudit[],
 *   outsideRequests: string[],
 *   warnings: string[],
 *   runs: Run[],
 * }} PageResult
 */

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 * @param {number[]} values
 */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The Chromium Lighthouse drives: the one the tests use (scripts/lib/browser.mjs). */
export const lighthouseChromium = () => chromiumPath() ?? chromium.executablePath();

/**
 * Audits that cost a category points (weighted, scored and below 1), and
 * the performance insights and diagnostics that flag something (no weight,
 * but they say why a metric is slow).
 * @param {import('lighthouse').Result} lhr
 * @returns {AuditInRun[]}
 */
function flaggedAudits(lhr) {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      const weighted = ref.weight > 0;
      const hint = category === 'performance' && (ref.group === 'insights' || ref.group === 'diagnostics');
      if (!audit || audit.score === null || audit.score >= 1 || !(weighted || hint)) return [];
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') return [];
      const { id, title, score, displayValue = '' } = audit;
      return [{ category, id, title, score, displayValue, weighted }];
    }),
  );
}

/**
 * Requests the page made to anywhere but the server it came from.
 * @param {import('lighthouse').Result} lhr
 * @param {string} origin
 */
function outsideRequests(lhr, origin) {
  const details = /** @type {{ items?: { url?: string }[] } | undefined} */ (lhr.audits['network-requests']?.details);
  return (details?.items ?? [])
    .map((item) => item.url ?? '')
    .filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
}

/**
 * One Lighthouse run of one page in a fresh Chromium.
 * @param {string} url
 * @returns {Promise<{ run: Run, lhr: import('lighthouse').Result }>}
 */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: lighthouseChromium(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
    const scores = /** @type {Record<Category, number>} */ (
      Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)]))
    );
    return {
      lhr,
      run: {
        scores,
        fcp: numeric(METRICS.fcp),
        lcp: numeric(METRICS.lcp),
        si: numeric(METRICS.si),
        cls: numeric(METRICS.cls),
        tbt: numeric(METRICS.tbt),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        flagged: flaggedAudits(lhr),
        outsideRequests: outsideRequests(lhr, new URL(url).origin),
        warnings: lhr.runWarnings.map(String),
      },
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Audits flagged in any of the runs, once each, with in how many runs and
 * their scores and values there.
 * @param {AuditInRun[]} audits
 * @returns {FlaggedAudit[]}
 */
function byAudit(audits) {
  /** @type {Map<string, FlaggedAudit>} */
  const flagged = new Map();
  for (const { category, id, title, score, displayValue } of audits) {
    const key = `${category}/${id}`;
    const entry = flagged.get(key) ?? { category, id, title, runs: 0, scores: [], displayValues: [] };
    entry.runs++;
    entry.scores.push(score);
    if (displayValue) entry.displayValues.push(displayValue);
    flagged.set(key, entry);
  }
  return [...flagged.values()];
}

/**
 * A page's runs summed up: the median per metric, every audit that cost
 * points in any run, and the insights that flagged something.
 * @param {string} path
 * @param {Run[]} runs
 * @returns {PageResult}
 */
export function summarise(path, runs) {
  const mid = (/** @type {(r: Run) => number} */ pick) => median(runs.map(pick));
  const flagged = runs.flatMap((r) => r.flagged);
  return {
    path,
    median: {
      scores: /** @type {Record<Category, number>} */ (
        Object.fromEntries(CATEGORIES.map((c) => [c, mid((r) => r.scores[c])]))
      ),
      fcp: mid((r) => r.fcp),
      lcp: mid((r) => r.lcp),
      si: mid((r) => r.si),
      cls: mid((r) => r.cls),
      tbt: mid((r) => r.tbt),
      benchmarkIndex: mid((r) => r.benchmarkIndex),
    },
    failing: byAudit(flagged.filter((a) => a.weighted)),
    hints: byAudit(flagged.filter((a) => !a.weighted)),
    outsideRequests: [...new Set(runs.flatMap((r) => r.outsideRequests))],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    runs,
  };
}

/**
 * Lighthouse `runs` times on every page. Runs go round the pages (every page
 * once, then again) so a busy spell on the machine does not fall on one page.
 * @param {{ siteUrl: string, paths: string[], runs: number, log?: (line: string) => void }} options
 */
export async function lighthousePages({ siteUrl, paths, runs, log = (line) => process.stderr.write(`${line}\n`) }) {
  /** @type {Map<string, Run[]>} */
  const byPage = new Map(paths.map((p) => [p, []]));
  /** @type {import('lighthouse').Result | undefined} */
  let sample;
  for (let n = 1; n <= runs; n++) {
    for (const path of paths) {
      const started = performance.now();
      const { run, lhr } = await runOnce(new URL(path, siteUrl).href);
      sample ??= lhr;
      byPage.get(path)?.push(run);
      const s = run.scores;
      log(
        `  lighthouse run ${n}/${runs} ${path}: ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo} ` +
          `in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  }
  const settings = sample?.configSettings;
  return {
    lighthouseVersion: sample?.lighthouseVersion ?? '',
    userAgent: sample?.environment.hostUserAgent ?? '',
    settings: {
      formFactor: settings?.formFactor,
      throttlingMethod: settings?.throttlingMethod,
      throttling: settings?.throttling,
      screenEmulation: settings?.screenEmulation,
    },
    chromeFlags: CHROME_FLAGS,
    runsPerPage: runs,
    pages: paths.map((p) => summarise(p, byPage.get(p) ?? [])),
  };
}

/**
 * Lighthouse on the sitemap's pages of the build in `outDir`, served as
 * deployed (nginx with deploy/nginx.conf: what a page costs depends on how it
 * is compressed, src/lib/precompress.mjs).
 * @param {{ outDir: string, runs: number, log: (line: string) => void }} options
 */
export async function lighthouseBuild({ outDir, runs, log }) {
  const nginx = await startNginx({ outDir });
  const siteUrl = `${nginx.origin}/`;
  try {
    const paths = sitemapPaths(outDir);
    log(`\n== Lighthouse, ${runs} run(s) of ${paths.length} pages of ${outDir} at ${siteUrl}`);
    return { ...(await lighthousePages({ siteUrl, paths, runs, log })), base: new URL(siteUrl).pathname };
  } finally {
    await nginx.stop();
  }
}
