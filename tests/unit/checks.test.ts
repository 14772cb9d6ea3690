import { describe, expect, it } from 'vitest';
import { checkReview, type ReviewSource, type SectionSource } from '../../src/lib/checks';
import { loadReview, loadSections } from '../helpers/content';

/** A fresh copy of the real content, for each case to break in one place. */
function content() {
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
      'content/sections/02-reform.mdx: slug “industry” is already used by content/sections/01-industry.mdx. Each section needs its own slug.',
    );
  });

  it('reject an order used twice', () => {
    const { review, sections } = content();
    nth(sections, 3).data.order = 2;
    expect(problem(review, sections)).toBe(
      'content/sections/04-party.mdx: order “2” is already used by content/sections/02-reform.mdx. Each section needs its own order.',
    );
  });

  it('reject a figure id used twice', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).id = 'new-tourism-firms';
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: figures[0].id “new-tourism-firms” is already used as a figure id in content/sections/01-industry.mdx. Ids must be unique across the review.',
    );
  });

  it('reject a quote that is not in the text', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).quote = '新增企业7000户';
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: figures[0].quote “新增企业7000户” does not occur in the text of this section. Copy the phrase exactly, punctuation included.',
    );
  });

  it('reject a value that is not in its quote', () => {
    const { review, sections } = content();
    nth(nth(sections, 1).data.figures, 0).value = 7191;
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: figures[0].value 7191 does not occur in its quote “新增企业7190户”. Every number must be one the text states.',
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
      'content/sections/02-reform.mdx: figures[0].qualifier “余” does not occur in its quote “新增企业7190户”.',
    );
  });

  it('reject a summary that is not a sentence of the text', () => {
    const { review, sections } = content();
    nth(sections, 0).data.summary = '2020年，铜川发展很快。';
    expect(problem(review, sections)).toBe(
      'content/sections/01-industry.mdx: summary “2020年，铜川发展很快。” does not occur in the text of this section. Copy a sentence exactly.',
    );
  });

  it('reject a chart that names a figure that does not exist', () => {
    const { review, sections } = content();
    nth(nth(sections, 0).data.charts, 0).figures = ['fixed-asset-investment', 'gdp-growth'];
    expect(problem(review, sections)).toBe(
      'content/sections/01-industry.mdx: charts[0].figures[1] “gdp-growth” is not a figure of this section.',
    );
  });

  it('reject an overview chart that names a figure that does not exist', () => {
    const { review, sections } = content();
    nth(review.data.charts, 0).figures = ['gdp-growth'];
    expect(problem(review, sections)).toBe(
      'content/review.yaml: charts[0].figures[0] “gdp-growth” is not a figure of any section.',
    );
  });

  it('reject a chart whose form does not fit its figures', () => {
    const { review, sections } = content();
    nth(nth(sections, 0).data.charts, 0).type = 'share';
    expect(problem(review, sections)).toBe(
      'content/sections/01-industry.mdx: charts[0].figures[0] “fixed-asset-investment” cannot be drawn here: a share chart draws only figures of kind share.',
    );
  });

  it('reject a figure that is not marked in the text', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Fig id="new-firms">新增企业7190户</Fig>', '新增企业7190户');
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: figures[0].id “new-firms” is marked 0 times in the text; mark its quote once with <Fig id="new-firms">…</Fig>.',
    );
  });

  it('reject a mark that names no figure of the section', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Fig id="new-firms">', '<Fig id="new-firm">');
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: <Fig id="new-firm"> names a figure that is not in this section’s figures. Add it to figures or correct the id.',
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
      'content/sections/02-reform.mdx: figures[0].quote “新增企业7190户” differs from the phrase marked in the text, “新增企业7190户，”. They must be the same.',
    );
  });

  it('reject a chart that is not placed in the text', () => {
    const { review, sections } = content();
    const section = nth(sections, 0);
    section.body = section.body.replace('<Chart id="industry-investment" />', '');
    expect(problem(review, sections)).toBe(
      'content/sections/01-industry.mdx: charts[0].id “industry-investment” is placed 0 times in the text; place it once with <Chart id="industry-investment" /> after the paragraph it belongs to.',
    );
  });

  it('reject a chart placed twice', () => {
    const { review, sections } = content();
    const section = nth(sections, 0);
    section.body = `${section.body}\n<Chart id="industry-investment" />\n`;
    expect(problem(review, sections)).toBe(
      'content/sections/01-industry.mdx: charts[0].id “industry-investment” is placed 2 times in the text; place it once with <Chart id="industry-investment" /> after the paragraph it belongs to.',
    );
  });

  it('reject a placement that names no chart of the section', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Chart id="reform-trade" />', '<Chart id="industry-investment" />');
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: <Chart id="industry-investment" /> names a chart that is not in this section’s charts. Add it to charts or correct the id.',
    );
  });

  it('reject a topic anchor used twice', () => {
    const { review, sections } = content();
    const section = nth(sections, 1);
    section.body = section.body.replace('<Topic id="key-reforms"', '<Topic id="projects"');
    expect(problem(review, sections)).toBe(
      'content/sections/02-reform.mdx: <Topic id="projects"> “projects” is already used as a topic id in content/sections/01-industry.mdx. Ids must be unique across the review.',
    );
  });

  it('reject an opening that is not in the text', () => {
    const { review, sections } = content();
    review.data.opening = '铜川，一座城。';
    expect(problem(review, sections)).toBe(
      'content/review.yaml: opening “铜川，一座城。” does not occur in the text of any section. Copy a sentence exactly.',
    );
  });
});
