import { existsSync, readFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor } from '../../deploy/headers.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { COMPRESSIBLE } from '../../src/lib/precompress.mjs';
import { buildFiles, distDir, htmlFiles } from '../helpers/dist';

// The build as a real nginx serves it with the site's own configuration
// (deploy/nginx.conf): every response carries the headers of
// deploy/headers.mjs, unknown addresses get the 404 page with its status.
describe('the build served by nginx with deploy/nginx.conf', () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    server = await startNginx({ outDir: distDir });
  });
  afterAll(() => server?.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, server.origin), { redirect: 'manual', headers });
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
  const ruled = (response: Response) =>
    Object.fromEntries(Object.keys(headersFor('/')).map((name) => [name, response.headers.get(name)]));
  const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;
  const pages = () => htmlFiles().map(pagePath);

  it('sends every page as HTML in UTF-8, with the headers of its path', async () => {
    expect(pages()).toEqual(expect.arrayContaining(['/', '/print/', '/posters/index/', '/404.html']));
    for (const path of pages()) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(ruled(response), path).toEqual(headersFor(path));
    }
  });

  it('lets any site frame the charts made for it, and only the site itself frame any other page', async () => {
    const embeds = pages().filter((p) => p.startsWith('/embed/'));
    expect(embeds.length).toBeGreaterThan(0);
    for (const path of pages()) {
      const policy = (await get(path)).headers.get('content-security-policy');
      expect(policy, path).toBe(embeds.includes(path) ? 'frame-ancestors *' : "frame-ancestors 'self'");
    }
  });

  it('answers an unknown address with the 404 page and the status 404', async () => {
    const notFound = readFileSync(join(distDir, '404.html'), 'utf8');
    for (const path of ['/no-such-page/', '/embed/no-such-chart/', '/posters/no-such-poster.png', '/_astro/no.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(notFound);
      expect(ruled(response), path).toEqual(headersFor('/404.html'));
    }
  });

  it('keeps the files named by their content for a year, and asks again for every other file', async () => {
    const files = buildFiles();
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
    expect(await type('/posters/index.png')).toBe('image/png');
    expect(await type('/data/figures.csv')).toBe('text/csv; charset=utf-8');
    expect(await type('/data/figures.json')).toBe('application/json');
    expect(await type('/sitemap-index.xml')).toBe('text/xml; charset=utf-8');
  });

  it('sends every text file as the build compressed it, brotli or gzip as the browser takes, and each is the file', async () => {
    const text = buildFiles().filter((file) => COMPRESSIBLE.test(file));
    expect(text).toEqual(expect.arrayContaining(['index.html', 'print/index.html', 'embed.js', 'data/figures.json']));
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
    const response = await get('/print');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/print/');
  });
});
