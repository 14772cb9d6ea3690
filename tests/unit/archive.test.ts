import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ReviewInput, type SectionEntry } from '../../src/lib/archive';
import { readArchive } from '../../src/lib/archive-files';
import { checkArchive } from '../../src/lib/checks/archive';
import type { ReviewData } from '../../src/schemas/review';
import type { SectionData } from '../../src/schemas/section';
import { FIXTURE_ARCHIVE, loadReview, loadSections } from '../helpers/content';

type Input = ReviewInput<SectionEntry & { file: string }>;

/** The seed as another year's review of a place, its two figures named as indicators (new-firms, air-rank). */
function review(key: string, change: Partial<ReviewData> = {}, value = 7190): Input {
  const meta = { ...structuredClone(loadReview().data), movedFrom: [], ...change };
  const sections = structuredClone(loadSections()).map((s) => {
    for (const figure of s.data.figures) {
      if (figure.id === 'new-firms') Object.assign(figure, { indicator: 'new-firms', value });
      if (figure.id === 'air-quality-rank') figure.indicator = 'air-rank';
    }
    const file = s.file.replace('tongchuan-2020', key);
    return { ...s, file, id: `${key}/${s.data.slug}` };
  });
  return { key, file: `content/${key}/review.yaml`, meta, sections };
}

const sources = (inputs: Input[]) =>
  inputs.map((i) => ({
    file: i.file,
    data: i.meta,
    sections: i.sections.map((s) => ({ file: s.file, data: s.data })),
  }));

function problem(inputs: Input[]): string {
  try {
    checkArchive(sources(inputs));
    return 'no problem';
  } catch (error) {
    return (error as Error).message;
  }
}

const section = (input: Input, slug: string): SectionData => {
  const found = input.sections.find((s) => s.data.slug === slug);
  if (!found) throw new Error(`no section ${slug}`);
  return found.data;
};

describe('the archive', () => {
  const a2020 = review('tongchuan-2020');
  const a2021 = review('tongchuan-2021', { year: 2021 }, 7290);
  const other = review('qingyuan-2021', { year: 2021, place: 'qingyuan', city: '青原' });
  const archive = buildArchive([a2020, other, a2021]);

  it('lists its reviews newest first, a year’s by place, each at its place and year', () => {
    expect(archive.reviews.map((r) => r.path)).toEqual(['qingyuan/2021/', 'tongchuan/2021/', 'tongchuan/2020/']);
    expect(archive.places.map((p) => [p.slug, p.name, p.reviews.map((r) => r.key)])).toEqual([
      ['qingyuan', '青原', ['qingyuan-2021']],
      ['tongchuan', '铜川', ['tongchuan-2021', 'tongchuan-2020']],
    ]);
  });

  it('gives every section and chart its review', () => {
    for (const r of archive.reviews) {
      expect(r.sections.every((s) => s.review === r)).toBe(true);
      expect(r.charts.every((c) => c.review === r && c.home === r.path)).toBe(true);
    }
  });

  it('joins a place’s figures of one indicator across its years, oldest first, and no one place’s with another’s', () => {
    const [qingyuan, tongchuan] = archive.places;
    expect(qingyuan?.indicators).toEqual([]);
    expect(tongchuan?.indicators.map((i) => [i.id, i.label, i.unit])).toEqual([
      ['new-firms', '新增企业', '户'],
      ['air-rank', '空气质量优良天数', ''],
    ]);
    const [newFirms] = tongchuan?.indicators ?? [];
    expect(newFirms?.values.map((f) => [f.section.review.meta.year, f.value])).toEqual([
      [2020, 7190],
      [2021, 7290],
    ]);
  });

  it('draws an indicator’s years as a chart of its kind of number, one row a year, in its place’s folder', () => {
    const [newFirms, airRank] = archive.places[1]?.indicators ?? [];
    expect(newFirms?.chart.home).toBe('tongchuan/indicators/');
    expect(newFirms?.chart.review).toBeUndefined();
    expect(newFirms?.chart.model).toMatchObject({
      id: 'new-firms',
      type: 'count',
      title: '新增企业（2020—2021年）',
      summary: '2020年7190户，2021年7290户。',
    });
    expect(newFirms?.chart.model.rows.map((r) => [r.label, r.display])).toEqual([
      ['2020年', '7190户'],
      ['2021年', '7290户'],
    ]);
    expect(airRank?.chart.model.type).toBe('rank');
  });
});

describe('the checks across reviews', () => {
  it('pass on two years of one place and a review of another', () => {
    expect(
      problem([review('tongchuan-2020'), review('tongchuan-2021', { year: 2021 }), review('q', { place: 'qingyuan' })]),
    ).toBe('no problem');
  });

  it('refuse two reviews at one address, and say how to tell them apart', () => {
    expect(problem([review('tongchuan-2020'), review('tongchuan-2020-b')])).toBe(
      'content/tongchuan-2020-b/review.yaml: year gives the address /tongchuan/2020/, which content/tongchuan-2020/review.yaml already has. A second review of one place and year needs an edition of its own (edition: 2020-midyear, say).',
    );
  });

  it('refuse a place that is a folder of the site, and an edition that is the place’s indicators', () => {
    expect(problem([review('a', { place: 'search' })])).toBe(
      'content/a/review.yaml: place “search” is a folder of the site itself (code, _astro, print, search, data, charts, og, posters, embed). Choose another name for the place.',
    );
    expect(problem([review('a', { edition: 'indicators' })])).toBe(
      'content/a/review.yaml: edition “indicators” is the folder of the place’s indicators (/tongchuan/indicators/). Choose another edition.',
    );
  });

  it('refuse an old address two reviews claim, or one the archive serves a page at', () => {
    expect(problem([review('a', { movedFrom: ['/'] }), review('b', { year: 2021, movedFrom: ['/'] })])).toBe(
      'content/b/review.yaml: movedFrom[0] “/” is already an old address of content/a/review.yaml.',
    );
    expect(problem([review('a'), review('b', { year: 2021, movedFrom: ['/tongchuan/'] })])).toBe(
      'content/b/review.yaml: movedFrom[0] “/tongchuan/” overlaps the address of content/a/review.yaml (/tongchuan/2020/): an old address cannot lead elsewhere while the archive serves a page there. Remove it.',
    );
  });

  it('refuse a place named as an old section page at the root', () => {
    expect(problem([review('a', { movedFrom: ['/'] }), review('b', { place: 'industry' })])).toBe(
      'content/b/review.yaml: place “industry” is the old address of a section of content/a/review.yaml (/industry/), which leads to its new address. Choose another name for the place.',
    );
  });

  it('refuse an indicator whose years disagree on the unit or the kind, naming both files', () => {
    const later = review('b', { year: 2021 });
    const firms = section(later, 'reform').figures.find((f) => f.id === 'new-firms');
    if (!firms) throw new Error('no new-firms');
    firms.unit = '万户';
    expect(problem([review('a'), later])).toBe(
      'tests/fixtures/archive/b/sections/02-reform.mdx: figures[0].unit “万户” is not the unit of indicator “new-firms” in tests/fixtures/archive/a/sections/02-reform.mdx (“户”): its years must share one unit. Use the same unit, or another indicator.',
    );
    firms.unit = '户';
    firms.kind = 'rate';
    expect(problem([review('a'), later])).toMatch(
      /figures\[0\]\.kind rate is not the kind of indicator “new-firms” in .* \(count\)/,
    );
  });

  it('refuse two values of an indicator in one year, or in one review', () => {
    // A second review of one place and year, at an edition of its own, states the indicator again.
    expect(problem([review('a'), review('b', { edition: '2020-midyear' })])).toBe(
      'tests/fixtures/archive/b/sections/02-reform.mdx: figures[0].indicator “new-firms” already has a value for 2020 in tests/fixtures/archive/a/sections/02-reform.mdx: an indicator has one value a year.',
    );
    const twice = review('a');
    const award = section(twice, 'reform').figures[1];
    if (award) award.indicator = 'new-firms';
    expect(problem([twice])).toBe(
      'tests/fixtures/archive/a/sections/02-reform.mdx: figures[1].indicator “new-firms” is already the indicator of a figure in tests/fixtures/archive/a/sections/02-reform.mdx: a review states one value of an indicator. Remove one of them.',
    );
  });
});

describe('the archive read from its files (the build’s first step, npm run redirects)', () => {
  it('checks each review’s text as the build does, with the build’s message', () => {
    mkdirSync('.tmp', { recursive: true });
    const dir = mkdtempSync(join('.tmp', 'archive-files-'));
    try {
      cpSync(join(FIXTURE_ARCHIVE, 'tongchuan-2020'), join(dir, 'tongchuan-2020'), { recursive: true });
      expect(readArchive(dir).reviews).toHaveLength(1);
      const reform = join(dir, 'tongchuan-2020', 'sections', '02-reform.mdx');
      writeFileSync(reform, readFileSync(reform, 'utf8').replace('value: 7190', 'value: 7191'));
      expect(() => readArchive(dir)).toThrow(
        `${reform}: figures[0].value 7191 does not occur in its quote “新增企业7190户”. Every number must be one the text states.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
