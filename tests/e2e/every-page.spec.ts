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

    test('has a skip link to the main content', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到正文' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });

    test('shows where the keyboard focus is, on every kind of control', async ({ page }) => {
      await page.goto(path);
      // Keyboard use first, so that focus() then counts as keyboard focus (:focus-visible).
      await page.keyboard.press('Tab');
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
    });

    test('fits the viewport and does not shift, read to the end with its charts live and tables open', async ({
      page,
    }) => {
      // From the first byte: every shift a reader did not cause (as CLS counts them).
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
      // At a phone's pace (CPU four times slower): a page painted while it is
      // still arriving must not move what it has shown (the byline's share
      // control once did, right-aligned, as its words came in).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path);
      await readToTheEnd(page);
      for (const toggle of await page.locator('.chart-data-toggle summary').all()) await toggle.click();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([]);
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
      // What axe could not decide (contrast over an image, say) is looked at, not dropped: none is left.
      expect(results.incomplete.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  });
}
