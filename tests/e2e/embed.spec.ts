import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame } from '@playwright/test';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { HEIGHT_MESSAGE } from '../../src/lib/embed';
import { outDir } from '../../src/lib/site-env.mjs';
import { loadSections } from '../helpers/content';
import { seed, siteAddress, watchErrors, watchPolicy } from './site';

// A chart framed on another site, as a newsroom would place it: the code
// that 嵌入 gives, on a page of another origin with a strict policy of its
// own; the site served by nginx with its own headers (deploy/nginx.conf).

const [section] = loadSections();
const chart = section?.data.charts[0];
if (!section || !chart) throw new Error('the first section has no chart');

let site: Awaited<ReturnType<typeof startNginx>>;
let newsroom: Server;
let newsroomOrigin = '';
/** The newsroom's pages, by path: set by each test. */
const newsroomPages = new Map<string, string>();

test.beforeAll(async () => {
  site = await startNginx({ outDir: outDir() });
  // Another origin on this machine: "localhost" and another port.
  newsroom = createServer((request, response) => {
    const html = newsroomPages.get(request.url ?? '');
    response.writeHead(html ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${site.origin}; frame-src 'self' ${site.origin}`,
    });
    response.end(html ?? '');
  });
  await new Promise<void>((listening) => newsroom.listen(0, '127.0.0.1', listening));
  newsroomOrigin = `http://localhost:${(newsroom.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await site?.stop();
  await new Promise((closed) => newsroom?.close(closed));
});

/** A newsroom's article with this code between two paragraphs. */
const article = (code: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>报道</title></head><body><p>前文</p>${code}<p>后文</p></body></html>`;

/** The site's addresses in the code, as nginx serves the site here. */
const servedHere = (code: string) => code.replaceAll(siteAddress(), `${site.origin}/`);

/** The framed page's own height, as its <embed-page> measures itself. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => String(Math.ceil(document.querySelector('embed-page')?.getBoundingClientRect().height ?? 0)));

test('a chart framed on another site renders, fits its frame as it grows, and breaks no policy on either side', async ({
  page,
}) => {
  await page.goto(seed(`${section.data.slug}/`));
  const embed = page.locator(`#chart-${chart.id} .chart-embed`);
  await embed.locator('summary').click();
  const code = await embed.locator('code').textContent();
  expect(code).toContain(`src="${siteAddress(seed(`embed/${chart.id}/`))}"`);

  newsroomPages.set('/article.html', article(servedHere(code ?? '')));
  const errors = watchErrors(page);
  const seen = await watchPolicy(page);
  await page.goto(`${newsroomOrigin}/article.html`);

  const iframe = page.locator('iframe');
  const guessed = /height="(\d+)"/.exec(code ?? '')?.[1];
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chart.title);
  await expect
    .poll(() =>
      frame
        .locator('chart-island img')
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);

  const inner = page.frames().find((f) => f.url().startsWith(`${site.origin}/${seed('embed/')}`));
  if (!inner) throw new Error('the chart’s frame is not from the site');
  // Sized to its content, which is not the height the code guessed.
  await expect.poll(async () => (await iframe.getAttribute('height')) === (await contentHeight(inner))).toBe(true);
  const fitted = await iframe.getAttribute('height');
  expect(fitted).not.toBe(guessed);

  // The reader opens the table: the frame grows with it.
  await frame.locator('.chart-data-toggle summary').click();
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(Number(fitted));
  expect(await iframe.getAttribute('height')).toBe(await contentHeight(inner));

  // The reader points at the chart: it comes alive inside the frame.
  await frame.locator('chart-island').hover();
  await expect(frame.locator('chart-island')).toHaveAttribute('data-state', 'live');

  expect((await seen()).violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('the sizing script heeds no frame but the site’s own', async ({ page }) => {
  await page.goto(seed(`${section.data.slug}/`));
  const code = await page.locator(`#chart-${chart.id} .chart-embed code`).textContent();
  // Beside the chart, a frame of the newsroom's own origin (an advertisement, say).
  newsroomPages.set('/other.html', article(''));
  newsroomPages.set(
    '/article.html',
    article(`${servedHere(code ?? '')}<iframe src="/other.html" height="100" title="其他"></iframe>`),
  );
  await page.goto(`${newsroomOrigin}/article.html`);
  const chartFrame = page.locator(`iframe[src^="${site.origin}"]`);
  const otherFrame = page.locator('iframe[src="/other.html"]');
  const framed = () => page.frames().find((f) => f.url().startsWith(`${site.origin}/${seed('embed/')}`));
  // The script is running: it has fitted the chart's frame.
  await expect
    .poll(async () => {
      const frame = framed();
      return frame && (await chartFrame.getAttribute('height')) === (await contentHeight(frame));
    })
    .toBe(true);

  // The other frame posts what the chart's would. Once the message after it
  // has arrived, the script has heard it too, and must have done nothing.
  const other = page.frames().find((f) => f.url() === `${newsroomOrigin}/other.html`);
  if (!other) throw new Error('the other frame did not load');
  await page.evaluate(() =>
    addEventListener('message', (e) => e.data === 'after' && Object.assign(window, { heardAfter: true })),
  );
  await other.evaluate((key) => {
    parent.postMessage({ [key]: 5 }, '*');
    parent.postMessage('after', '*');
  }, HEIGHT_MESSAGE);
  await expect.poll(() => page.evaluate(() => 'heardAfter' in window)).toBe(true);
  expect(await otherFrame.getAttribute('height')).toBe('100');
});

test('every other page of the site refuses to be framed by another site', async ({ page }) => {
  for (const path of [seed(`${section.data.slug}/`), seed(), seed(`posters/${section.data.slug}/`), '']) {
    newsroomPages.set('/framed.html', article(`<iframe src="${site.origin}/${path}" title="x"></iframe>`));
    const refused = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
    await page.goto(`${newsroomOrigin}/framed.html`);
    expect((await refused).text()).toContain(site.origin);
    await expect(page.frameLocator('iframe').getByRole('heading')).toHaveCount(0);
  }
});
