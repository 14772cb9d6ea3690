/**
 * What the browser tests know about the built site: its pages (from the
 * sitemap, as a crawler would find them) and paths under the base path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { buildPages } from '../../scripts/lib/pages.mjs';
import { scrollThrough } from '../../scripts/lib/read-through.mjs';
import { sitemapUrls } from '../../scripts/lib/sitemap.mjs';
import { basePath, outDir, siteUrl } from '../../src/lib/site-env.mjs';
import { absoluteUrl } from '../../src/lib/urls';
import { loadArchive, loadSections } from '../helpers/content';

const base = basePath(process.env.BASE_PATH);

/** The tests' archive, as the build was made from it (CONTENT_DIR=tests/fixtures/archive). */
export const archive = loadArchive();
const seedReview = archive.reviews.find((r) => r.key === 'tongchuan-2020');
if (!seedReview) throw new Error('the tests’ archive has no seed (tongchuan-2020)');

/** The seed review's address, relative to the base: tongchuan/2020/. */
export const SEED_PATH = seedReview.path;

/** A path of the seed review ('' is its overview), relative to the base, as page.goto takes it. */
export const seed = (path = '') => `${SEED_PATH}${path}`;

/** Paths of every page in the sitemap, relative to the base ('' is the archive's front page). */
export function sitemapPages(): string[] {
  return sitemapUrls(outDir()).pages.map((loc) => new URL(loc).pathname.slice(base.length));
}

/** A search with results of both kinds: the first figure's label (its card and the paragraph that states it). */
function searchWithResults(): string {
  const [first] = loadSections();
  return `search/?q=${encodeURIComponent(first?.data.figures[0]?.label ?? first?.data.headline ?? '')}`;
}

/**
 * Every page a reader can reach: the sitemap's (the search page showing
 * results), each poster's, each framed chart's, each old address's and the
 * page for unknown addresses.
 */
export function allPages(): string[] {
  return buildPages(outDir()).map((path) => {
    const relative = path.slice(base.length);
    return relative === 'search/' ? searchWithResults() : relative;
  });
}

/** What kind of page a path is: a review's overview, section, print edition, poster or framed chart; a place's, an indicator's, an old address's … */
export function pageKind(path: string): string {
  const review = archive.reviews.find((r) => path.startsWith(r.path));
  if (review) {
    const rest = path.slice(review.path.length);
    if (rest === '' || rest === 'print/') return rest || 'overview';
    const folder = /^(posters|embed)\//.exec(rest)?.[1];
    return folder ?? 'section';
  }
  if (archive.places.some((p) => path === `${p.slug}/`)) return 'place';
  if (/^[^/]+\/indicators\//.test(path)) return 'indicator';
  if (path === '' || path.startsWith('search/') || path === '404.html') return path || 'archive';
  return `old address of a ${/^(posters|embed)\//.exec(path)?.[1] ?? 'page'}`;
}

/**
 * The pages the sweeps of every page visit: every page of the seed and of
 * the site around the reviews, and of every other review the first page of
 * each kind (and of the indicators' the first). A page of one kind is made by the same code in every review;
 * visiting them all at four widths and schemes would only multiply the time.
 */
export function everyPage(): string[] {
  const seen = new Set<string>();
  return allPages().filter((path) => {
    const kind = pageKind(path);
    // An old address sends the reader on at once (moved.spec.ts follows them).
    if (kind.startsWith('old address')) return false;
    const review = archive.reviews.find((r) => path.startsWith(r.path));
    if (review?.path === SEED_PATH || ['archive', 'place', '404.html'].includes(kind) || kind.startsWith('search/')) {
      return true;
    }
    const key = `${review?.path ?? ''} ${kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A page of every kind, for the views that do not read every page (and the
 * keyboard, which every-page.spec.ts takes on these alone): the seed's
 * overview, its first section, its print edition, a poster of each kind and
 * a framed chart; and the pages around the reviews, a place's and an
 * indicator's the first. One template makes every page of a kind, in every
 * review; every-page.spec.ts reads each review's on a phone, and
 * every-heading.spec.ts every page's headings in every view.
 */
export function everyKind(): string[] {
  const seen = new Set<string>();
  const posterKind = (path: string) => /posters\/(index|fig-)/.exec(path)?.[1] ?? 'section';
  return everyPage().filter((path) => {
    const kind = pageKind(path);
    if (!path.startsWith(SEED_PATH) && ['overview', 'posters', 'embed', 'section', 'print/'].includes(kind))
      return false;
    const key = kind === 'posters' ? `posters ${posterKind(path)}` : kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The kinds of page with neither a chart nor a control, which load no script at all. */
export const SCRIPTLESS_KINDS = ['posters', 'archive', 'place', '404.html'];

/** The search's own code, as its page imports it (code/*.js named in it), read once from the build. */
const searchCode = new Set(
  readFileSync(join(outDir(), 'search', 'index.html'), 'utf8').match(/code\/[\w.-]+\.js/g) ?? [],
);
if (searchCode.size === 0) throw new Error('the search page names no code of its own: has the build changed?');

/** Whether a request is for the search's code or a review's search index. */
export const isSearchFile = (url: string) => {
  const { pathname } = new URL(url);
  return pathname.endsWith('/search-index.json') || [...searchCode].some((file) => pathname.endsWith(`/${file}`));
};

/** A chart's page for other sites to frame: the chart alone, without the site's header, footer or skip link. */
export const isEmbed = (path: string) => pageKind(path) === 'embed';

/** The seed's section pages. */
export function sectionPages(): string[] {
  return sitemapPages().filter((p) => p.startsWith(SEED_PATH) && pageKind(p) === 'section');
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
 * its page) shows its results. A page with nothing to scroll (a framed
 * chart) is read by pointing at its charts.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(scrollThrough, 50);
  if (await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)) {
    for (const island of await page.locator('chart-island').all()) await island.hover();
  }
  await expect(page.locator('chart-island:not([data-state="live"])')).toHaveCount(0);
  await expect(page.locator('site-search:not([data-state="ready"])')).toHaveCount(0);
}

/** Records, from the first byte, every layout shift a reader did not cause (as CLS counts them). */
export async function watchShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map((s) =>
          s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node),
        );
        shifts.push(`${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${nodes.join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
}

/**
 * Records, from before the page's first byte, every Content Security Policy
 * violation in the page and in any frame in it (the init script runs in
 * each, outside its policy) and every request to a host other than the
 * site's; call the result to read them.
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
  const violations = (frame: Frame) =>
    frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return async () => ({ violations: (await Promise.all(page.frames().map(violations))).flat(), elsewhere });
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

/**
 * What axe-core finds against WCAG 2.2 AA on the page as it is now: its
 * violations, and what it could not decide (contrast over an image, say),
 * which is looked at rather than dropped. Each as "rule: elements".
 */
export async function axeFindings(page: Page): Promise<{ violations: string[]; undecided: string[] }> {
  // Only what is wrong or undecided in detail: listing every pass takes axe longer than checking.
  // axe.run in the page itself (legacy mode) rather than a run per frame
  // finished in a blank page it opens: that route exists for frames of other
  // origins, which no page of the site has (its policy allows none), and it
  // takes two to three times as long on each page.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .options({ resultTypes: ['violations', 'incomplete'] })
    .analyze();
  const list = (found: typeof results.violations) =>
    found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return { violations: list(results.violations), undecided: list(results.incomplete) };
}
