import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/lib/search/documents';
import { testBuild } from '../helpers/build';

// One more MDX file in a review's sections/ (the seed's, in the tests' archive) and nothing else: the build must
// show the new section everywhere a section appears.
describe('a fifth section added as one file', () => {
  const site = testBuild('extra-section', undefined, { warm: true });
  const read = (path: string) => readFileSync(join(site.dist, 'tongchuan/2020', path), 'utf8');

  beforeAll(() => {
    copyFileSync('tests/fixtures/extra-section/05-fixture.mdx', join(site.review, 'sections', '05-fixture.mdx'));
    const { status, output } = site.build({ SITE_URL: 'https://example.org', BASE_PATH: '/review/' });
    if (status !== 0) throw new Error(output);
  });

  it('gets its own page', () => {
    expect(existsSync(join(site.dist, 'tongchuan/2020/fixture-extra/index.html'))).toBe(true);
    expect(read('fixture-extra/index.html')).toContain('第五部分由测试夹具加入');
  });

  it('appears on the overview and in every page’s navigation', () => {
    expect(read('index.html')).toContain('href="/review/tongchuan/2020/fixture-extra/"');
    expect(read('industry/index.html')).toContain('href="/review/tongchuan/2020/fixture-extra/"');
  });

  it('follows the last section in previous/next', () => {
    expect(read('party/index.html')).toMatch(/rel="next" href="\/review\/tongchuan\/2020\/fixture-extra\/"/);
    expect(read('fixture-extra/index.html')).toMatch(/rel="prev" href="\/review\/tongchuan\/2020\/party\/"/);
  });

  it('brings its chart: placed in its text, with its pictures and data', () => {
    const page = read('fixture-extra/index.html');
    expect(page).toContain('id="chart-fixture-chart"');
    expect(page).toContain('src="/review/tongchuan/2020/charts/fixture-chart-narrow.webp"');
    for (const file of [
      'fixture-chart.png',
      'fixture-chart-wide-dark.webp',
      'fixture-chart-wide-print.png',
      'fixture-chart.csv',
    ]) {
      expect(existsSync(join(site.dist, 'tongchuan/2020/charts', file)), file).toBe(true);
    }
    expect(read('charts/fixture-chart.csv')).toContain(
      'fixture-share,夹具里的样例占比,40.5,%,,,,占比40.5%,https://example.org/review/tongchuan/2020/fixture-extra/#quote-fixture-share',
    );
  });

  it('is found by the search: its opening, its topic and its figures, under the base path', () => {
    const index = JSON.parse(read('search-index.json')) as SearchIndex;
    const added = index.sections.findIndex((s) => s.path === '/review/tongchuan/2020/fixture-extra/');
    const docs = index.documents.filter((d) => d.section === added);
    expect(docs.map((d) => d.anchor)).toEqual([
      'fixture-extra-heading',
      'fixture-topic',
      'fig-fixture-count',
      'fig-fixture-share',
    ]);
    expect(docs.find((d) => d.anchor === 'fixture-topic')?.text).toBe('本部分共有样例12个，占比40.5%。（记者 测试）');
  });

  it('is in the print edition, in the sitemap and in the data files', () => {
    expect(read('print/index.html')).toContain('这是测试夹具加入的第五部分');
    expect(readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://example.org/review/tongchuan/2020/fixture-extra/</loc>',
    );
    const figures = JSON.parse(read('data/figures.json')) as { id: string; url: string }[];
    expect(figures.find((f) => f.id === 'fixture-count')?.url).toBe(
      'https://example.org/review/tongchuan/2020/fixture-extra/#fig-fixture-count',
    );
    expect(read('data/figures.csv')).toContain('fixture-share,fixture-extra,');
  });
});
