import { expect, test } from '@playwright/test';
import { arrivalMoves } from './arrival';
import { everyPage, pageKind, sectionPages } from './site';

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
  const kind = sections.has(path) ? path : pageKind(path);
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

// The model itself, on a page made to fail it: a margin that reaches through
// its parent, a right-aligned link that grows as its word arrives, and a
// mark in justified text, which may slide along its line and nothing else.
test('the arrival model finds what moves, and lets justified text spread', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(`
    <body style="margin: 0; font-size: 16px">
      <div id="row" style="display: flex; width: 300px"><span>标题</span><a id="grows" href="#" style="margin-left: auto">搜索一下</a></div>
      <main id="collapses" style="padding-bottom: 40px"><h1 style="margin: 40px 0 0">正文</h1></main>
      <p style="width: 300px; text-align: justify">一二三四五六七八九十一二三四五六七八甲乙<a id="slides" href="#">丙丁</a> Internationalization Internationalization</p>
    </body>`);
  // The mark does slide when the rest of its paragraph arrives, so the allowance is what keeps it out.
  const slide = await page.evaluate(() => {
    const mark = document.getElementById('slides')!;
    const rest = mark.nextSibling!;
    const end = mark.getBoundingClientRect().left;
    rest.remove();
    const before = mark.getBoundingClientRect().left;
    mark.after(rest);
    return Math.abs(end - before);
  });
  expect(slide).toBeGreaterThanOrEqual(3);
  const moves = await page.evaluate(arrivalMoves);
  expect(moves.map((line) => line.split(' ')[0])).toEqual(['<main#collapses>', '<a#grows>']);
});
