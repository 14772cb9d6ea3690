import { describe, expect, it } from 'vitest';
import type { Composed } from '../../src/import/compose';
import { linkIndicators } from '../../src/import/indicators';
import type { Figure } from '../../src/schemas/figure';
import { loadReview, loadSections } from '../helpers/content';

const figure = (id: string, label: string, value: number, unit: string, more: Partial<Figure> = {}): Figure => ({
  id,
  label,
  value,
  unit,
  kind: 'count',
  featured: false,
  quote: `${label}${value}${unit}`,
  ...more,
});

/** A review of 青原市 composed from an article, with these figures in one section. */
function composed(year: number, figures: Figure[]): Composed {
  const [section] = loadSections();
  if (!section) throw new Error('no section');
  return {
    review: { ...loadReview().data, place: 'qing-yuan', city: '青原市', year, slug: `qing-yuan-${year}-review` },
    sections: [{ file: 'sections/01-a.mdx', data: { ...section.data, figures }, blocks: [] }],
    report: {
      review: loadReview().data,
      reporters: [],
      sections: [],
      overviewCharts: [],
      unused: [],
      check: [],
    },
  } as unknown as Composed;
}

/** The place's earlier review in the archive, named 青原 (without 市), with these figures. */
function earlier(year: number, figures: Figure[]) {
  const [section] = loadSections();
  if (!section) throw new Error('no section');
  return {
    key: `qingyuan-${year}`,
    file: `content/qingyuan-${year}/review.yaml`,
    meta: { ...loadReview().data, place: 'qingyuan', city: '青原', year },
    sections: [{ id: 'a', file: `content/qingyuan-${year}/sections/01-a.mdx`, data: { ...section.data, figures } }],
  };
}

describe('linkIndicators', () => {
  it('takes the place and the indicators of the place’s other years, matching label, kind and unit', () => {
    const review = composed(2022, [
      figure('jobs', '城镇新增就业', 2.3, '万人'),
      figure('gdp', '地区生产总值', 438.9, '亿元'),
    ]);
    const notices = linkIndicators(review, [
      earlier(2021, [
        figure('jobs21', '城镇新增就业', 2.1, '万人', { indicator: 'urban-jobs' }),
        figure('gdp21', '地区生产总值', 412.6, '万元'),
      ]),
    ]);
    expect(review.review.place).toBe('qingyuan');
    expect(review.review.slug).toBe('qingyuan-2022-review');
    const [jobs, gdp] = review.sections[0]?.data.figures ?? [];
    expect(jobs?.indicator).toBe('urban-jobs');
    // Another unit is another indicator: an id of its own, taken by no figure of the place.
    expect(gdp?.indicator).toBe('di-qu-sheng-chan-zong-zhi');
    expect(notices.map((n) => n.message)).toEqual([
      'sections/01-a.mdx: jobs (城镇新增就业) continues 2021年城镇新增就业 2.1万人 as indicator urban-jobs: check that they measure the same, or remove indicator from the figure',
    ]);
  });

  it('asks the editor to name the indicator in the earlier year when it has none, touching no file of it', () => {
    const review = composed(2022, [figure('jobs', '城镇新增就业', 2.3, '万人')]);
    const before = earlier(2021, [figure('jobs21', '城镇新增就业', 2.1, '万人')]);
    const notices = linkIndicators(review, [before]);
    expect(review.sections[0]?.data.figures[0]?.indicator).toBe('cheng-zhen-xin-zeng-jiu-ye');
    expect(before.sections[0]?.data.figures[0]?.indicator).toBeUndefined();
    expect(notices[0]?.message).toBe(
      'sections/01-a.mdx: jobs (城镇新增就业) may continue 2021年城镇新增就业 2.1万人: to link them, add indicator: cheng-zhen-xin-zeng-jiu-ye to content/qingyuan-2021/sections/01-a.mdx: figures[0]',
    );
  });

  it('never joins two places, nor gives two figures of one review one indicator', () => {
    const review = composed(2022, [figure('a', '城镇新增就业', 2.3, '万人'), figure('b', '城镇新增就业', 1.1, '万人')]);
    const elsewhere = { ...earlier(2021, [figure('x', '城镇新增就业', 2.1, '万人', { indicator: 'urban-jobs' })]) };
    elsewhere.meta = { ...elsewhere.meta, place: 'baishi', city: '白石县' };
    expect(linkIndicators(review, [elsewhere])).toEqual([]);
    expect(review.review.place).toBe('qing-yuan');
    const [a, b] = review.sections[0]?.data.figures ?? [];
    expect(a?.indicator).toBe('cheng-zhen-xin-zeng-jiu-ye');
    expect(b?.indicator).toBe('cheng-zhen-xin-zeng-jiu-ye-2');
  });
});
