import { describe, expect, it } from 'vitest';
import { archivePlan } from '../../scripts/bench/generate.mjs';
import { perAddedReview, searchGrowthFailures, spread, warmShare } from '../../scripts/bench/growth.mjs';
import { BUDGETS } from '../../scripts/bench/budgets.mjs';
import { KB } from '../../scripts/bench/sizes.mjs';
import { pageKind } from '../../scripts/bench/tables.mjs';

describe('archivePlan', () => {
  it('gives every review its own folder and address, every fourth a second edition of the place before', () => {
    const plan = archivePlan(8, 2020);
    expect(plan.slice(0, 5)).toEqual([
      { folder: 'bench-01-2020', place: 'bench-01', path: '/bench-01/2020/' },
      { folder: 'bench-02-2020', place: 'bench-02', path: '/bench-02/2020/' },
      { folder: 'bench-03-2020', place: 'bench-03', path: '/bench-03/2020/' },
      { folder: 'bench-03-2020-b', place: 'bench-03', edition: '2020-b', path: '/bench-03/2020-b/' },
      { folder: 'bench-04-2020', place: 'bench-04', path: '/bench-04/2020/' },
    ]);
    expect(plan[7]).toMatchObject({ place: 'bench-06', edition: '2020-b' });
  });

  it('has 20 distinct reviews in 15 places for the benchmark’s archive', () => {
    const plan = archivePlan(20, 2020);
    expect(new Set(plan.map((r) => r.folder)).size).toBe(20);
    expect(new Set(plan.map((r) => r.path)).size).toBe(20);
    expect(new Set(plan.map((r) => r.place)).size).toBe(15);
    expect(plan.every((r) => /^[a-z0-9-]+$/.test(r.place))).toBe(true);
  });

  it('plans nothing for no review', () => {
    expect(archivePlan(0, 2020)).toEqual([]);
  });
});

describe('perAddedReview', () => {
  it('divides what grew between sizes by the reviews added, leaving out the fixed cost', () => {
    // 30 s whatever the size, 10 s a review.
    const points = [1, 5, 20].map((reviews) => ({ reviews, value: 30 + 10 * reviews }));
    expect(perAddedReview(points)).toEqual([
      { from: 1, to: 5, perReview: 10 },
      { from: 5, to: 20, perReview: 10 },
    ]);
  });

  it('needs two sizes, fewest reviews first', () => {
    expect(perAddedReview([{ reviews: 1, value: 5 }])).toEqual([]);
    expect(() =>
      perAddedReview([
        { reviews: 5, value: 1 },
        { reviews: 5, value: 2 },
      ]),
    ).toThrow(/fewer reviews to more/);
  });
});

describe('spread', () => {
  it('is the largest over the smallest', () => {
    expect(spread([10, 12, 15])).toBe(1.5);
    expect(spread([8, 8])).toBe(1);
  });

  it('says nothing for one value or one not above zero', () => {
    expect(spread([10])).toBeNull();
    expect(spread([10, 0])).toBeNull();
    expect(spread([10, -2])).toBeNull();
  });
});

describe('warmShare', () => {
  it('is under a third only below it', () => {
    expect(warmShare(300, 60)).toEqual({ share: 0.2, underAThird: true });
    expect(warmShare(300, 100).underAThird).toBe(false);
    expect(warmShare(300, 150)).toEqual({ share: 0.5, underAThird: false });
  });
});

describe('searchGrowthFailures', () => {
  it('passes a first search within budget that grows by less than the per-review budget', () => {
    expect(
      searchGrowthFailures([
        { reviews: 1, bytes: 21 * KB },
        { reviews: 20, bytes: 21 * KB + 19 * 100 },
      ]),
    ).toEqual([]);
  });

  it('names the search over budget for one review, and each growth at or over the per-review budget', () => {
    const failures = searchGrowthFailures([
      { reviews: 1, bytes: BUDGETS.firstSearch + 1 },
      { reviews: 5, bytes: BUDGETS.firstSearch + 1 + 4 * BUDGETS.firstSearchPerReview },
      { reviews: 20, bytes: BUDGETS.firstSearch + 1 + 4 * BUDGETS.firstSearchPerReview + 15 * 100 },
    ]);
    expect(failures).toEqual([
      expect.stringMatching(/^first search with 1 review\(s\): 40\.0 KB > 40\.0 KB$/),
      expect.stringMatching(/^first search from 1 to 5 reviews: 2\.0 KB per added review ≥ 2\.0 KB$/),
    ]);
  });

  it('checks nothing without a search', () => {
    expect(searchGrowthFailures([])).toEqual([]);
  });
});

describe('pageKind', () => {
  it('names each kind of page of the archive by its route', () => {
    expect(
      [
        '/',
        '/404.html',
        '/search/',
        '/bench-01/',
        '/bench-01/indicators/gdp/',
        '/bench-01/2020/',
        '/bench-01/2020/print/',
        '/bench-01/2020/posters/fig-gdp/',
        '/bench-01/2020/embed/overview-growth/',
        '/bench-01/2020-b/industry/',
      ].map(pageKind),
    ).toEqual([
      'the archive (/)',
      '/404.html',
      '/search/ (before a query)',
      '/<place>/',
      '/<place>/indicators/<id>/',
      '/<place>/<edition>/ (overview)',
      '/<place>/<edition>/print/',
      '/<place>/<edition>/posters/<name>/',
      '/<place>/<edition>/embed/<id>/',
      '/<place>/<edition>/<slug>/ (section)',
    ]);
  });
});
