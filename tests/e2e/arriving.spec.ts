import { expect, test } from '@playwright/test';
import { everyPage, sectionPages, watchShifts } from './site';

// A slow network hands the browser each page in pieces, and the browser
// paints what it has: a control beside a line of text, painted half-arrived,
// grew and wrapped; a link after a title moved as the title's words came in.
// Every section page and the first page of every other kind, at phone and
// desktop width, arrive here at a slow 3G's pace on a phone's CPU, and nothing
// painted may move (every-page.spec.ts checks the same for pages that arrive at once).
const sections = new Set(sectionPages());
const firstOfKind = new Map<string, string>();
for (const path of everyPage()) {
  const kind = sections.has(path) ? path : (path.split('/')[0] ?? '');
  if (!firstOfKind.has(kind)) firstOfKind.set(kind, path);
}

for (const path of firstOfKind.values()) {
  for (const width of [390, 1280]) {
    test(`/${path} at ${width} px moves nothing while it arrives slowly`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      const shifts = await watchShifts(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      // About 400 kbit/s with a 150 ms round trip: the HTML alone arrives in several pieces.
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 50_000,
        uploadThroughput: 50_000,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path, { waitUntil: 'load' });
      // Custom elements upgrade after the last byte: give them two frames.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await shifts()).toEqual([]);
    });
  }
}
