// The rows of the tables npm run bench prints (console.table), one function
// a table, from the results it saves.
import { kb } from './sizes.mjs';

/**
 * @typedef {import('./bytes.mjs').BytesReport} BytesReport
 * @typedef {import('./bytes.mjs').PageBytes} PageBytes
 * @typedef {Awaited<ReturnType<typeof import('./lighthouse.mjs').lighthousePages>> & { base: string }} LighthouseReport
 * @typedef {{ seconds: number, pages: number | null }} PdfTime
 * @typedef {{ sections: number, build: { seconds: number, cpuSeconds: number | null }, pdf?: PdfTime }} BuildTime
 * @typedef {BuildTime & { warm: { build: { seconds: number, cpuSeconds: number | null }, pdf?: PdfTime } }} ColdAndWarm
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

/** @param {BytesReport} report */
export function bytesRows(report) {
  return report.results.map((r) => ({
    page: pageName(report, r),
    'before scroll gz': kb(r.beforeScroll),
    'before scroll br': kb(r.brotli.beforeScroll),
    'whole page gz': kb(r.wholePage),
    'whole page br': kb(r.brotli.wholePage),
    'JS at load gz': kb(r.jsAtLoad),
    'JS at load br': kb(r.brotli.jsAtLoad),
    'JS later gz': kb(r.jsLater.reduce((t, j) => t + j.bytes, 0)),
    'CSS gz': kb(r.css),
    'images before scroll': kb(r.imagesBeforeScroll),
    images: kb(r.images),
    poster: kb(r.poster),
  }));
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

/**
 * Build time of the site and the generated reviews: seconds in all, per
 * section, and per section added since the row before (the cost of one more
 * section, without the fixed cost of a build).
 * @param {BuildTime} site
 * @param {BuildTime[]} generated
 */
export function buildRows(site, generated) {
  const rows = [{ review: 'the site', ...site }, ...generated.map((g) => ({ review: 'generated', ...g }))];
  return rows.map((r, i) => {
    const previous = rows[i - 1];
    const cpu = r.build.cpuSeconds;
    const cpuBefore = previous?.build.cpuSeconds;
    return {
      review: r.review,
      sections: r.sections,
      'build s': fixed(r.build.seconds, 1),
      's/section': fixed(r.build.seconds / r.sections, 2),
      's/added section': previous
        ? fixed((r.build.seconds - previous.build.seconds) / (r.sections - previous.sections), 2)
        : '',
      'CPU s': cpu === null ? '' : fixed(cpu, 1),
      'CPU s/added section':
        cpu === null || cpuBefore == null || !previous
          ? ''
          : fixed((cpu - cpuBefore) / (r.sections - previous.sections), 2),
      'PDF s': r.pdf ? fixed(r.pdf.seconds, 1) : 'not timed',
      'PDF s/added section':
        r.pdf && previous?.pdf
          ? fixed((r.pdf.seconds - previous.pdf.seconds) / (r.sections - previous.sections), 2)
          : '',
      'PDF pages': r.pdf?.pages ?? '',
    };
  });
}

/**
 * Cold build against the warm rebuild after one sentence changed, per
 * review: astro build, the PDF, and the warm one as a share of the cold.
 * @param {ColdAndWarm[]} reviews
 */
export function warmRows(reviews) {
  const share = (/** @type {number} */ warm, /** @type {number} */ cold) => `${Math.round((100 * warm) / cold)} %`;
  return reviews.map(({ sections, build, pdf, warm }) => ({
    sections,
    'cold build s': fixed(build.seconds, 1),
    'warm build s': fixed(warm.build.seconds, 1),
    'warm/cold': share(warm.build.seconds, build.seconds),
    'cold CPU s': build.cpuSeconds === null ? '' : fixed(build.cpuSeconds, 1),
    'warm CPU s': warm.build.cpuSeconds === null ? '' : fixed(warm.build.cpuSeconds, 1),
    'cold PDF s': pdf ? fixed(pdf.seconds, 1) : 'not timed',
    'warm PDF s': warm.pdf ? fixed(warm.pdf.seconds, 1) : 'not timed',
    'cold build+PDF s': pdf ? fixed(build.seconds + pdf.seconds, 1) : '',
    'warm build+PDF s': warm.pdf ? fixed(warm.build.seconds + warm.pdf.seconds, 1) : '',
  }));
}
