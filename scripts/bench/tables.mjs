// The rows of the tables npm run bench prints (console.table), one function
// a table, from the results it saves.
import { perAddedReview, warmShare } from './growth.mjs';
import { KB, kb } from './sizes.mjs';

/**
 * @typedef {import('./bytes.mjs').BytesReport} BytesReport
 * @typedef {import('./bytes.mjs').PageBytes} PageBytes
 * @typedef {Awaited<ReturnType<typeof import('./lighthouse.mjs').lighthousePages>> & { base: string }} LighthouseReport
 * @typedef {import('./build-time.mjs').ArchiveTimed} ArchiveTimed
 * @typedef {import('./build-time.mjs').Step} Step
 */

/**
 * The page's path without the base path (/, /industry/, /404.html).
 * @param {BytesReport} report
 * @param {PageBytes} result
 */
const pageName = (report, result) => result.path.slice(report.base.length - 1) || '/';

const fixed = (/** @type {number} */ n, /** @type {number} */ digits) => Number(n.toFixed(digits));

/**
 * The machine, one value a row.
 * @param {ReturnType<typeof import('./environment.mjs').environment>} env
 */
export function environmentRows(env) {
  return { ...env, loadAverage: env.loadAverage.join(' ') };
}

/**
 * The kind of a page of the archive, from its path without the base: the
 * folders of src/pages/.
 * @param {string} page
 */
export function pageKind(page) {
  const parts = page.split('/').filter(Boolean);
  if (page === '/') return 'the archive (/)';
  if (page === '/404.html') return '/404.html';
  if (page === '/search/') return '/search/ (before a query)';
  if (parts.length === 1) return '/<place>/';
  if (parts[1] === 'indicators') return '/<place>/indicators/<id>/';
  if (parts.length === 2) return '/<place>/<edition>/ (overview)';
  if (parts[2] === 'print') return '/<place>/<edition>/print/';
  if (parts[2] === 'posters') return '/<place>/<edition>/posters/<name>/';
  if (parts[2] === 'embed') return '/<place>/<edition>/embed/<id>/';
  return '/<place>/<edition>/<slug>/ (section)';
}

/**
 * Every page of a report by kind (pageKind): how many, and the least and
 * most of each count, for a build of too many pages for a row each.
 * @param {BytesReport} report
 */
export function bytesKindRows(report) {
  /** @type {Map<string, PageBytes[]>} */
  const kinds = new Map();
  for (const r of report.results) {
    const kind = pageKind(pageName(report, r));
    kinds.set(kind, [...(kinds.get(kind) ?? []), r]);
  }
  const range = (/** @type {number[]} */ values) => {
    const [least, most] = [kb(Math.min(...values)), kb(Math.max(...values))];
    return least === most ? least : `${least} – ${most}`;
  };
  return [...kinds].map(([kind, pages]) => ({
    page: kind,
    pages: pages.length,
    'before scroll gz': range(pages.map((r) => r.beforeScroll)),
    'before scroll br': range(pages.map((r) => r.brotli.beforeScroll)),
    'whole page gz': range(pages.map((r) => r.wholePage)),
    'JS at load gz': range(pages.map((r) => r.jsAtLoad)),
    'CSS gz': range(pages.map((r) => r.css)),
    'images before scroll': range(pages.map((r) => r.imagesBeforeScroll)),
    poster: range(pages.map((r) => r.poster)),
  }));
}

/**
 * The search's bytes in archives of several sizes (./first-search.mjs): the
 * first results, all results, and what each review added to the first
 * results since the row before.
 * @param {import('./first-search.mjs').SearchBytes[]} searches by number of reviews, fewest first
 */
export function searchRows(searches) {
  const added = perAddedReview(searches.map(({ reviews, bytes }) => ({ reviews, value: bytes })));
  return searches.map((s, i) => ({
    reviews: s.reviews,
    'first results gz': kb(s.bytes),
    'first results br': kb(s.brotli),
    // Two decimals: what a review adds is a small share of a kilobyte.
    'per added review gz': i ? `${((added[i - 1]?.perReview ?? 0) / KB).toFixed(2)} KB` : '',
    'all results gz': kb(s.all.bytes),
    'all results br': kb(s.all.brotli),
  }));
}

/** @param {LighthouseReport} report */
export function lighthouseRows(report) {
  return report.pages.map(({ path, median: m }) => ({
    page: path.slice(report.base.length - 1),
    performance: m.scores.performance,
    accessibility: m.scores.accessibility,
    'best practices': m.scores['best-practices'],
    SEO: m.scores.seo,
    'FCP s': fixed(m.fcp / 1000, 2),
    'LCP s': fixed(m.lcp / 1000, 2),
    'SI s': fixed(m.si / 1000, 2),
    CLS: fixed(m.cls, 3),
    'TBT ms': Math.round(m.tbt),
    'CPU index': Math.round(m.benchmarkIndex),
  }));
}

/**
 * Audits that cost points (`failing`) or insights that flagged something
 * (`hints`), a row per page and audit.
 * @param {LighthouseReport} report
 * @param {'failing' | 'hints'} which
 */
export function auditRows(report, which) {
  return report.pages.flatMap((page) =>
    page[which].map((a) => ({
      page: page.path.slice(report.base.length - 1),
      category: a.category,
      audit: a.id,
      runs: `${a.runs}/${report.runsPerPage}`,
      score: a.scores.map((s) => Math.round(s * 100)).join(' '),
      value: [...new Set(a.displayValues)].join(', '),
      title: a.title,
    })),
  );
}

/** `npm run build`'s seconds, astro build and the PDF step. @param {Step} step */
const total = (step) => step.build.seconds + step.pdf.seconds;

/**
 * Cold builds of archives of several sizes (fewest reviews first): seconds in
 * all and per review, and per review added since the row before (the cost of
 * one more review, without what every build pays), which should stay flat.
 * @param {ArchiveTimed[]} archives
 */
export function archiveBuildRows(archives) {
  const added = perAddedReview(archives.map((a) => ({ reviews: a.reviews, value: total(a.cold) })));
  const cpuAdded = archives.every((a) => a.cold.build.cpuSeconds !== null)
    ? perAddedReview(archives.map((a) => ({ reviews: a.reviews, value: a.cold.build.cpuSeconds ?? 0 })))
    : [];
  return archives.map(({ reviews, cold }, i) => ({
    reviews,
    pages: cold.build.pages,
    'astro build s': fixed(cold.build.seconds, 1),
    'CPU s': cold.build.cpuSeconds === null ? '' : fixed(cold.build.cpuSeconds, 1),
    'PDF s': fixed(cold.pdf.seconds, 1),
    'PDF pages': cold.pdf.pages,
    'build+PDF s': fixed(total(cold), 1),
    's/review': fixed(total(cold) / reviews, 1),
    's/added review': i ? fixed(added[i - 1]?.perReview ?? 0, 1) : '',
    'CPU s/added review': i && cpuAdded.length ? fixed(cpuAdded[i - 1]?.perReview ?? 0, 1) : '',
  }));
}

/**
 * The warm rebuild after one sentence changed against the cold build of the
 * same archive: astro build, the PDF step, both, and the share.
 * @param {ArchiveTimed & { warm: Step }} archive
 */
export function warmRows({ reviews, cold, warm }) {
  const { share, underAThird } = warmShare(total(cold), total(warm));
  const row = (/** @type {string} */ build, /** @type {Step} */ step) => ({
    build,
    'astro build s': fixed(step.build.seconds, 1),
    'CPU s': step.build.cpuSeconds === null ? '' : fixed(step.build.cpuSeconds, 1),
    'PDF s': fixed(step.pdf.seconds, 1),
    'PDFs printed': `${step.pdf.printed} of ${step.pdf.pdfs}`,
    'build+PDF s': fixed(total(step), 1),
  });
  return [
    row(`cold, ${reviews} reviews`, cold),
    {
      ...row('warm, one sentence changed', warm),
      'warm/cold': `${Math.round(100 * share)} %`,
      'under 1/3': underAThird,
    },
  ];
}
