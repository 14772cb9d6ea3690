import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type { ImportReport } from '../../src/import/report';
import { axeFindings } from './site';

// The import report page as `npm run import` writes it beside the content
// (one file, no script, nothing fetched), opened from disk in Chromium.
const ARTICLES = [
  'tests/fixtures/import/qingyuan-2022.txt', // a deck line, lists, percentage points
  'tests/fixtures/import/yuechuan-2021.txt', // headings run in, 分别 lists, a bound inside a figure's quote
  'tests/fixtures/tongchuan-2020-review.txt', // the seed
];

/** Imports an article into a folder of its own and reads back its report, as data and as the page's address. */
function imported(article: string, worker: number): { report: ImportReport; url: string } {
  const root = join('.tmp', 'import-report', `${worker}`, article.replace(/\W+/g, '-'));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const out = join(root, 'content');
  const json = join(root, 'report.json');
  // This Node with tsx's loader, as `npm run import` runs it, without npx's second and a half.
  const args = ['--import', 'tsx', 'scripts/import.ts', article, '--out', out, '--json', json];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as ImportReport;
  // The review's own folder in the archive, where the page is written beside its files.
  const folder = `${report.review.place}-${report.review.edition ?? report.review.year}`;
  return { report, url: pathToFileURL(resolve(out, folder, 'import-report.html')).href };
}

/** An element's text as the page shows it in place, without the details shown on focus. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.tip').forEach((tip) => tip.remove());
  return copy.textContent ?? '';
}

/** The WCAG contrast ratio of an element's text colour on its own background colour. */
function contrast(element: Element): number {
  const style = getComputedStyle(element);
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
  return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
}

for (const article of ARTICLES) {
  test.describe(article, () => {
    // One worker takes an article's tests in turn: the article is imported once, not once a worker.
    test.describe.configure({ mode: 'default' });
    let report: ImportReport;
    let url: string;
    test.beforeAll(({}, info) => {
      ({ report, url } = imported(article, info.workerIndex));
    });

    test('highlights every figure of the report where it stands, its details on keyboard focus', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => void requests.push(r.url()));
      await page.goto(url);
      const figures = report.sections.flatMap((s) => s.figures);
      expect(figures.length).toBeGreaterThan(10);
      await expect(page.locator('mark.fig')).toHaveCount(figures.length);
      for (const figure of figures) {
        const mark = page.locator(`#L${figure.line} mark[data-figure="${figure.id}"]`);
        await expect(mark).toHaveCount(1);
        await expect(mark).toHaveClass(new RegExp(`\\b${figure.kind}\\b`));
        expect(await mark.evaluate(shownText)).toBe(figure.quote);
        const tip = mark.locator(':scope > .tip');
        await expect(tip).toBeHidden();
        await mark.focus();
        await expect(tip).toBeVisible();
        await expect(tip).toContainText(`${figure.kind} ${figure.value}`);
        await expect(tip).toContainText(figure.id);
        if (figure.unit) await expect(tip).toContainText(figure.unit);
      }
      expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    });

    test('marks every number it did not make a figure, with why', async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('.num')).toHaveCount(report.unused.length);
      for (const [n, unused] of report.unused.entries()) {
        const mark = page.locator(`#L${unused.line} .num[data-unused="${n}"]`);
        // A number runs at most to the end of the figure it stands in (10亿元以上 in 其中10亿元以上项目6个).
        expect(unused.text.startsWith(await mark.evaluate(shownText))).toBe(true);
        await mark.focus();
        await expect(mark.locator(':scope > .tip')).toBeVisible();
        await expect(mark.locator(':scope > .tip')).toContainText(unused.reason);
      }
    });

    test('shows the head and the sections as read, and Check these first', async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('h2').first()).toHaveText('Check these');
      for (const note of report.check) await expect(page.locator('.check')).toContainText(note.message);
      await expect(page.locator('dl.head')).toContainText(report.review.title);
      await expect(page.locator('.sections > li')).toHaveCount(report.sections.length);
      // The details show on hover too, and go when the pointer leaves.
      const mark = page.locator('mark.fig').first();
      await mark.hover();
      await expect(mark.locator(':scope > .tip')).toBeVisible();
      await page.mouse.move(0, 0);
      await expect(mark.locator(':scope > .tip')).toBeHidden();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        test(`has no axe-core finding and nothing wider than the screen, ${colorScheme} at ${width} px`, async ({
          page,
        }) => {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          expect(await axeFindings(page)).toEqual({ violations: [], undecided: [] });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          // The details panel lies over the text, so axe cannot tell its background: its own colours are measured.
          for (const selector of ['mark.fig', '.num']) {
            const mark = page.locator(selector).first();
            await mark.focus();
            const tip = mark.locator(':scope > .tip');
            await expect(tip).toBeVisible();
            expect(await tip.evaluate(contrast)).toBeGreaterThanOrEqual(4.5);
            const box = await tip.boundingBox();
            expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
          }
        });
      }
    }
  });
}
