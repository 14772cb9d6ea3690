/**
 * What the browser tests know about the built site: its pages (from the
 * sitemap, as a crawler would find them) and paths under the base path.
 */
import { expect, test, type Page } from '@playwright/test';
import { scrollThrough } from '../../scripts/lib/read-through.mjs';
import { sitemapUrls } from '../../scripts/lib/sitemap.mjs';
import { basePath, outDir, siteUrl } from '../../src/lib/site-env.mjs';
import { absoluteUrl } from '../../src/lib/urls';
import { loadSections } from '../helpers/content';

/** Paths of every page in the sitemap, relative to the base ('' is the overview). */
export function sitemapPages(): string[] {
  const { index, pages } = sitemapUrls(outDir());
  // The site's root: where the sitemap index lists its one sitemap.
  const base = new URL(index[0] ?? '').pathname.replace(/sitemap-0\.xml$/, '');
  return pages.map((loc) => new URL(loc).pathname.slice(base.length));
}

/** A search with results of both kinds: the first figure's label (its card and the paragraph that states it). */
function searchWithResults(): string {
  const [first] = loadSections();
  return `search/?q=${encodeURIComponent(first?.data.figures[0]?.label ?? first?.data.headline ?? '')}`;
}

/** Every page a reader can reach: the sitemap's, the search with results shown and the page for unknown addresses. */
export function everyPage(): string[] {
  return [...sitemapPages(), searchWithResults(), '404.html'];
}

/** The section pages: every sitemap page but the overview, the print edition and the search. */
export function sectionPages(): string[] {
  return sitemapPages().filter((p) => p !== '' && p !== 'print/' && p !== 'search/');
}

/** Collects console errors and failed page errors while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Scrolls through the page to its end as a reader would, then waits until
 * every chart on it has woken and drawn its live chart and the search (on
 * its page) shows its results.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(scrollThrough, 50);
  await expect(page.locator('chart-island:not([data-state="live"])')).toHaveCount(0);
  await expect(page.locator('site-search:not([data-state="ready"])')).toHaveCount(0);
}

/**
 * Records, from before the page's first byte, every Content Security Policy
 * violation (the init script runs outside the page's policy) and every
 * request to a host other than the site's; call the result to read them.
 */
export async function watchPolicy(page: Page): Promise<() => Promise<{ violations: string[]; elsewhere: string[] }>> {
  const elsewhere: string[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(request.url());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => ({
    violations: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    elsewhere,
  });
}

const siteRoot = absoluteUrl(siteUrl(process.env.SITE_URL), basePath(process.env.BASE_PATH));

/** The absolute address a page of this build must give for a path (its canonical, og:url, QR code). */
export function siteAddress(path = ''): string {
  return new URL(path, siteRoot).href;
}

/**
 * An absolute address of this build's site, as a path relative to the
 * preview server's base URL; undefined when it is not an address of the site.
 */
export function previewPath(address: string): string | undefined {
  return address.startsWith(siteRoot) ? address.slice(siteRoot.length) : undefined;
}
