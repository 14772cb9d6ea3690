import { describe, expect, it } from 'vitest';
import { checkReview, type ReviewSource, type SectionSource } from '../../src/lib/checks';
import { loadReview, loadSections } from '../helpers/content';

type Content = { review: ReviewSource; sections: SectionSource[] };

/** A fresh copy of the real content, for each case to break in one place. */
function content(): Content {
  return { review: structuredClone(loadReview()), sections: structuredClone(loadSections()) };
}

function problem(review: ReviewSource, sections: SectionSource[]): string {
  try {
    checkReview(review, sections);
    return 'no problem';
  } catch (error) {
    return (error as Error).message;
  }
}

const nth = <T>(list: T[], i: number): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
};

describe('content checks', () => {
  it('pass on the review as published', () => {
    const { review, sections } = content();
    expect(problem(review, sections)).toBe('no problem');
  });

  it('reject a slug used twice', () => {
    const { review, sections } = content();
    nth(sections, 1).data.slug = 'industry';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: slug “industry” is already used by tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx. Each section needs its own slug.',
    );
  });

  it.each([
    [
      'print',
      '“print” is a folder of the site itself (print, search, data, charts, og, posters, embed). Choose another slug.',
    ],
    [
      'embed',
      '“embed” is a folder of the site itself (print, search, data, charts, og, posters, embed). Choose another slug.',
    ],
    [
      'index',
      '“index” would name its poster (posters/index.png) as the overview’s or a figure’s is named. Choose a slug that is not “index” and does not start with “fig-”.',
    ],
    [
      'fig-new-firms',
      '“fig-new-firms” would name its poster (posters/fig-new-firms.png) as the overview’s or a figure’s is named. Choose a slug that is not “index” and does not start with “fig-”.',
    ],
  ])('reject the slug %s, which the site’s own addresses take', (slug, message) => {
    const { review, sections } = content();
    nth(sections, 1).data.slug = slug;
    expect(problem(review, sections)).toBe(
      `tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: slug ${message}`,
    );
  });

  it('reject an order used twice', () => {
    const { review, sections } = content();
    nth(sections, 3).data.order = 2;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/04-party.mdx: order “2” is already used by tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx. Each section needs its own order.',
    );
  });

  it('reject a figure id used twice', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).id = 'new-tourism-firms';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].id “new-tourism-firms” is already used as a figure id in tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx. Ids must be unique across the review.',
    );
  });

  it('reject a quote that is not in the text', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).quote = '新增企业7000户';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].quote “新增企业7000户” does not occur in the text of this section. Copy the phrase exactly, punctuation included.',
    );
  });

  it('reject a value that is not in its quote', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).value = 7191;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].value 7191 does not occur in its quote “新增企业7190户”. Every number must be one the text states.',
    );
  });

  it('read values written in Chinese numerals', () => {
    const { review, sections } = content();
    // 打通十余条“断头路” states 10, not 11.
    const roads = nth(sections, 2).data.figures.find((f) => f.id === 'dead-end-roads');
    if (!roads) throw new Error('dead-end-roads missing');
    roads.value = 11;
    expect(problem(review, sections)).toContain('figures[3].value 11 does not occur in its quote “打通十余条“断头路””');
  });

  it('reject a qualifier that is not in its quote', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).qualifier = '余';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].qualifier “余” does not occur with its value in its quote “新增企业7190户”, which writes “7190户”. Remove the qualifier or correct it.',
    );
  });

  it('reject a summary that is not a sentence of the text', () => {
    const { review, sections } = content();
    nth(sections, 0).data.summary = '2020年，铜川发展很快。';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx: summary “2020年，铜川发展很快。” does not occur in the text of this section. Copy a sentence exactly.',
    );
  });

  it('reject a chart that names a figure that does not exist', () => {
    const { review, sections } = content();
    nth(nth(sections, 0).data.charts, 0).figures = ['fixed-asset-investment', 'gdp-growth'];
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx: charts[0].figures[1] “gdp-growth” is not a figure of this section.',
    );
  });

  it('reject an overview chart that names a figure that does not exist', () => {
    const { review, sections } = content();
    nth(review.data.charts, 0).figures = ['gdp-growth'];
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/review.yaml: charts[0].figures[0] “gdp-growth” is not a figure of any section.',
    );
  });

  it('reject a chart whose form does not fit its figures', () => {
    const { review, sections } = content();
    nth(nth(sections, 0).data.charts, 0).type = 'share';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx: charts[0].figures[0] “fixed-asset-investment” cannot be drawn here: a share chart draws only figures of kind share.',
    );
  });

  it('reject a figure that is not marked in the text', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Fig id="new-firms">新增企业7190户</Fig>', '新增企业7190户');
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].id “new-firms” is marked 0 times in the text; mark its quote once with <Fig id="new-firms">…</Fig>.',
    );
  });

  it('reject a mark that names no figure of the section', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Fig id="new-firms">', '<Fig id="new-firm">');
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: <Fig id="new-firm"> names a figure that is not in this section’s figures. Add it to figures or correct the id.',
    );
  });

  it('reject a mark around another phrase than the quote', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace(
      '<Fig id="new-firms">新增企业7190户</Fig>，',
      '<Fig id="new-firms">新增企业7190户，</Fig>',
    );
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].quote “新增企业7190户” differs from the phrase marked in the text, “新增企业7190户，”. They must be the same.',
    );
  });

  it('reject a chart that is not placed in the text', () => {
    const { review, sections } = content();
    const section = nth(sections, 0);
    section.body = section.body.replace('<Chart id="industry-investment" />', '');
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx: charts[0].id “industry-investment” is placed 0 times in the text; place it once with <Chart id="industry-investment" /> after the paragraph it belongs to.',
    );
  });

  it('reject a chart placed twice', () => {
    const { review, sections } = content();
    const section = nth(sections, 0);
    section.body = `${section.body}\n<Chart id="industry-investment" />\n`;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx: charts[0].id “industry-investment” is placed 2 times in the text; place it once with <Chart id="industry-investment" /> after the paragraph it belongs to.',
    );
  });

  it('reject a placement that names no chart of the section', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Chart id="reform-trade" />', '<Chart id="industry-investment" />');
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: <Chart id="industry-investment" /> names a chart that is not in this section’s charts. Add it to charts or correct the id.',
    );
  });

  it('reject a topic anchor used twice', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Topic id="key-reforms"', '<Topic id="projects"');
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: <Topic id="projects"> “projects” is already used as a topic id in tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx. Ids must be unique across the review.',
    );
  });

  it('reject an opening that is not in the text', () => {
    const { review, sections } = content();
    review.data.opening = '铜川，一座城。';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/review.yaml: opening “铜川，一座城。” does not occur in the text of any section. Copy a sentence exactly.',
    );
  });
  it('reject a unit the quote does not write with the value', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).unit = '万户';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].unit "万户" does not occur with its value in its quote “新增企业7190户”. Write the unit (and any 余, 多, 以上 or 以内 as the qualifier) as the text does right after the number: “7190户”.',
    );
  });

  it('reject a qualifier the text writes but the figure leaves out', () => {
    const { review, sections } = content();
    const policies = nth(nth(sections, 2).data.figures, 0);
    expect(policies.quote).toBe('制定20余项援企稳岗配套政策');
    delete policies.qualifier;
    expect(problem(review, sections)).toContain('figures[0].unit "项" does not occur with its value');
  });

  it('reject a value that is a part of a longer number or of a name', () => {
    const { review, sections } = content();
    const coverage = nth(sections, 3).data.figures.find((f) => f.id === 'inspection-coverage');
    if (!coverage) throw new Error('inspection-coverage missing');
    coverage.value = 2;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/04-party.mdx: figures[7].value 2 does not occur in its quote “完成十二届市委巡察全覆盖任务的85.2%”. Every number must be one the text states.',
    );
    coverage.value = 12;
    expect(problem(review, sections)).toBe(
      "tests/fixtures/archive/tongchuan-2020/sections/04-party.mdx: figures[7].value 12 occurs in its quote “完成十二届市委巡察全覆盖任务的85.2%” only as “十二届市委”, which names or orders something (第…, …届) rather than counting it. A figure's value must be an amount the text states.",
    );
  });

  it('reject a rank that is not a position in its quote', () => {
    const { review, sections } = content();
    const rank = nth(nth(sections, 2).data.figures, 5);
    expect(rank.id).toBe('air-quality-rank');
    rank.value = 5;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/03-livelihood.mdx: figures[5].value 5 is not a position in its quote “空气质量优良天数居关中五市第一”: a rank is the number after 第 (第一). Correct the value or the kind.',
    );
  });

  it('reject peers the quote does not name', () => {
    const { review, sections } = content();
    nth(nth(sections, 2).data.figures, 5).peers = '关中各市';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/03-livelihood.mdx: figures[5].peers “关中各市” does not occur in its quote “空气质量优良天数居关中五市第一”. Name the peers as the text does.',
    );
  });

  it('reject a negative value where the text states no fall', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 2).value = -68.1;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[2].value -68.1 is negative, but its quote “进出口贸易额增长68.1%” does not say the number fell (下降, 减少 …). Write the value as the text states it.',
    );
  });

  it.each([
    [
      'a chart title',
      (c: Content) => (nth(nth(c.sections, 1).data.charts, 0).title = '进出口贸易额增长86.1%'),
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: charts[0].title “进出口贸易额增长86.1%” has 86.1',
    ],
    [
      'a chart summary',
      (c: Content) => (nth(c.review.data.charts, 0).summary = '投资增长15%。'),
      'tests/fixtures/archive/tongchuan-2020/review.yaml: charts[0].summary “投资增长15%。” has 15',
    ],
    [
      'a figure label',
      (c: Content) => (nth(nth(c.sections, 1).data.figures, 0).label = '新增企业8000户'),
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: figures[0].label “新增企业8000户” has 8000',
    ],
    [
      'a headline',
      (c: Content) => (nth(c.sections, 0).data.headline = '高质量发展九年加快'),
      'tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx: headline “高质量发展九年加快” has 九',
    ],
    [
      'a correction note',
      (c: Content) => (nth(nth(c.sections, 2).data.corrections, 0).note = '原文第9行作“焦”。'),
      'tests/fixtures/archive/tongchuan-2020/sections/03-livelihood.mdx: corrections[0].note “原文第9行作“焦”。” has 9',
    ],
  ])('reject a number the text does not state in %s', (_what, edit, expected) => {
    const c = content();
    edit(c);
    expect(problem(c.review, c.sections)).toBe(
      `${expected}, a number the text does not state. Every number on the site must be one the text states: correct it or leave it out.`,
    );
  });

  it('take the numerals of a name for no number, but its digits for numbers (reporter, byline, city, publication)', () => {
    const named = content();
    named.review.data.reporter = '谭一帆';
    nth(named.sections, 0).data.byline = '记者 谭一帆 万千里';
    named.review.data.city = '九江市';
    expect(problem(named.review, named.sections)).toBe('no problem');
    const { review, sections } = content();
    review.data.reporter = '记者8765';
    expect(problem(review, sections)).toContain('reporter “记者8765” has 8765, a number the text does not state');
  });

  it('take a number in a heading as the source printed it as stated', () => {
    const { review, sections } = content();
    const industry = nth(sections, 0);
    industry.data.headline = '九项工程加快';
    expect(problem(review, sections)).toContain('headline “九项工程加快” has 九, a number the text does not state');
    industry.data.source = `${industry.data.title} 九项工程加快`;
    expect(problem(review, sections)).toBe('no problem');
  });

  it('reject a year the text does not state', () => {
    const { review, sections } = content();
    review.data.year = 2021;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/review.yaml: year 2021 is not a year the text states. Correct it.',
    );
  });

  it('take the year before a report’s date in the head as stated: the year it reviews', () => {
    const { review, sections } = content();
    review.data.year = 2021;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/review.yaml: year 2021 is not a year the text states. Correct it.',
    );
    review.data.subtitle = '2022年1月9日在铜川市第十六届人民代表大会第一次会议上';
    expect(problem(review, sections)).toBe('no problem');
    review.data.year = 2017;
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/review.yaml: year 2017 is not a year the text states. Correct it.',
    );
  });

  it.each([
    ['main', 'the page itself (main)'],
    ['fig-new-firms', 'figure “new-firms” in tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx'],
    [
      'industry-heading',
      'the heading of slug “industry” in tests/fixtures/archive/tongchuan-2020/sections/01-industry.mdx',
    ],
    ['colophon', 'the page itself (colophon)'],
  ])('reject a topic id the page already uses: %s', (id, owner) => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Topic id="key-reforms"', `<Topic id="${id}"`);
    expect(problem(review, sections)).toBe(
      `tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: <Topic id="${id}"> gives the page the id “${id}”, which ${owner} already uses. Choose another id.`,
    );
  });

  it('reject a slug whose anchors another page id already takes', () => {
    const { review, sections } = content();
    nth(sections, 1).data.slug = 'toc';
    expect(problem(review, sections)).toBe(
      'tests/fixtures/archive/tongchuan-2020/sections/02-reform.mdx: slug gives the page the id “toc-heading”, which the page itself (contents) already uses. Choose another id.',
    );
  });
});
