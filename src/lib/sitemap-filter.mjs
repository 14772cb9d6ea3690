// Which pages the sitemap lists (astro.config.mjs), decided by each built
// page itself once it is written: not one that asks search engines to leave
// it out (a poster's page, a framed chart), nor one that only sends the
// reader on to another address (an old address of a review). Plain JS: the
// config reads it before TypeScript is available.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How a page that only sends the reader on to another address says so. */
export const SENDS_ON = /<meta http-equiv="refresh"/;

const UNLISTED = new RegExp(`<meta name="robots" content="noindex"|${SENDS_ON.source}`);

/**
 * @param {string} outDir the build's folder
 * @param {string} base the base path ("/", "/review/2020/")
 * @returns {(page: string) => boolean}
 */
export function listedInSitemap(outDir, base) {
  return (page) => {
    const path = decodeURIComponent(new URL(page).pathname).slice(base.length);
    const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
    return !UNLISTED.test(html);
  };
}
