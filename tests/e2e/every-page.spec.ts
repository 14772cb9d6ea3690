import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { everyPage, readToTheEnd, watchErrors, watchPolicy } from './site';

// Runs at 390 px and 1280 px, light and dark (playwright.config.ts).
for (const path of everyPage()) {
  test.describe(`/${path}`, () => {
    test('is a well-formed Chinese page that reads to the end within its policy and its own host', async ({ page }) => {
      const errors = watchErrors(page);
      const seen = await watchPolicy(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      expect(await page.locator('meta[charset]').getAttribute('charset')).toMatch(/utf-8/i);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10,}/);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
        'content',
        /default-src 'self'/,
      );
      await readToTheEnd(page);
      const { violations, elsewhere } = await seen();
      expect(violations).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('has a skip link to the main content and a visible focus', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到正文' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });

    test('fits the viewport and does not shift', async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift).toBe(0);
    });

    test('has no accessibility violations (axe, WCAG 2.2 AA) with its charts live and tables open', async ({
      page,
    }) => {
      await page.goto(path);
      await readToTheEnd(page);
      for (const toggle of await page.locator('.chart-data-toggle summary').all()) await toggle.click();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  });
}
