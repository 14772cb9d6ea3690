import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importArticle } from '../../src/import';
import { scoreImport } from '../../src/import/score';
import { runScore } from '../../src/import/score/cli';
import type { Labels } from '../../src/import/score/labels';

const ARTICLE = [
  '青原：稳中求进开新局',
  '■ 本报记者 赵明远',
  '2022年，青原市坚持稳中求进，全年地区生产总值达到438.9亿元，同比增长5.1%。',
  '全年培训党员干部2万余人次，城镇化率比上年提高1.3个百分点。',
  '外贸增速排名全省第3位。',
].join('\n');
const imported = importArticle(new TextEncoder().encode(ARTICLE), 'a.txt');
const labels = (figures: Labels['figures'], head: Partial<Labels['head']> = {}): Labels => ({
  head: { year: 2022, city: '青原市', reporters: ['赵明远'], ...head },
  sections: [],
  figures,
});
const score = (l: Labels, result = imported) => scoreImport('a.txt', ARTICLE, result, l, 'a.expected.yaml');

describe('scoring an import against its labels', () => {
  it('finds a figure of the same quantity whose quote overlaps the labelled one, 2万人次 as 20000人次', () => {
    const result = score(
      labels([
        { quote: '地区生产总值达到438.9亿元', value: 438.9, unit: '亿元' },
        { quote: '同比增长5.1%', value: 5.1, unit: '%' },
        { quote: '全年培训党员干部2万余人次', value: 20000, unit: '人次' },
        { quote: '比上年提高1.3个百分点', value: 1.3, unit: '个百分点' },
      ]),
    );
    expect([result.found, result.labelled]).toEqual([4, 4]);
  });

  it('does not count a figure of another unit, another value, or one that stands elsewhere', () => {
    const result = score(
      labels([
        { quote: '地区生产总值达到438.9亿元', value: 438.9, unit: '万元' },
        { quote: '同比增长5.1%', value: 5.2, unit: '%' },
        { quote: '青原市坚持稳中求进', value: 5.1, unit: '%' },
      ]),
    );
    expect(result.found).toBe(0);
  });

  it('takes a rank labelled with its measure word (第3位) or none for the rank, and no other unit', () => {
    const rank = (unit: string) => score(labels([{ quote: '排名全省第3位', value: 3, unit }])).found;
    expect([rank('位'), rank(''), rank('名'), rank('个')]).toEqual([1, 1, 1, 0]);
  });

  it('counts each figure of the import for one label at most', () => {
    const twice = { quote: '同比增长5.1%', value: 5.1, unit: '%' };
    expect(score(labels([twice, twice])).found).toBe(1);
  });

  it('tells a wrong head: year, place (市, 县 … aside) and reporters', () => {
    expect(score(labels([], { city: '青原' })).head.every((h) => h.right)).toBe(true);
    const wrong = score(labels([], { year: 2021, city: '北岭区', reporters: ['赵明远', '孙悦'] }));
    expect(wrong.head.filter((h) => !h.right).map((h) => h.field)).toEqual(['year', 'city', 'reporters']);
  });

  it('tells sections that are not exactly the labelled ones', () => {
    expect(score(labels([])).sections.right).toBe(true);
    expect(score({ ...labels([]), sections: ['■ 本报记者 赵明远'] }).sections.right).toBe(false);
  });

  it('tells a sentence the import does not publish', () => {
    const lost = {
      ...imported,
      files: imported.files.map((f) => ({ ...f, text: f.text.replaceAll('城镇化率比上年提高', '') })),
    };
    expect(score(labels([])).sentences.missing).toEqual([]);
    expect(score(labels([]), lost).sentences.missing).toEqual([
      '全年培训党员干部2万余人次，城镇化率比上年提高1.3个百分点。',
    ]);
  });
});

describe('npm run import:score', () => {
  let dir: string;
  let errors: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-score-'));
    errors = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says on one line, with exit 2, what is wrong with a label', () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const sidecar = join(dir, 'a.expected.yaml');
    writeFileSync(
      sidecar,
      'head: {year: 2022, city: 青原市, reporters: []}\nsections: []\nfigures:\n  - {quote: 没有的话, value: 1, unit: 个}\n',
    );
    expect(runScore([dir])).toBe(2);
    expect(errors).toEqual([`${sidecar}: figures[0].quote “没有的话” does not occur in the article.`]);
    writeFileSync(sidecar, 'head: {year: 二〇二二, city: 青原市, reporters: []}\nsections: []\nfigures: []\n');
    expect(runScore([dir])).toBe(2);
    expect(errors.at(-1)).toMatch(new RegExp(`^${sidecar.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: head\\.year`));
  });

  it('refuses a folder without labelled articles', () => {
    expect(runScore([dir])).toBe(2);
    expect(errors).toEqual([
      `${dir}: holds no labelled article (an article.txt with an article.expected.yaml beside it).`,
    ]);
  });
});
