import { expect, test, type Page } from '@playwright/test';
import { plainText } from '../../src/lib/section-body';
import { shortAddress } from '../../src/lib/urls';
import { loadReview, loadSections, sentences } from '../helpers/content';
import { readPdf } from '../helpers/pdf';
import { seed, sectionPages, watchErrors } from './site';

const sections = loadSections();
const { data: meta } = loadReview();

/** Relative luminance (WCAG) of a computed rgb()/rgba() colour. */
async function luminance(page: Page, selector: string, property: 'color' | 'backgroundColor'): Promise<number> {
  const value = await page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el)[p], property);
  const [r = 0, g = 0, b = 0] = (value.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

// The site's chrome, and what the share and chart work add to pages.
const chrome = {
  header: 'body > header',
  footer: 'body > footer',
  'skip link': 'a[href="#main"]',
  pager: 'nav[aria-label="上一部分与下一部分"]',
};
const controls = 'share-control, [data-share], .heading-link, .chart canvas';

test.describe('a section page printed straight after it loads, in the dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  for (const path of sectionPages()) {
    const section = sections.find((s) => seed(`${s.data.slug}/`) === path);

    test(`/${path}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path);
      for (const selector of [chrome.header, chrome.footer, chrome.pager]) {
        await expect(page.locator(selector)).toBeVisible();
      }
      expect(await luminance(page, 'body', 'backgroundColor')).toBeLessThan(0.1);

      await page.emulateMedia({ media: 'print' });
      for (const [name, selector] of Object.entries(chrome)) {
        await expect(page.locator(selector), name).toBeHidden();
      }
      for (const control of await page.locator(controls).all()) await expect(control).toBeHidden();

      // Light paper, dark ink, whatever the screen scheme.
      expect(await luminance(page, 'body', 'backgroundColor')).toBeGreaterThan(0.9);
      expect(await luminance(page, 'html', 'backgroundColor')).toBeGreaterThan(0.9);
      expect(await luminance(page, '.section-text p', 'color')).toBeLessThan(0.05);

      // Every chart as its static picture: paper's (light), not the screen's.
      // That the pictures come out in print, loaded and whole, the PDFs of
      // charts.spec.ts show: emulating print media loads nothing.
      for (const chart of await page.locator('.chart').all()) await expect(chart).toBeVisible();
      for (const screen of await page.locator('main .chart-screen').all()) await expect(screen).toBeHidden();
      for (const img of await page.locator('main .chart-paper img').all()) await expect(img).toBeVisible();

      // The whole text, and the way back online.
      const text = (await page.getByRole('main').innerText()).replace(/\s*\n\s*/g, '');
      for (const sentence of sentences(plainText(section?.body ?? ''))) expect(text).toContain(sentence);
      const address = page.locator('.online-address');
      await expect(address).toBeVisible();
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      expect(canonical).toMatch(new RegExp(`^https?://.+/${path}$`));
      await expect(address).toContainText(shortAddress(canonical));
      const qr = address.locator('svg');
      await expect(qr).toBeVisible();
      expect((await qr.boundingBox())?.width).toBeGreaterThan(40);
      expect(errors).toEqual([]);
    });
  }
});

test('the print edition prints from the browser: cover, contents, one page opening each section', async ({ page }) => {
  await page.goto(seed('print/'));
  const pdf = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  expect(pdf.pages.length).toBeGreaterThanOrEqual(sections.length + 3);
  // The machine's Noto Sans CJK maps some glyphs to Kangxi radicals (⼒ for
  // 力) when text is extracted; NFKC folds them back.
  const fold = (text: string) => text.replace(/\s+/g, '').normalize('NFKC');
  const head = fold(`${meta.title}——${meta.subtitle}`);
  // Each page's text without the running head and page number in its margins.
  const body = pdf.pages.map((p, i) =>
    fold(p)
      .replace(head, '')
      .replace(`${i + 1}/${pdf.pages.length}`, ''),
  );
  expect(body[0]).toContain(fold(meta.title));
  expect(body[1]).toMatch(/^目录/);
  for (const [i, s] of sections.entries()) {
    const opening = fold(`${String(i + 1).padStart(2, '0')}${s.data.title}`);
    expect(
      body.filter((p) => p.startsWith(opening)),
      opening,
    ).toHaveLength(1);
  }
});
