import { expect, test } from '@playwright/test';
import { arrivalMoves } from './arrival';
import { everyPage, sectionPages } from './site';

// A slow network hands the browser each page in pieces, and the browser
// paints what it has: a page's first box moved down when the margin of what
// came next reached through it; a link beside a half-arrived word moved as
// the word grew. Every section page and the first page of every other kind,
// at phone and desktop width, are painted here in every state they could
// arrive in (arrival.ts), and nothing painted may move. Scripts are off, as
// they are until the last byte: every-page.spec.ts checks the pages as
// their scripts wake.
test.use({ javaScriptEnabled: false });

const sections = new Set(sectionPages());
const firstOfKind = new Map<string, string>();
for (const path of everyPage()) {
  const kind = sections.has(path) ? path : (path.split('/')[0] ?? '');
  if (!firstOfKind.has(kind)) firstOfKind.set(kind, path);
}

for (const path of firstOfKind.values()) {
  for (const width of [390, 1280]) {
    test(`/${path} at ${width} px moves nothing while it arrives`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path, { waitUntil: 'load' });
      expect(await page.evaluate(arrivalMoves)).toEqual([]);
    });
  }
}
