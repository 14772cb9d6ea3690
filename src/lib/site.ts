import { DEFAULT_SITE_URL } from './site-env.mjs';
import {
  absoluteUrl,
  chartPath,
  embedPath,
  EMBED_SCRIPT_PATH,
  figurePath,
  joinBase,
  posterPaths,
  quotePath,
  sectionPath,
} from './urls';

/**
 * The URL helpers bound to this build's BASE_PATH and SITE_URL
 * (astro.config.mjs). Components and pages import these.
 */
const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE ?? DEFAULT_SITE_URL;

/** A path inside this site ('' is the archive's front page). */
export const href = (path = '') => joinBase(base, path);

/** The absolute address of a path inside this site. */
export const absolute = (path = '') => absoluteUrl(site, href(path));

/** The script that sizes framed charts on other sites: absolute, since they link it. */
export const embedScriptUrl = () => absolute(EMBED_SCRIPT_PATH);

/** The links of one review's pages and files, each relative to its address (urls.ts), bound to this build. */
export function links(review: { path: string }) {
  const at = (path = '') => `${review.path}${path}`;
  return {
    /** A path of the review ('' is its overview), relative to the base, as the pure helpers take it. */
    path: at,
    href: (path = '') => href(at(path)),
    absolute: (path = '') => absolute(at(path)),
    /** A section page's path and absolute address. */
    sectionHref: (slug: string) => href(at(sectionPath(slug))),
    sectionUrl: (slug: string) => absolute(at(sectionPath(slug))),
    /** A figure card's path and absolute permalink. */
    figureHref: (slug: string, id: string) => href(at(figurePath(slug, id))),
    figureUrl: (slug: string, id: string) => absolute(at(figurePath(slug, id))),
    /** Where the text states a figure: its path, and its absolute address for files that leave the site. */
    quoteHref: (slug: string, id: string) => href(at(quotePath(slug, id))),
    quoteUrl: (slug: string, id: string) => absolute(at(quotePath(slug, id))),
    /** Where a chart stands on the site, as an absolute address (an embed's canonical and its link home). */
    chartUrl: (id: string, slug?: string) => absolute(at(chartPath(id, slug))),
    /** A chart's page for other sites to frame: absolute, since it leaves the site. */
    embedUrl: (id: string) => absolute(at(embedPath(id))),
    /** A poster's picture and its page, by the poster's name (urls.ts posterName). */
    posterHref: (name: string) => href(at(posterPaths.picture(name))),
    posterPageHref: (name: string) => href(at(posterPaths.page(name))),
  };
}

export type Links = ReturnType<typeof links>;

/** Where the text states each of a chart's figures, by its row: absolute, for the chart's CSV. */
export function chartQuoteUrl(chart: {
  figures: { id: string; section: { data: { slug: string }; review: { path: string } } }[];
}) {
  return (row: number) => {
    const figure = chart.figures[row];
    if (!figure) throw new Error(`chart row ${row} has no figure`);
    return links(figure.section.review).quoteUrl(figure.section.data.slug, figure.id);
  };
}
