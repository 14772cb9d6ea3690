import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetFailures } from '../../scripts/bench/budgets.mjs';
import { compressedSizes, KB } from '../../scripts/bench/sizes.mjs';

type Report = Parameters<typeof budgetFailures>[0];
type PageBytes = Report['results'][number];

const page = (path: string, bytes: Partial<PageBytes> = {}): PageBytes => ({
  path,
  interactive: true,
  search: false,
  beforeScroll: 10 * KB,
  imagesBeforeScroll: 0,
  poster: 0,
  wholePage: 50 * KB,
  jsAtLoad: 2 * KB,
  jsLater: [],
  jsTotal: 2 * KB,
  images: 0,
  css: 6 * KB,
  brotli: { beforeScroll: 0, wholePage: 0, jsAtLoad: 0, jsTotal: 0, css: 0 },
  ...bytes,
});

const report = (results: PageBytes[], chartCode = 50 * KB, firstSearch = 30 * KB): Report => ({
  viewport: { width: 390, height: 844 },
  connection: '3G',
  base: '/',
  results,
  chartCode,
  chartCodeBrotli: 0,
  chartFiles: [],
  firstSearch: {
    path: '/search/?q=铜川',
    reviews: 1,
    bytes: firstSearch,
    brotli: 0,
    all: { bytes: firstSearch, brotli: 0 },
  },
});

describe('budgetFailures', () => {
  it('passes pages within every budget', () => {
    expect(budgetFailures(report([page('/'), page('/404.html', { interactive: false, jsTotal: 0 })]))).toEqual([]);
  });

  it('names the page and the budget each excess breaks', () => {
    const failures = budgetFailures(
      report(
        [
          page('/a/', { beforeScroll: BUDGETS.beforeScroll + 1 }),
          page('/b/', { jsAtLoad: BUDGETS.jsAtLoad + 1, css: BUDGETS.css + 1 }),
          page('/posters/b/', { interactive: false, jsTotal: 0, poster: BUDGETS.poster + 1 }),
          page('/404.html', { interactive: false, jsTotal: 100 }),
        ],
        BUDGETS.chartCode + 1,
        BUDGETS.firstSearch + 1,
      ),
    );
    expect(failures).toEqual([
      expect.stringMatching(/^\/a\/: before the first scroll/),
      expect.stringMatching(/^\/b\/: JavaScript at load/),
      expect.stringMatching(/^\/b\/: CSS/),
      expect.stringMatching(/^\/posters\/b\/: poster/),
      expect.stringMatching(/^\/404\.html: .* of JavaScript on a page without charts or controls/),
      expect.stringMatching(/^chart code/),
      expect.stringMatching(/^\/search\/\?q=铜川: first search/),
    ]);
  });
});

describe('compressedSizes', () => {
  it('compresses text and counts images as served', () => {
    const text = '铜川'.repeat(1000);
    const sizes = compressedSizes(text, 'text/html');
    expect(sizes.gzip).toBeLessThan(Buffer.byteLength(text) / 10);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
    expect(compressedSizes(Buffer.alloc(500), 'image/png')).toEqual({ gzip: 500, brotli: 500 });
  });
});
