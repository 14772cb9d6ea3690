// How `npm run bench:search` (./search.mjs) times a search: cold visits at
// phone size with the CPU slowed down, and the median of them.
import { VIEWPORT } from './bytes.mjs';
import { compressedSizes } from './sizes.mjs';

/** How much slower than this machine's the CPU is made (CDP Emulation.setCPUThrottlingRate). */
export const CPU_SLOWDOWN = 4;

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};

/**
 * One cold visit, the CPU slowed down: opens the page, then runs `measure`
 * on it, which resolves to milliseconds. Counts the bytes (gzip) of the
 * responses during `measure`, or of all of them (withPage).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ withPage?: boolean, init?: () => void, ready?: (page: import('@playwright/test').Page) => Promise<unknown>, measure: (page: import('@playwright/test').Page) => Promise<number> }} how
 */
export async function coldVisit(browser, url, { withPage = false, init, ready, measure }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let counting = withPage;
  /** @type {Promise<number>[]} */
  const sizes = [];
  page.on('response', (response) => {
    if (!counting) return;
    const type = (response.headers()['content-type'] ?? '').split(';')[0] ?? '';
    sizes.push(
      response.body().then(
        (body) => compressedSizes(body, type).gzip,
        () => 0,
      ),
    );
  });
  await page.goto(url);
  await ready?.(page);
  counting = true;
  const ms = await measure(page);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, bytes };
}
