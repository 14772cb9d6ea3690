import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport, importArticle } from '../../src/import';
import { ImportError } from '../../src/import/errors';
import { plainText } from '../../src/lib/section-body';
import { editedSource, loadSections, sentences } from '../helpers/content';

const SEED = 'tests/fixtures/tongchuan-2020-review.txt';
const seed = importArticle(readFileSync(SEED), SEED);
const body = (path: string) => (seed.files.find((f) => f.path === path)?.text ?? '').replace(/^---[\s\S]*?\n---\n/, '');

describe('the seed article imported', () => {
  it('finds the four sections with their headings split into kicker and headline', () => {
    expect(seed.report.sections.map((s) => [s.title, s.headline])).toEqual(
      loadSections().map((s) => [
        s.data.title === '聚焦幸福城市建设' ? '焦幸福城市建设' : s.data.title,
        s.data.headline,
      ]),
    );
  });

  it('finds the topics the editors marked, with the same leads', () => {
    const leads = loadSections().map((s) => (s.body.match(/lead="([^"]+)"/g) ?? []).map((l) => l.slice(6, -1)));
    expect(seed.report.sections.map((s) => s.topics.map((t) => t.lead))).toEqual(leads);
  });

  it('finds at least 20 of the 23 figures the editors chose, with the same quote or one containing it', () => {
    const chosen = loadSections().flatMap((s) => s.data.figures);
    const found = seed.report.sections.flatMap((s) => s.figures);
    const matched = chosen.filter((c) => found.some((f) => f.quote.includes(c.quote) && f.value === c.value));
    expect(chosen).toHaveLength(23);
    expect(matched.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps every sentence of the source, with the site’s punctuation, in its section', () => {
    const text = seed.report.sections.map((s) => plainText(body(s.file)).replaceAll('\n', '')).join('');
    const source = editedSource().replace('\n聚焦幸福城市建设', '\n焦幸福城市建设');
    const paragraphs = source
      .split('\n')
      .slice(6)
      .filter((l) => l.trim() && !/^\S*焦\S+ \S+$/.test(l));
    for (const sentence of sentences(paragraphs.join('\n'))) expect(text).toContain(sentence);
  });

  it('flags the truncated heading for review, and does not correct it itself', () => {
    const flag = seed.report.check.find((n) => n.message.includes('looks truncated'));
    expect(flag).toEqual({
      line: 29,
      message:
        'the kicker “焦幸福城市建设” looks truncated: the others start with “聚焦”. If the source dropped “聚”, set title: 聚焦幸福城市建设 and add a correction (field: title, original: 焦幸福城市建设, note: …) to sections/03-xing-fu-cheng-shi-jian-she.mdx',
    });
    expect(seed.report.sections[2]?.title).toBe('焦幸福城市建设');
  });

  it('takes the review’s head, city, year and reporter from the text', () => {
    expect(seed.report.review).toMatchObject({
      series: '牢记谆谆嘱托 奋力谱写铜川新时代追赶超越新篇章',
      title: '凝心聚力推动高质量发展',
      subtitle: '回眸2020年的铜川',
      city: '铜川',
      year: 2020,
      reporter: '段海洲',
      slug: 'tongchuan-2020-review',
    });
  });

  it('notes for the colophon what it changed in the text, and only that', () => {
    const review = seed.files.find((f) => f.path === 'review.yaml')?.text ?? '';
    expect(review).toContain('textNote: 全文照录原文，半角标点改用中文全角标点。');
    const clean = importArticle(Buffer.from('凝心聚力\n\n2020年，我市新增企业7190户。\n'), 'clean.txt');
    expect(clean.files.find((f) => f.path === 'review.yaml')?.text).toContain('textNote: 全文照录原文。');
  });

  it('reports the encoding, every punctuation change and the numbers it left', () => {
    const text = formatReport(seed.report);
    expect(text).toContain('read as UTF-8, LF line endings');
    expect(text).toContain('half-width punctuation in Chinese text made full-width: “,” → “，”, 107 times');
    expect(text).toContain('line 26 “第十届”: names something (…届)');
    expect(seed.report.unused.map((u) => u.text)).not.toContain('7190户');
  });

  it('proposes the charts the text invites: two ranks among known peers, two shares, growth across sections', () => {
    expect(seed.report.sections.flatMap((s) => s.charts.map((c) => c.type))).toEqual(['rank', 'share']);
    expect(seed.report.overviewCharts.map((c) => [c.type, c.figures.length])).toEqual([['growth', 2]]);
  });
});

describe('articles the importer refuses', () => {
  it('refuses an article with no year, naming the file', () => {
    expect(() => importArticle(new TextEncoder().encode('标题\n正文没有年份。'), 'a.txt')).toThrow(
      new ImportError(
        'a.txt',
        'states no year (such as 2020年) in its head or text; the review needs the year it looks back on.',
      ),
    );
  });

  it('refuses a head without text', () => {
    expect(() => importArticle(new TextEncoder().encode('标题\n——回眸2020年的铜川\n'), 'a.txt')).toThrow(
      'a.txt: has no paragraphs of text below its heading: there is nothing to publish.',
    );
  });
});

describe('headings printed with a number and no kicker', () => {
  const article = [
    '砥砺奋进——2023年青石县工作回顾',
    '',
    '一、经济运行稳中向好',
    '',
    '稳增长。全县地区生产总值增长6.2%，新增市场主体1250户。',
    '',
    '二、民生福祉持续增进',
    '',
    '城镇新增就业3200余人，两所中学建成投用。',
  ].join('\n');
  const { report } = importArticle(new TextEncoder().encode(article), 'a.txt');

  it('are named by their headline, never by their number, whatever numbers the text states', () => {
    // 二 is stated by the text (两所), 一 is not: both sections are named alike.
    expect(report.sections.map((s) => [s.printed, s.title, s.headline])).toEqual([
      ['一、经济运行稳中向好', '经济运行稳中向好', '经济运行稳中向好'],
      ['二、民生福祉持续增进', '民生福祉持续增进', '民生福祉持续增进'],
    ]);
  });

  it('are listed for the editor to give a kicker if the site should show one', () => {
    expect(formatReport(report)).toContain(
      '“二、民生福祉持续增进” has no kicker (聚焦… before a space): title repeats the headline, which the site then shows once',
    );
  });
});
