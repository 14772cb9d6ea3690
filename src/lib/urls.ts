/**
 * URL building, pure so it can be tested under any base path and site
 * address. Pages use the bound versions in ./site.ts.
 */

/** A path inside the site: joinBase('/review/2020/', 'industry/') → '/review/2020/industry/'. */
export function joinBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** An absolute address: absoluteUrl('https://example.org', '/review/2020/industry/'). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * A review's address, relative to the base: its place, then its year (or
 * its edition): 'tongchuan/2020/'. Every path below that names a page or
 * file of a review is relative to this; site.ts joins them.
 */
export function reviewPath(review: { place: string; year: number; edition?: string | undefined }): string {
  return `${review.place}/${review.edition ?? review.year}/`;
}

/** A place's page, with its years and its indicators: 'tongchuan/'. */
export function placePath(place: string): string {
  return `${place}/`;
}

/** Where a place's indicators are, and their charts' files: 'tongchuan/indicators/'. */
export function indicatorsPath(place: string): string {
  return `${placePath(place)}${INDICATORS_FOLDER}/`;
}

/** An indicator's page: 'tongchuan/indicators/urban-new-jobs/'. */
export function indicatorPath(place: string, id: string): string {
  return `${indicatorsPath(place)}${id}/`;
}

/** The path of a section's page, relative to its review's address: 'industry/'. */
export function sectionPath(slug: string): string {
  return `${slug}/`;
}

/** The path of a figure's card on its section's page: 'industry/#fig-new-firms'. */
export function figurePath(slug: string, id: string): string {
  return `${sectionPath(slug)}#${anchors.figure(id)}`;
}

/** The path of the phrase of a section's text that states a figure: 'industry/#quote-new-firms'. */
export function quotePath(slug: string, id: string): string {
  return `${sectionPath(slug)}#${anchors.quote(id)}`;
}

/**
 * The share image of a page around the reviews (the archive's front page,
 * a place's, an indicator's), in the page's own folder: 'share.png',
 * 'tongchuan/share.png'. Not in og/, which is a review's.
 */
export function siteImagePath(pagePath: string): string {
  return `${pagePath}share.png`;
}

/** The path of a share image: a section's ('og/industry.png') or the overview's ('og/index.png'). */
export function shareImagePath(slug?: string): string {
  return `og/${slug ?? 'index'}.png`;
}

/** Where a chart stands: on its section's page ('industry/#chart-industry-investment') or on the overview. */
export function chartPath(id: string, slug?: string): string {
  return `${slug ? sectionPath(slug) : ''}#${anchors.chart(id)}`;
}

/**
 * Each poster's name, which names its picture and its page: a section's is
 * its slug, a figure's its card's anchor, the overview's 'index'. The
 * content checks keep slugs clear of the other two.
 */
export const posterName = {
  section: (slug: string) => slug,
  figure: (id: string) => anchors.figure(id),
  overview: 'index',
} as const;

/** The posters' picture ('posters/industry.png') and the page that shows it ('posters/industry/'). */
export const posterPaths = {
  picture: (name: string) => `posters/${name}.png`,
  page: (name: string) => `posters/${name}/`,
};

/** A chart's page for other sites to frame: 'embed/industry-investment/'. */
export function embedPath(id: string): string {
  return `embed/${id}/`;
}

/**
 * Code a page loads by address when the reader needs it, bundled and named
 * by its hash in src/lib/browser-bundle.ts: 'code/chart-runtime.<hash>.js'.
 * Its name changes with it, so servers keep it for a year (deploy/headers.mjs).
 */
export function codePath(file: string): string {
  return `code/${file}`;
}

/** The script that sizes framed charts on other sites: at one address for good, since they link it. */
export const EMBED_SCRIPT_PATH = 'embed.js';

/** The folders of a review's address the site writes itself, which a section's slug may not take. */
export const REVIEW_FOLDERS = ['print', 'search', 'data', 'charts', 'og', 'posters', 'embed'] as const;

/** Below a place's address: its indicators, a name its reviews' editions may not take. */
export const INDICATORS_FOLDER = 'indicators';

/**
 * The folders at the site's root that are not places, which a place may not
 * take: the site's own, and a review's (the first review was published at
 * the root, and its old addresses lead to its new one).
 */
export const SITE_FOLDERS = ['code', '_astro', ...REVIEW_FOLDERS] as const;

/**
 * Every id a page writes, in one place: the text, the cards and the data
 * files agree on them, and the content checks refuse a topic id (or a slug,
 * or a figure or chart id) that would give two elements of a page one id.
 */
export const anchors = {
  figure: (id: string) => `fig-${id}`,
  quote: (id: string) => `quote-${id}`,
  chart: (id: string) => `chart-${id}`,
  chartSummary: (id: string) => `chart-${id}-summary`,
  section: (slug: string) => `section-${slug}`,
  sectionHeading: (slug: string) => `${slug}-heading`,
  sectionFigures: (slug: string) => `${slug}-figures`,
  correction: (slug: string) => `${slug}-correction`,
};

/** Ids the layout and the pages write whatever the content holds, each with what it marks. */
export const PAGE_IDS = {
  main: 'main',
  reviews: 'reviews-heading',
  places: 'places-heading',
  indicators: 'indicators-heading',
  sections: 'sections-heading',
  numbers: 'numbers',
  charts: 'charts-heading',
  more: 'more-heading',
  contents: 'toc-heading',
  colophon: 'colophon',
  colophonHeading: 'colophon-heading',
  linkIcon: 'icon-link',
  posterIcon: 'icon-poster',
} as const;

/**
 * An address as people type it from paper: without the scheme, so
 * https://example.org/review/2020/industry/ → example.org/review/2020/industry/.
 */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
