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

/** A path inside this site ('' is the overview). */
export const href = (path = '') => joinBase(base, path);

/** The absolute address of a path inside this site. */
export const absolute = (path = '') => absoluteUrl(site, href(path));

/** A section page's path and absolute address. */
export const sectionHref = (slug: string) => href(sectionPath(slug));
export const sectionUrl = (slug: string) => absolute(sectionPath(slug));

/** A figure card's absolute permalink. */
export const figureUrl = (slug: string, id: string) => absolute(figurePath(slug, id));

/** Where the text states a figure: its path, and its absolute address for files that leave the site. */
export const quoteHref = (slug: string, id: string) => href(quotePath(slug, id));
export const quoteUrl = (slug: string, id: string) => absolute(quotePath(slug, id));

/** Where a chart stands on the site, as an absolute address (an embed's canonical and its link home). */
export const chartUrl = (id: string, slug?: string) => absolute(chartPath(id, slug));

/** A chart's page for other sites to frame, and the script that sizes it there: absolute, since they leave the site. */
export const embedUrl = (id: string) => absolute(embedPath(id));
export const embedScriptUrl = () => absolute(EMBED_SCRIPT_PATH);

/** A poster's picture and its page, by the poster's name (urls.ts posterName). */
export const posterHref = (name: string) => href(posterPaths.picture(name));
export const posterPageHref = (name: string) => href(posterPaths.page(name));
