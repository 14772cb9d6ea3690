import { DEFAULT_SITE_URL } from './site-env.mjs';
import { absoluteUrl, figurePath, joinBase, quotePath, sectionPath } from './urls';

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
