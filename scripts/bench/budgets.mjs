// The byte budgets of `npm run bench:bytes` and `npm run bench`, and the
// pages of a report (./bytes.mjs) that exceed them.
import { KB, kb } from './sizes.mjs';

/** Budgets in gzip bytes (what most hosts send by default). */
export const BUDGETS = {
  beforeScroll: 25 * KB,
  jsAtLoad: 8 * KB,
  chartCode: 65 * KB,
  /** All CSS a page uses, stylesheets and inline styles together. */
  css: 12 * KB,
  /** Arriving on /search/?q=… until the first results show: the page, the search's code and the first review's index. */
  firstSearch: 40 * KB,
  /** What one more review in the archive may add to the first search (npm run bench measures it, ./growth.mjs). */
  firstSearchPerReview: 2 * KB,
  /** A poster, on the page that shows it. */
  poster: 200 * KB,
};

/**
 * Every budget a report exceeds, one line each; empty when within budget.
 * @param {import('./bytes.mjs').BytesReport} report
 * @returns {string[]}
 */
export function budgetFailures(report) {
  const failures = [];
  for (const r of report.results) {
    const page = r.path;
    if (r.beforeScroll > BUDGETS.beforeScroll)
      failures.push(`${page}: before the first scroll ${kb(r.beforeScroll)} > ${kb(BUDGETS.beforeScroll)}`);
    if (r.jsAtLoad > BUDGETS.jsAtLoad)
      failures.push(`${page}: JavaScript at load ${kb(r.jsAtLoad)} > ${kb(BUDGETS.jsAtLoad)}`);
    if (r.css > BUDGETS.css) failures.push(`${page}: CSS ${kb(r.css)} > ${kb(BUDGETS.css)}`);
    if (r.poster > BUDGETS.poster) failures.push(`${page}: poster ${kb(r.poster)} > ${kb(BUDGETS.poster)}`);
    if (!r.interactive && r.jsTotal > 0)
      failures.push(`${page}: ${kb(r.jsTotal)} of JavaScript on a page without charts or controls`);
  }
  if (report.chartCode > BUDGETS.chartCode)
    failures.push(`chart code ${kb(report.chartCode)} > ${kb(BUDGETS.chartCode)}`);
  if (report.firstSearch.bytes > BUDGETS.firstSearch)
    failures.push(
      `${report.firstSearch.path}: first search ${kb(report.firstSearch.bytes)} > ${kb(BUDGETS.firstSearch)}`,
    );
  return failures;
}

/** The sentence printed when a report is within budget. */
export const WITHIN_BUDGET = `Within budget (gzip): everything before the first scroll ≤ ${kb(BUDGETS.beforeScroll)}, JavaScript at load ≤ ${kb(BUDGETS.jsAtLoad)}, chart code ≤ ${kb(BUDGETS.chartCode)}, CSS ≤ ${kb(BUDGETS.css)}, a poster on its page ≤ ${kb(BUDGETS.poster)}, first search ≤ ${kb(BUDGETS.firstSearch)}, no JavaScript on pages without charts or controls.`;
