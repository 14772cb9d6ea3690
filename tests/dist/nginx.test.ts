import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor } from '../../deploy/headers.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
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
    expect(files.filter((f) => f.startsWith('_astro/')).length).toBeGreaterThan(0);
    for (const file of files) {
      const response = await get(`/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(
        file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
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

  it('compresses text for a browser that takes gzip', async () => {
    const response = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = Buffer.from(await response.arrayBuffer());
    // fetch has already unpacked what it announced; either way it is the page.
    const page = body[0] === 0x1f ? gunzipSync(body) : body;
    expect(page.toString('utf8')).toBe(readFileSync(join(distDir, 'index.html'), 'utf8'));
  });

  it('sends an address without its closing slash on to the page', async () => {
    const response = await get('/print');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/print/');
  });
});
