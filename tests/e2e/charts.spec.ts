import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pdfImages, printedFiles } from '../../scripts/lib/pictures.mjs';
import { PALETTES } from '../../src/lib/palette';
import { basePath, outDir } from '../../src/lib/site-env.mjs';
import { loadReview, loadSections } from '../helpers/content';
import { archive, readToTheEnd, seed, watchErrors } from './site';

const sections = loadSections();
const overview = loadReview().data.charts;

/** An indicator's page, whose chart draws a figure across its place's years. */
const indicators = archive.places.flatMap((p) =>
  p.indicators.map((i) => [`${p.slug}/indicators/${i.id}/`, [i.id]] as [string, string[]]),
);

/** Each page with charts and the ids of the charts it must show: the seed's, and an indicator's. */
const chartPages: [string, string[]][] = [
  [seed(), overview.map((c) => c.id)],
  ...sections.map((s): [string, string[]] => [seed(`${s.data.slug}/`), s.data.charts.map((c) => c.id)]),
  [seed('print/'), sections.flatMap((s) => s.data.charts.map((c) => c.id))],
  ...indicators.slice(0, 1),
].filter(([, ids]) => ids.length > 0) as [string, string[]][];

/** The pages whose charts come alive: all but the print edition, whose charts are their pictures. */
const livePages = chartPages.filter(([path]) => path !== seed('print/'));

const isChartCode = (url: string) => /chart-runtime/.test(url);

/**
 * Scrolls a chart near the viewport (by at least a pixel: a chart already in
 * view at load waits for the reader's first scroll) and waits until the
 * island has replaced its picture.
 */
async function hydrate(chart: Locator): Promise<Locator> {
  await chart.scrollIntoViewIfNeeded();
  await chart.page().mouse.wheel(0, 1);
  const island = chart.locator('chart-island');
  await expect(island).toHaveAttribute('data-state', 'live');
  return island;
}

/** Counts the canvas pixels that are (nearly) one colour. */
function canvasPixelsOf(island: Locator, hex: string): Promise<number> {
  return island.locator('canvas').evaluate((canvas: HTMLCanvasElement, colour) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) count++;
    }
    return count;
  }, hex);
}

/** The canvas as it is drawn the moment the island goes live, and a second later. */
async function firstAndLastFrame(page: Page, chart: Locator): Promise<[string, string]> {
  const first = chart.evaluate(
    (figure) =>
      new Promise<string>((resolve) => {
        const island = figure.querySelector('chart-island');
        if (!island) return resolve('');
        new MutationObserver(() => {
          const canvas = island.querySelector('canvas');
          if (canvas) resolve(canvas.toDataURL());
        }).observe(island, { attributes: true, attributeFilter: ['data-state'] });
      }),
  );
  await chart.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 1);
  const start = await first;
  return [start, await settledFrame(chart.locator('canvas'))];
}

/** The canvas once it has stopped changing: what an animation ends on. */
async function settledFrame(canvas: Locator): Promise<string> {
  const frame = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  let last = '';
  await expect
    .poll(async () => {
      const now = await frame();
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

test.describe('chart code', () => {
  test('/print/: is not on the page, whose charts are their pictures', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(seed('print/'));
    await readToTheEnd(page);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await expect(page.locator('chart-island')).toHaveCount(0);
    await expect(page.locator('figure.chart .chart-frame img.chart-paper')).toHaveCount(
      chartPages.find(([path]) => path === seed('print/'))?.[1].length ?? -1,
    );
  });

  for (const [path] of livePages) {
    test(`/${path}: is not requested before the reader scrolls, then hydrates the chart`, async ({ page }) => {
      // The island's own script is in the page: no script file is fetched
      // before the reader scrolls, then one, the chart code.
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
      const chart = page.locator('figure.chart').first();
      await expect(chart.locator('chart-island')).not.toHaveAttribute('data-state', 'live');

      await hydrate(chart);
      expect(scripts).toHaveLength(1);
      expect(scripts.filter(isChartCode)).toHaveLength(1);
    });
  }

  test.describe('on a screen tall enough to show a chart at load', () => {
    test.use({ viewport: { width: 1280, height: 4000 } });
    test('the chart waits for the reader to point at it @sub-path', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(seed('industry/'));
      await page.waitForLoadState('networkidle');
      const island = page.locator('figure.chart chart-island').first();
      await expect(island).toBeInViewport();
      expect(requests.filter(isChartCode)).toEqual([]);
      await island.hover();
      await expect(island).toHaveAttribute('data-state', 'live');
    });
  });

  for (const [path, ids] of livePages) {
    test(`/${path}: every chart is there, hydrates when scrolled to and draws`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path);
      const charts = page.locator('figure.chart');
      await expect(charts).toHaveCount(ids.length);
      for (const id of ids) {
        const chart = page.locator(`figure#chart-${id}`);
        const island = await hydrate(chart);
        await expect(island.locator('canvas')).toBeVisible();
        for (const picture of await island.locator('picture').all()) await expect(picture).toBeHidden();
        // Not blank: the bars or slots are drawn in the accent colour.
        await expect.poll(() => canvasPixelsOf(island, PALETTES.light.accent)).toBeGreaterThan(500);
        await expect(island.locator('canvas')).toHaveAccessibleName(/。$/);
      }
      expect(errors).toEqual([]);
    });
  }

  test('the live chart takes the picture’s place without shifting the page', async ({ page }) => {
    await page.goto(seed('party/'));
    const chart = page.locator('figure.chart').first();
    const before = await chart.locator('chart-island').boundingBox();
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift' });
    });
    const island = await hydrate(chart);
    await settledFrame(island.locator('canvas'));
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    const after = await island.boundingBox();
    const canvas = await island.locator('canvas').boundingBox();
    expect(after?.height).toBe(before?.height);
    expect(canvas?.height).toBeCloseTo(before?.height ?? 0, 0);
  });

  test('cleans up when its chart is removed, and draws again when put back', async ({ page }) => {
    await page.goto(seed('party/'));
    const chart = page.locator('figure.chart').first();
    await hydrate(chart);
    const left = await chart.evaluate((figure) => {
      const island = figure.querySelector('chart-island') as HTMLElement;
      island.remove();
      const state = { canvas: island.querySelector('canvas') !== null, live: island.dataset.state === 'live' };
      figure.append(island);
      return state;
    });
    expect(left).toEqual({ canvas: false, live: false });
    await hydrate(chart);
    await expect(chart.locator('canvas')).toHaveCount(1);
  });
});

test.describe('motion and colour', () => {
  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('the chart is drawn whole at once', async ({ page }) => {
      await page.goto(seed('party/'));
      const [first, last] = await firstAndLastFrame(page, page.locator('figure.chart').first());
      expect(first.length).toBeGreaterThan(1000);
      expect(first).toBe(last);
    });
  });

  test.describe('without a preference', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('the chart animates in', async ({ page }) => {
      await page.goto(seed('party/'));
      const [first, last] = await firstAndLastFrame(page, page.locator('figure.chart').first());
      expect(first).not.toBe(last);
    });
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('the live chart uses the dark palette', async ({ page }) => {
      await page.goto(seed('livelihood/'));
      const chart = page.locator('figure.chart').first();
      const island = await hydrate(chart);
      await expect.poll(() => canvasPixelsOf(island, PALETTES.dark.accent)).toBeGreaterThan(500);
      expect(await canvasPixelsOf(island, PALETTES.light.accent)).toBe(0);
    });
  });

  test('a live chart follows a change of colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(seed('livelihood/'));
    const island = await hydrate(page.locator('figure.chart').first());
    await expect.poll(() => canvasPixelsOf(island, PALETTES.light.accent)).toBeGreaterThan(500);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => canvasPixelsOf(island, PALETTES.dark.accent)).toBeGreaterThan(500);
    expect(await canvasPixelsOf(island, PALETTES.light.accent)).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, ids] of chartPages) {
    test(`/${path}: every chart shows its picture, its table, its source and downloads`, async ({ page }) => {
      await page.goto(path);
      for (const id of ids) {
        const chart = page.locator(`figure#chart-${id}`);
        await chart.scrollIntoViewIfNeeded();
        const img = chart.locator('.chart-screen img');
        await expect(img).toBeVisible();
        await expect(img).toHaveJSProperty('complete', true);
        expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
        await expect(img).toHaveAttribute('alt', /。$/);
        await expect(chart.locator('.chart-paper')).toBeHidden();
        const table = chart.getByRole('table');
        await expect(table).toHaveAccessibleName(/：数据$/);
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
        await expect(chart.getByRole('link', { name: /数据（CSV）/ })).toHaveAttribute('href', /charts\/.+\.csv$/);
        await expect(chart.getByRole('link', { name: /图片（PNG）/ })).toHaveAttribute('href', /charts\/.+\.png$/);
        await expect(chart.locator('.chart-source a').first()).toHaveAttribute('href', /#quote-/);
      }
    });
  }

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('the picture is the dark one', async ({ page }) => {
      await page.goto(seed('livelihood/'));
      const chart = page.locator('figure.chart').first();
      await chart.scrollIntoViewIfNeeded();
      const img = chart.locator('.chart-screen img');
      await expect(img).toBeVisible();
      await expect(img).toHaveJSProperty('complete', true);
      expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/-dark\.webp$/);
    });
  });

  test('the data table is read always and shown on request', async ({ page }) => {
    await page.goto(seed('livelihood/'));
    const chart = page.locator('figure.chart').first();
    const table = chart.getByRole('table');
    // In the accessibility tree while visually hidden …
    await expect(table).toBeAttached();
    const box = chart.locator('.chart-table');
    expect((await box.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    const snapshot = await chart.ariaSnapshot();
    expect(snapshot).toContain('table "空气质量两项排名均居第一：数据"');
    expect(snapshot).toContain('cell "第1（共5）"');
    // … and shown on screen when asked for.
    await chart.getByText('查看数据表').click();
    expect((await box.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await expect(table.getByRole('cell', { name: '汾渭平原11个地市' })).toBeVisible();
  });
});

test.describe('pictures', () => {
  /** The chart pictures the page asks for, by file name. */
  const pictures = (requests: string[]) =>
    requests
      .map((url) => new URL(url).pathname.split('/').pop() ?? '')
      .filter((name) => /^[\w-]+\.(png|webp)$/.test(name));

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in the ${colorScheme} scheme`, () => {
      test.use({ colorScheme, viewport: { width: 390, height: 844 } });
      for (const [path, ids] of chartPages) {
        test(`/${path}: each chart's picture in the reader's scheme, fetched when the chart comes near`, async ({
          page,
        }) => {
          const requests: string[] = [];
          page.on('request', (r) => requests.push(r.url()));
          await page.goto(path, { waitUntil: 'networkidle' });
          // Charts further than two screens below the first are not fetched before the reader scrolls.
          const far = await page.evaluate(() =>
            [...document.querySelectorAll('figure.chart')]
              .filter((c) => c.getBoundingClientRect().top > 3 * innerHeight)
              .map((c) => c.id.replace(/^chart-/, '')),
          );
          const atLoad = pictures(requests);
          for (const id of far)
            expect(
              atLoad.filter((p) => p.startsWith(`${id}-`)),
              id,
            ).toEqual([]);

          await readToTheEnd(page);
          await page.waitForLoadState('networkidle');
          const own = colorScheme === 'dark' ? /-dark\.webp$/ : /-(narrow|wide)\.webp$/;
          for (const id of ids) {
            const fetched = pictures(requests).filter((p) => p.startsWith(`${id}-`));
            expect(fetched, id).toHaveLength(1);
            expect(fetched[0], id).toMatch(own);
          }
        });
      }
    });
  }
});

// Printing straight after load, without scrolling, loads every picture that
// is not yet there: Chromium fetches every lazy image before it prints (in
// page.pdf() as in its print preview: scripts/print-preview.mjs) and waits
// for them. Each chart must come out once, whole on one page, as paper's
// picture, in every case.
test.describe('printing straight after load', () => {
  /** Prints the page and checks each chart's paper picture came out once, pixel for pixel, within a page. */
  async function expectChartsPrinted(page: Page, path: string) {
    const charts = await page.locator('figure.chart').count();
    const sources = await page
      .locator('figure.chart img.chart-paper')
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(sources, `/${path}: a paper picture a chart`).toHaveLength(charts);
    const files = sources.map((src) =>
      join(outDir(), new URL(src).pathname.slice(basePath(process.env.BASE_PATH).length)),
    );
    const printed = await pdfImages(await page.pdf({ format: 'A4' }));
    expect((await printedFiles(printed, files)).sort(), `/${path}: the pictures in the PDF`).toEqual([...files].sort());
    for (const { box, pageSize } of printed) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(pageSize.width);
      expect(box.y + box.height).toBeLessThanOrEqual(pageSize.height);
    }
  }

  for (const javaScriptEnabled of [true, false]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript, ${colorScheme} scheme`, () => {
        test.use({ javaScriptEnabled, colorScheme });
        test('every chart prints whole, as paper’s picture', async ({ page }) => {
          for (const [path] of chartPages) {
            await page.goto(path);
            await expectChartsPrinted(page, path);
          }
        });
      });
    }
  }

  test('a live chart prints as its picture too, never as its canvas', async ({ page }) => {
    for (const [path] of livePages) {
      await page.goto(path);
      await hydrate(page.locator('figure.chart').last());
      await expectChartsPrinted(page, path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('figure.chart canvas').first()).toBeHidden();
      // Back to no emulation: page.pdf() under emulated screen media would print the screen.
      await page.emulateMedia({ media: null });
    }
  });
});

test('each chart’s data downloads as CSV with one row a figure', async ({ request }) => {
  for (const chart of [...sections.flatMap((s) => s.data.charts), ...overview]) {
    const response = await request.get(seed(`charts/${chart.id}.csv`));
    expect(response.status()).toBe(200);
    const rows = (await response.text()).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(chart.figures.length + 1);
    const png = await request.get(seed(`charts/${chart.id}.png`));
    expect(png.headers()['content-type']).toBe('image/png');
  }
});
