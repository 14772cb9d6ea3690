/**
 * The checks of every page, as one test a page: each page is read once, to
 * its end, for everything a reader sees (policy, shifts, accessibility, how
 * its headings break), then (on a page of each kind) loaded again for a
 * keyboard that starts at the top; each check is a step of its own in the
 * report (what it requested is counted until it has been read, before any
 * control is used). every-page.spec.ts runs them on every page,
 * every-kind.spec.ts on a page of every kind.
 */
import { expect, test } from '@playwright/test';
import { badHeadingLines } from './headings';
import {
  axeFindings,
  isEmbed,
  isSearchFile,
  pageKind,
  readToTheEnd,
  SCRIPTLESS_KINDS,
  watchErrors,
  watchPolicy,
  watchShifts,
} from './site';

/**
 * @param keyboard whether to load the page again for the keyboard: its skip
 * link and focus rings come from a page's kind (one template, one style
 * sheet) rather than from its words, so every-page.spec.ts takes them on a
 * page of every kind, and every-kind.spec.ts in every view.
 */
export function pageChecks(path: string, { keyboard = true } = {}): void {
  // A chart framed by another site is the chart alone: no site header, footer or skip link.
  const framed = isEmbed(path);
  test(`/${path} passes the checks of every page`, async ({ page }) => {
    const errors = watchErrors(page);
    const seen = await watchPolicy(page);
    const shifts = await watchShifts(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // Loaded at a phone's pace on a phone (CPU four times slower): a page
    // painted while it is still arriving must not move what it has shown
    // (the byline's share control once did, right-aligned, as its words
    // came in). Once it has arrived, it is read at full speed: what moves
    // then moves at any speed, and shifts are watched to the end.
    const cdp = await page.context().newCDPSession(page);
    const phone = test.info().project.use.isMobile === true;
    if (phone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const response = await page.goto(path);
    if (phone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    await test.step('is a well-formed Chinese page', async () => {
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      expect(await page.locator('meta[charset]').getAttribute('charset')).toMatch(/utf-8/i);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10,}/);
      await expect(page.getByRole('banner')).toHaveCount(framed ? 0 : 1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(framed ? 0 : 1);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
        'content',
        /default-src 'self'/,
      );
    });

    await test.step('reads to the end with its charts live, within its policy and its own host, without a font file', async () => {
      await readToTheEnd(page);
      const { violations, elsewhere } = await seen();
      expect(violations).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
      // The bundled font is for paper (print.spec.ts): a screen sets the text in the reader's own fonts.
      expect(requested.filter((url) => /\.(woff2?|ttf|otf)$/.test(new URL(url).pathname))).toEqual([]);
    });

    await test.step('loads a script only where a chart or a control needs one, and the search only on its page', async () => {
      // The pages of links and pictures alone: posters' pages, the front page, places' pages, the 404 page.
      const plain = SCRIPTLESS_KINDS.includes(pageKind(path));
      expect(
        (await page.locator('[data-chart], [data-share], [data-search]').count()) === 0,
        'has no chart or control',
      ).toBe(plain);
      const scripts = requested.filter((url) => /\.m?js$/.test(new URL(url).pathname));
      if (plain) {
        await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
        expect(scripts).toEqual([]);
      }
      if (!path.startsWith('search/')) expect(requested.filter(isSearchFile)).toEqual([]);
    });

    await test.step('fits the viewport and has not shifted since its first byte, its tables open', async () => {
      for (const toggle of await page.locator('.chart-data-toggle summary').all()) await toggle.click();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await shifts()).toEqual([]);
    });

    await test.step('has no accessibility violations (axe, WCAG 2.2 AA), its charts live and tables open', async () => {
      expect(await axeFindings(page)).toEqual({ violations: [], undecided: [] });
    });

    await test.step('sets no Chinese heading with a character alone on a line', async () => {
      expect(await badHeadingLines(page)).toEqual([]);
    });

    expect(errors).toEqual([]);
    if (!keyboard) return;
    // The keyboard from the top of a fresh page: nothing focused yet.
    await page.goto(path);

    if (!framed) {
      await test.step('has a skip link to the main content', async () => {
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: '跳到正文' });
        await expect(skip).toBeFocused();
        await expect(skip).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(/#main$/);
      });
    }

    await test.step('shows where the keyboard focus is, on every kind of control', async () => {
      // Keyboard use first, so that focus() then counts as keyboard focus (:focus-visible).
      await page.keyboard.press('Tab');
      const kinds = ['header a', 'main a[href]', 'main button', 'main summary', 'footer a'].map((k) => `${k}:visible`);
      let seenKinds = 0;
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
        seenKinds += 1;
      }
      // A framed chart has its links and its table's toggle; every other page a header and footer too.
      expect(seenKinds).toBeGreaterThanOrEqual(framed ? 2 : 3);
    });

    expect(errors).toEqual([]);
  });
}
