import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawPoster } from '../../src/lib/poster';
import { posterEntries } from '../../src/lib/posters';
import type { SearchIndex } from '../../src/lib/search/documents';
import { overviewCard, sectionCard } from '../../src/lib/share-card';
import { shortAddress } from '../../src/lib/urls';
import { drawShareImage } from '../../src/lib/share-image';
import { sitemapUrls } from '../../scripts/lib/sitemap.mjs';
import { testBuild } from '../helpers/build';
import { buildFiles } from '../helpers/dist';
import { FIXTURE_REVIEWS, loadArchive, loadReview, loadSections } from '../helpers/content';
import { movedPages } from '../../src/lib/redirects';
import { reviewPath } from '../../src/lib/urls';
import { pdfLinks, readBytes, readPdf, squash } from '../helpers/pdf';

// The whole site built under a sub-path of another address: every address
// any file of the build gives must lead to a file of the build (and to an
// element, when it has a fragment).
const ROOT = 'https://example.org/reviews/';
/** The seed's address in it. */
const SEED = `${ROOT}${reviewPath(loadReview().data)}`;
const archive = loadArchive();

describe('a build of the tests’ archive under https://example.org/reviews/', () => {
  const site = testBuild('subpath-links', FIXTURE_REVIEWS);
  const pages = new Map<string, HTMLElement>();

  /** The build's file for an address of the site, or undefined when the address is elsewhere. */
  const fileOf = (address: string) => {
    const url = new URL(address);
    const href = `${url.origin}${url.pathname}`;
    if (!href.startsWith(ROOT)) return undefined;
    const path = decodeURIComponent(href.slice(ROOT.length));
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  };

  /** The build's files, listed once it has been made (every address is looked up in them). */
  let built = new Set<string>();
  const files = () => [...built];

  /** Why an address does not resolve in the build, or undefined when it does. */
  const problem = (address: string): string | undefined => {
    const file = fileOf(address);
    if (!file) return `${address} is not under ${ROOT}`;
    if (!built.has(file)) return `${address}: no ${file} in the build`;
    const fragment = decodeURIComponent(new URL(address).hash.slice(1));
    if (!fragment) return undefined;
    const page = pages.get(file);
    if (!page) return `${address}: a fragment into ${file}, which is not a page`;
    return page.querySelector(`[id="${fragment}"]`) ? undefined : `${address}: no #${fragment} in ${file}`;
  };

  const pageUrl = (file: string) => new URL(file.replace(/index\.html$/, ''), ROOT).href;

  beforeAll(() => {
    const env = { SITE_URL: 'https://example.org', BASE_PATH: '/reviews/' };
    for (const step of [site.build, site.pdf]) {
      const { status, output } = step(env);
      if (status !== 0) throw new Error(output);
    }
    built = new Set(buildFiles(site.dist));
    for (const file of files().filter((f) => f.endsWith('.html'))) {
      pages.set(file, parse(readFileSync(join(site.dist, file), 'utf8')));
    }
  });

  const sections = loadSections();
  /** The old addresses' pages, each with where it leads (relative to ROOT). */
  const moved = new Map(
    movedPages(
      archive.reviews.map((r) => ({ ...r, charts: r.charts.map((c) => c.model.id) })),
      (path) => new URL(path, ROOT).href,
    ).map(({ from, to }) => [`${from}index.html`, to]),
  );

  it('has every review’s pages, each poster’s and each framed chart’s, the pages around them, the old addresses’ and the 404 page', () => {
    const reviewPages = archive.reviews.flatMap((r) => {
      const posters = [
        'index',
        ...r.sections.flatMap((s) => [s.data.slug, ...s.data.figures.map((f) => `fig-${f.id}`)]),
      ];
      return [
        '',
        'print/',
        ...r.sections.map((s) => `${s.data.slug}/`),
        ...posters.map((name) => `posters/${name}/`),
        ...r.charts.map((c) => `embed/${c.model.id}/`),
      ].map((p) => `${r.path}${p}index.html`);
    });
    expect([...pages.keys()].sort()).toEqual(
      [
        '404.html',
        'index.html',
        'search/index.html',
        ...archive.places.flatMap((p) => [
          `${p.slug}/index.html`,
          ...p.indicators.map((i) => `${p.slug}/indicators/${i.id}/index.html`),
        ]),
        ...reviewPages,
        ...moved.keys(),
      ].sort(),
    );
    expect(moved.size).toBeGreaterThan(sections.length);
  });

  it('resolves every href, src and share address of every page, fragments included', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [file, page] of pages) {
      const addresses = [
        ...page.querySelectorAll('[href]').map((e) => e.getAttribute('href') ?? ''),
        ...page.querySelectorAll('[src]').map((e) => e.getAttribute('src') ?? ''),
        // Each candidate of a srcset: its address, without the width or density after it.
        ...page
          .querySelectorAll('[srcset]')
          .flatMap((e) => (e.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')),
        ...page.querySelectorAll('meta[property^="og:"][content^="http"]').map((e) => e.getAttribute('content') ?? ''),
        ...page.querySelectorAll('share-control').map((e) => e.getAttribute('data-url') ?? ''),
        // The frame and the script in the code that embeds a chart.
        ...page
          .querySelectorAll('.chart-embed code')
          .flatMap((code) => [...code.textContent.matchAll(/ src="([^"]+)"/g)].map(([, src = '']) => src)),
      ];
      for (const address of addresses) {
        checked += 1;
        const why = problem(new URL(address, pageUrl(file)).href);
        if (why) problems.push(`${file}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('gives each page its own address as canonical and og:url, a framed chart its place, an old address its new one, the 404 page none', () => {
    const places = new Map(
      archive.reviews.flatMap((r) =>
        r.charts.map((c): [string, string] => [
          `${r.path}embed/${c.model.id}/index.html`,
          `${r.path}${c.section ? `${c.section.data.slug}/` : ''}#chart-${c.model.id}`,
        ]),
      ),
    );
    for (const [file, page] of pages) {
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const ogUrl = page.querySelector('meta[property="og:url"]')?.getAttribute('content');
      const chart = places.get(file);
      const to = moved.get(file);
      if (file === '404.html') {
        expect([canonical, ogUrl]).toEqual([undefined, undefined]);
      } else {
        const own = chart !== undefined ? `${ROOT}${chart}` : to !== undefined ? `${ROOT}${to}` : pageUrl(file);
        expect(canonical, file).toBe(own);
        expect(ogUrl, file).toBe(own);
        expect(problem(own), file).toBeUndefined();
      }
    }
  });

  it('declares share images that are PNGs of their declared size', () => {
    for (const [file, page] of pages) {
      const content = (property: string) =>
        page.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
      const png = readFileSync(join(site.dist, fileOf(content('og:image')) ?? ''));
      expect(png.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([
        Number(content('og:image:width')),
        Number(content('og:image:height')),
      ]);
    }
  });

  it('draws the same share images in another process', () => {
    const review = loadReview().data;
    const sections = loadSections().map((s) => s.data);
    const read = (slug: string) => readFileSync(join(site.dist, reviewPath(review), 'og', `${slug}.png`));
    expect(read('index').equals(drawShareImage(overviewCard(review, sections)))).toBe(true);
    for (const section of sections) {
      expect(read(section.slug).equals(drawShareImage(sectionCard(review, section))), section.slug).toBe(true);
    }
  });

  it('draws the same posters in another process, one of each kind', async () => {
    const entries = posterEntries({ meta: loadReview().data, sections }, (path) => new URL(path, SEED).href);
    for (const kind of ['overview', 'section', 'figure']) {
      const entry = entries.find((e) => e.poster.kind === kind);
      if (!entry) throw new Error(`no ${kind} poster`);
      const built = readFileSync(join(site.dist, reviewPath(loadReview().data), 'posters', `${entry.name}.png`));
      expect(built.equals(await drawPoster(entry.poster)), entry.name).toBe(true);
    }
  });

  it('puts each page’s own address in its QR codes, on screen and on paper', async () => {
    const payloads = async (page: HTMLElement) => {
      const read: string[] = [];
      for (const svg of page.querySelectorAll('figure.qr-code svg, .online-address-qr svg')) {
        // Drawn on white with room around it, as on a page.
        const canvas = createCanvas(400, 400);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, 400, 400);
        ctx.drawImage(await loadImage(Buffer.from(svg.toString())), 40, 40, 320, 320);
        const payload = jsQR(new Uint8ClampedArray(ctx.getImageData(0, 0, 400, 400).data), 400, 400)?.data ?? '';
        const label = svg.getAttribute('aria-label');
        if (label) expect(label).toContain(payload);
        read.push(payload);
      }
      return read;
    };
    const prints = archive.reviews.map((r) => `${r.path}print/index.html`);
    const sectionFiles = archive.reviews.flatMap((r) => r.sections.map((s) => `${r.path}${s.data.slug}/index.html`));
    const asides = archive.reviews.flatMap((r) => [`${r.path}posters/`, `${r.path}embed/`]);
    for (const [file, page] of pages) {
      if (prints.includes(file) || file === '404.html') continue;
      // A section page's code on screen and its code on paper; a poster's
      // page, a framed chart and an old address's, none; every other page
      // only the latter.
      const none = moved.has(file) || asides.some((a) => file.startsWith(a));
      const codes = sectionFiles.includes(file) ? 2 : none ? 0 : 1;
      expect(await payloads(page), file).toEqual(Array.from({ length: codes }, () => pageUrl(file)));
    }
    expect(await payloads(pages.get(`${reviewPath(loadReview().data)}print/index.html`) ?? parse(''))).toEqual([
      SEED,
      ...loadSections().map((s) => `${SEED}${s.data.slug}/`),
    ]);
    expect(await payloads(pages.get('404.html') ?? parse(''))).toEqual([]);
  });

  it('gives every figure in the open data a permalink into the build', () => {
    const data = join(site.dist, reviewPath(loadReview().data), 'data');
    const json = JSON.parse(readFileSync(join(data, 'figures.json'), 'utf8')) as { url: string }[];
    const csvUrls = readFileSync(join(data, 'figures.csv'), 'utf8')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.slice(line.lastIndexOf(',') + 1));
    expect(csvUrls).toEqual(json.map((row) => row.url));
    for (const { url } of json) expect(problem(url), url).toBeUndefined();
  });

  it('indexes for the search places of the build: each passage’s and card’s page and anchor, in every review', () => {
    for (const review of archive.reviews) {
      const index = JSON.parse(readFileSync(join(site.dist, review.path, 'search-index.json'), 'utf8')) as SearchIndex;
      expect(index.documents.length).toBeGreaterThan(review.sections.length);
      for (const { section, anchor } of index.documents) {
        const address = new URL(`${index.sections[section]?.path}#${anchor}`, ROOT).href;
        expect(problem(address), address).toBeUndefined();
      }
    }
  });

  it('gives every chart’s downloadable data addresses into the build, an indicator’s too', () => {
    const csvs = files().filter((f) => /\/charts\/[^/]+\.csv$/.test(f));
    expect(csvs).toHaveLength(
      archive.reviews.reduce((n, r) => n + r.charts.length, 0) +
        archive.places.reduce((n, p) => n + p.indicators.length, 0),
    );
    for (const csv of csvs) {
      const urls = readFileSync(join(site.dist, csv), 'utf8')
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.slice(line.lastIndexOf(',') + 1));
      expect(urls.length, csv).toBeGreaterThan(0);
      for (const url of urls) expect(problem(url), `${csv}: ${url}`).toBeUndefined();
    }
  });

  it('points robots.txt at the build’s sitemap', () => {
    const robots = readFileSync(join(site.dist, 'robots.txt'), 'utf8');
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map(([, url = '']) => url);
    expect(sitemaps).toEqual([`${ROOT}sitemap-index.xml`]);
    expect(problem(`${ROOT}sitemap-index.xml`)).toBeUndefined();
  });

  it('prints the build’s addresses in the PDF, and links only to places the PDF has', async () => {
    const bytes = readBytes(join(site.dist, reviewPath(loadReview().data), `${loadReview().data.slug}.pdf`));
    const text = squash((await readPdf(bytes)).pages.join(''));
    // The print edition's own address, in its colophon, and each section's, under its QR code.
    for (const address of [SEED, ...loadSections().map((s) => `${SEED}${s.data.slug}/`)]) {
      expect(text, address).toContain(shortAddress(address));
      expect(problem(address), address).toBeUndefined();
    }
    const links = await pdfLinks(bytes);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.resolves)).toEqual([]);
    for (const { url } of links) if (url) expect(problem(url), url).toBeUndefined();
  });

  it('lists in the sitemap only addresses of the build', () => {
    const { index, pages: listed } = sitemapUrls(site.dist);
    const locs = [...listed, ...index];
    expect(locs.length).toBeGreaterThan(1);
    for (const loc of locs) expect(problem(loc), loc).toBeUndefined();
  });
});
