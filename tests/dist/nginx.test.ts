import { existsSync, readFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor } from '../../deploy/headers.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { readArchive } from '../../src/lib/archive-files';
import { COMPRESSIBLE } from '../../src/lib/precompress.mjs';
import { nginxRules } from '../../src/lib/redirect-files.mjs';
import { movedPages, movedReviews, redirectRules } from '../../src/lib/redirects';
import { contentDir, siteUrl } from '../../src/lib/site-env.mjs';
import { absoluteUrl, reviewPath } from '../../src/lib/urls';
import { buildFiles, distDir, htmlFiles } from '../helpers/dist';

// The build as a real nginx serves it with the site's own configuration
// (deploy/nginx.conf), its redirect block written for the content the build
// was made from (CONTENT_DIR): every response carries the headers of
// deploy/headers.mjs, every old address of a review that moved answers with
// a permanent redirect to its new one, unknown addresses get the 404 page
// with its status.

const reviews = movedReviews(readArchive(contentDir(process.env.CONTENT_DIR)));

/** The address a reader asks for a file of the build by: a page's folder, any other file's own. */
const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
/** The compressed forms of files, which nginx sends in their files' place. */
const packed = (file: string) => /\.(br|gz)$/.test(file);

/**
 * Every old address of every page and file of each review that moved, from
 * the build itself (every file at its new address, at the old one), with
 * the address it now has. The root, now the archive's front page, stays.
 */
function oldAddresses(): { from: string; to: string }[] {
  return reviews.flatMap((review) => {
    const at = addressOf(reviewPath(review.meta));
    const rests = buildFiles()
      .filter((file) => !packed(file) && addressOf(file).startsWith(at))
      .map((file) => addressOf(file).slice(at.length));
    return review.meta.movedFrom.flatMap((former) =>
      rests.filter((rest) => rest || former !== '/').map((rest) => ({ from: `${former}${rest}`, to: `${at}${rest}` })),
    );
  });
}

/** Runs `check` on every item, some at a time: one nginx, many requests, none left waiting long. */
async function inBatches<T>(items: T[], check: (item: T) => Promise<void>, size = 16): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(check));
}

describe('the build served by nginx with deploy/nginx.conf', () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    server = await startNginx({ outDir: distDir, redirects: nginxRules(redirectRules(reviews)) });
  });
  afterAll(() => server?.stop());

  /**
   * A response read to its end. An unread body holds its connection until
   * the response is collected; with enough of them nginx runs short of
   * connections and closes idle ones, one of them under the next request.
   */
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(new URL(path, server.origin), { redirect: 'manual', headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  /** The response's bytes as sent: fetch would unpack what it announced. */
  const raw = (path: string, encoding: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      request(new URL(path, server.origin), { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  /** The response's values of the headers the rules set. */
  const ruled = (response: { headers: Headers }) =>
    Object.fromEntries(Object.keys(headersFor('/')).map((name) => [name, response.headers.get(name)]));
  const moved = new Set(oldAddresses().map((a) => a.from));
  /** The archive's own addresses: every page and file of the build that is not at an old address. */
  const current = (files: string[]) => files.filter((file) => !packed(file) && !moved.has(addressOf(file)));
  const pages = () => current(htmlFiles()).map(addressOf);

  it('sends every old address of a moved review on to the same page or file at its new one, with every header', async () => {
    const addresses = oldAddresses();
    expect(addresses.length).toBeGreaterThan(100);
    expect(addresses.map((a) => a.from)).toEqual(
      expect.arrayContaining([
        '/industry/',
        '/print/',
        '/posters/index/',
        '/posters/index.png',
        '/og/index.png',
        '/embed/industry-investment/',
        '/charts/industry-investment-wide-dark.webp',
        '/charts/industry-investment.csv',
        '/data/figures.csv',
        '/search-index.json',
        '/tongchuan-2020-review.pdf',
      ]),
    );
    // The old pages the build writes small pages for are among them, each with its small page.
    const absolute = (path: string) => absoluteUrl(siteUrl(process.env.SITE_URL), path);
    for (const page of movedPages(reviews, absolute)) {
      expect(addresses, page.from).toContainEqual({ from: `/${page.from}`, to: `/${page.to}` });
      expect(existsSync(join(distDir, page.from, 'index.html')), page.from).toBe(true);
    }
    await inBatches(addresses, async ({ from, to }) => {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
      expect(ruled(response), from).toEqual(headersFor(from));
      expect((await get(to)).status, to).toBe(200);
    });
  });

  it('keeps the query string of an old address, and changes nothing else', async () => {
    const query = '?from=timeline&q=%E9%93%9C%E5%B7%9D';
    await inBatches(oldAddresses(), async ({ from, to }) => {
      const response = await get(`${from}${query}`);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(`${to}${query}`);
    });
    // What a browser escaped stays escaped.
    expect((await get(`/posters/%E6%B5%B7%E6%8A%A5.png${query}`)).headers.get('location')).toBe(
      `/tongchuan/2020/posters/%E6%B5%B7%E6%8A%A5.png${query}`,
    );
  });

  it('redirects no address of the archive itself', async () => {
    const addresses = current(buildFiles()).map(addressOf);
    expect(addresses).toEqual(expect.arrayContaining(['/', '/search/', '/embed.js', '/tongchuan/2020/industry/']));
    await inBatches(addresses, async (address) => {
      expect((await get(address)).status, address).toBe(200);
    });
  });

  it('sends every page as HTML in UTF-8, with the headers of its path', async () => {
    expect(pages()).toEqual(
      expect.arrayContaining(['/', '/tongchuan/2020/print/', '/tongchuan/2020/posters/index/', '/404.html']),
    );
    for (const path of pages()) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(ruled(response), path).toEqual(headersFor(path));
    }
  });

  it('lets any site frame the charts made for it, and only the site itself frame any other page', async () => {
    const embeds = current(htmlFiles())
      .filter((file) => readFileSync(join(distDir, file), 'utf8').includes('<embed-page'))
      .map(addressOf);
    expect(embeds.length).toBeGreaterThan(0);
    for (const path of pages()) {
      const policy = (await get(path)).headers.get('content-security-policy');
      expect(policy, path).toBe(embeds.includes(path) ? 'frame-ancestors *' : "frame-ancestors 'self'");
    }
    // A frame that still points at a chart's old address follows its redirect.
    const old = oldAddresses().find((a) => embeds.includes(a.to));
    expect((await get(old?.from ?? '')).headers.get('content-security-policy')).toBe('frame-ancestors *');
  });

  it('answers an unknown address with the 404 page and the status 404', async () => {
    const notFound = readFileSync(join(distDir, '404.html'), 'utf8');
    for (const path of [
      '/no-such-page/',
      '/tongchuan/2020/embed/no-such-chart/',
      '/tongchuan/2020/posters/no-such-poster.png',
      '/_astro/no.js',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.text, path).toBe(notFound);
      expect(ruled(response), path).toEqual(headersFor('/404.html'));
    }
  });

  it('keeps the files named by their content for a year, and asks again for every other file', async () => {
    const files = current(buildFiles());
    const hashed = (file: string) => /^(_astro|code)\//.test(file);
    expect(files.filter((file) => file.startsWith('code/')).length).toBeGreaterThan(0);
    for (const file of files) {
      const response = await get(`/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(
        hashed(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });

  it('sends each kind of file as what it is', async () => {
    const type = async (path: string) => (await get(path)).headers.get('content-type');
    expect(await type('/embed.js')).toBe('application/javascript; charset=utf-8');
    expect(await type('/tongchuan/2020/posters/index.png')).toBe('image/png');
    expect(await type('/tongchuan/2020/data/figures.csv')).toBe('text/csv; charset=utf-8');
    expect(await type('/tongchuan/2020/data/figures.json')).toBe('application/json');
    expect(await type('/tongchuan/2020/tongchuan-2020-review.pdf')).toBe('application/pdf');
    expect(await type('/sitemap-index.xml')).toBe('text/xml; charset=utf-8');
  });

  it('sends every text file as the build compressed it, brotli or gzip as the browser takes, and each is the file', async () => {
    const text = current(buildFiles()).filter((file) => COMPRESSIBLE.test(file));
    expect(text).toEqual(
      expect.arrayContaining([
        'index.html',
        'tongchuan/2020/print/index.html',
        'embed.js',
        'tongchuan/2020/data/figures.json',
      ]),
    );
    for (const file of text) {
      const body = readFileSync(join(distDir, file));
      const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      for (const [encoding, ending, unpack] of [
        ['br', '.br', brotliDecompressSync],
        ['gzip', '.gz', gunzipSync],
      ] as const) {
        const packed = join(distDir, file + ending);
        // A file that would not shrink has no packed form and goes as it is.
        if (!existsSync(packed)) {
          expect(body.length, `${file}: not compressed though ${body.length} bytes`).toBeLessThan(300);
          continue;
        }
        const response = await raw(path, encoding);
        expect(response.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
        expect(response.body.equals(readFileSync(packed)), `${path}: not the build's ${ending}`).toBe(true);
        expect(unpack(response.body).equals(body), `${file}${ending} is not ${file}`).toBe(true);
      }
    }
  });

  it('sends a file as it is to a browser that takes no compression', async () => {
    const response = await raw('/', 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(readFileSync(join(distDir, 'index.html')))).toBe(true);
  });

  it('sends an address without its closing slash on to the page', async () => {
    const response = await get('/tongchuan/2020/print');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tongchuan/2020/print/');
  });
});
