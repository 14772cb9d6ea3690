import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { sentOnPages } from '../../scripts/lib/pages.mjs';
import { readArchive } from '../../src/lib/archive-files';
import { basePath, contentDir, outDir } from '../../src/lib/site-env.mjs';
import { reviewPath } from '../../src/lib/urls';
import { axeFindings, siteAddress, watchErrors, watchPolicy } from './site';

// The small pages the build writes at the old addresses of a review that
// was at the site's root, for hosts that follow no redirect rules (the
// preview server serves files as they are): each sends the reader on at
// once to the page at its new address, names that address as canonical,
// links to it, passes axe and runs no script. A chart that another site
// still frames at its old address goes on working.

const base = basePath(process.env.BASE_PATH);
const seed = readArchive(contentDir(process.env.CONTENT_DIR)).reviews.find((r) => r.meta.movedFrom.includes('/'));
if (!seed) throw new Error('the build’s content has no review that was at the root');
/** Where an old address of the root leads: the same path below the review's address. */
const newPath = (old: string) => `${reviewPath(seed.meta)}${old}`;
const oldPages = sentOnPages(outDir()).map((path) => path.slice(base.length));

test('every small page at an old address names, links and sends the reader to the new address, and runs no script', () => {
  expect(oldPages).toEqual(
    expect.arrayContaining(['industry/', 'print/', 'posters/index/', 'embed/industry-investment/']),
  );
  for (const old of oldPages) {
    const page = parse(readFileSync(join(outDir(), old, 'index.html'), 'utf8'));
    const to = newPath(old);
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href'), old).toBe(siteAddress(to));
    expect(page.querySelector('meta[http-equiv=refresh]')?.getAttribute('content'), old).toBe(`0; url=${base}${to}`);
    expect(page.querySelector(`main a[href="${base}${to}"]`)?.textContent, old).toBe(siteAddress(to));
    expect(page.querySelector('meta[name=description]')?.getAttribute('content'), old).toContain(siteAddress(to));
    expect(page.querySelectorAll('script'), old).toHaveLength(0);
  }
});

for (const old of ['industry/', 'print/', 'posters/fig-new-firms/', 'embed/industry-investment/']) {
  test(`arriving at /${old} with no redirect rules lands on its new address`, async ({ page }) => {
    const errors = watchErrors(page);
    const seen = await watchPolicy(page);
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
    // First the small page alone: the new page answers 204, so the browser stays where it is.
    await page.route(`${base}${newPath(old)}`, (route) => route.fulfill({ status: 204 }));
    const refreshed = page.waitForRequest(`${base}${newPath(old)}`);
    await page.goto(old);
    await refreshed;
    expect(await axeFindings(page)).toEqual({ violations: [], undecided: [] });
    await expect(page.getByRole('link', { name: siteAddress(newPath(old)) })).toBeVisible();
    expect(scripts).toEqual([]);
    expect((await seen()).violations).toEqual([]);
    await page.unrouteAll();
    await page.goto(old);
    await page.waitForURL(`${base}${newPath(old)}`);
    const built = parse(readFileSync(join(outDir(), newPath(old), 'index.html'), 'utf8'));
    await expect(page).toHaveTitle(built.querySelector('title')?.textContent ?? '');
    expect(errors).toEqual([]);
  });
}

test.describe('served by nginx', () => {
  // One with the site's rules, one with its headers but no redirect block, as
  // a host that reads no rules serves it; each stopped once the browser has
  // let go of its connections.
  let withRules: Awaited<ReturnType<typeof startNginx>>;
  let withoutRules: Awaited<ReturnType<typeof startNginx>>;
  let newsroom: Server;
  let newsroomOrigin = '';
  test.beforeAll(async () => {
    withRules = await startNginx({ outDir: outDir() });
    withoutRules = await startNginx({ outDir: outDir(), redirects: [] });
    // Another site, on another origin, whose article frames the site's page at ?frame=<path>.
    newsroom = createServer((request, response) => {
      const framedPath = new URL(request.url ?? '', 'http://localhost').searchParams.get('frame') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>报道</title></head><body><iframe src="${withoutRules.origin}/${framedPath}" title="图表" width="600" height="400"></iframe></body></html>`,
      );
    });
    await new Promise<void>((listening) => newsroom.listen(0, '127.0.0.1', listening));
    newsroomOrigin = `http://localhost:${(newsroom.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await withRules?.stop();
    await withoutRules?.stop();
    await new Promise((closed) => newsroom?.close(closed));
  });

  test('an old address’s #fragment: a redirect rule keeps it, the small page cannot', async ({ page }) => {
    const [section] = seed.sections;
    const fragment = `#fig-${section?.data.figures[0]?.id}`;
    const old = `${section?.data.slug}/`;
    // The small page (the preview server): its meta refresh names the new page, without the fragment.
    await page.goto(`${old}${fragment}`);
    await page.waitForURL(`${base}${newPath(old)}`);
    // The rules: the browser puts the fragment back on the address the 301 gives.
    await page.goto(`${withRules.origin}/${old}${fragment}`);
    await expect(page).toHaveURL(`${withRules.origin}/${newPath(old)}${fragment}`);
    await expect(page.locator(fragment)).toBeInViewport();
  });

  test('a chart another site frames at its old address, on a host without rules, is sent on inside its frame', async ({
    page,
  }) => {
    const old = `embed/${seed.charts[0]?.model.id}/`;
    await page.goto(`${newsroomOrigin}/?frame=${old}`);
    const framed = () => page.frames().find((frame) => frame !== page.mainFrame());
    await expect.poll(() => framed()?.url()).toBe(`${withoutRules.origin}/${newPath(old)}`);
    await expect(page.frameLocator('iframe').locator('embed-page')).toBeVisible();
  });
});
