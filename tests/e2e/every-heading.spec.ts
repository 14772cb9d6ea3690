import { expect, test } from '@playwright/test';
import { badHeadingLines, printedTextWidth } from './headings';
import { everyPage } from './site';

// Every page's Chinese headings in the views every-page.spec.ts does not
// read every page in: at 1280 px, light and dark, and on a phone in the
// dark scheme (playwright.config.ts); on paper, once, at the width of the
// printed page's text (paper is one width and light whatever the screen).
test('no page sets a Chinese heading with a character alone on a line, a word cut, or closing punctuation first', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const paper = test.info().project.name === 'desktop-light';
  const found: string[] = [];
  for (const path of everyPage()) {
    await page.goto(path);
    found.push(...(await badHeadingLines(page)).map((line) => `/${path}: ${line}`));
    if (!paper) continue;
    const screen = page.viewportSize();
    await page.setViewportSize({ width: printedTextWidth(), height: 900 });
    await page.emulateMedia({ media: 'print' });
    found.push(...(await badHeadingLines(page)).map((line) => `/${path} on paper: ${line}`));
    await page.emulateMedia({ media: null });
    if (screen) await page.setViewportSize(screen);
  }
  expect(found).toEqual([]);
});
