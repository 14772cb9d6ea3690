import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { everyPage, readToTheEnd, watchErrors, watchPolicy } from './site';

/**
 * Records, from the first byte, every layout shift a reader did not cause
 * (as CLS counts them: none after a click or a key); call the result to read them.
 */
async function watchShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map((s) =>
          s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node),
        );
        shifts.push(`${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${nodes.join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
}

// Runs at 390 px and 1280 px, light and dark (playwright.config.ts). One
// load of each page is read to its end as a reader would, with every chart
// live and every data table open, and checked on the way; keyboard use
// needs a fresh page of its own.
for (const path of everyPage()) {
  test.describe(`/${path}`, () => {
    test('reads to the end within its policy and its own host, without a shift, as a well-formed, accessible Chinese page', async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const seen = await watchPolicy(page);
      const shifts = await watchShifts(page);
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
      for (const toggle of await page.locator('.chart-data-toggle summary').all()) await toggle.click();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

      const { violations, elsewhere } = await seen();
      expect(violations, 'CSP violations').toEqual([]);
      expect(elsewhere, 'requests to other hosts').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      expect(await shifts(), 'layout shifts').toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'wider than the screen by').toBeLessThanOrEqual(0);

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const listed = (rules: typeof results.violations) =>
        rules.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(listed(results.violations), 'axe violations').toEqual([]);
      // What axe could not decide (contrast over an image, say) is looked at, not dropped: none is left.
      expect(listed(results.incomplete), 'axe could not decide').toEqual([]);
    });

    test('takes the keyboard: a skip link to the text, and focus that shows on every kind of control', async ({
      page,
    }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到正文' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();

      // focus() after keyboard use counts as keyboard focus (:focus-visible).
      const kinds = ['header a', 'main a[href]', 'main button', 'main summary', 'footer a'].map((k) => `${k}:visible`);
      let seen = 0;
      for (const kind of kinds) {
        const control = page.locator(kind).first();
        if ((await control.count()) === 0) continue;
        await control.scrollIntoViewIfNeeded();
        await control.focus();
        const box = await control.boundingBox();
        if (!box) throw new Error(`${kind} has no box`);
        // The outline is drawn around the box: look a little beyond it.
        const clip = {
          x: Math.max(0, box.x - 6),
          y: Math.max(0, box.y - 6),
          width: box.width + 12,
          height: box.height + 12,
        };
        const focused = await page.screenshot({ clip });
        await control.evaluate((el) => (el as HTMLElement).blur());
        const unfocused = await page.screenshot({ clip });
        expect(focused.equals(unfocused), `${kind} looks the same with and without focus`).toBe(false);
        seen += 1;
      }
      expect(seen).toBeGreaterThanOrEqual(3);

      await skip.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });
  });
}
