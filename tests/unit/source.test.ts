import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/section-body';
import { editedSource, loadReview, loadSections, sentences } from '../helpers/content';

/** The source split into its four sections by their headings (line 1–3 are the masthead). */
function sourceSections(): string[] {
  const lines = editedSource()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headings = lines.flatMap((line, i) => (/^聚焦\S+ \S+$/.test(line) ? [i] : []));
  return headings.map((start, k) => lines.slice(start + 1, headings[k + 1]).join('\n'));
}

describe('the content is the source article, word for word', () => {
  const sections = loadSections();
  const source = sourceSections();

  it('has the four sections of the source, in order', () => {
    expect(source).toHaveLength(4);
    expect(sections).toHaveLength(source.length);
  });

  it('holds every sentence of each source section in the same section', () => {
    sections.forEach((section, i) => {
      const text = plainText(section.body).replaceAll('\n', '');
      for (const sentence of sentences(source[i] ?? '')) expect(text).toContain(sentence);
    });
  });

  it('adds no words: the section text is the source section text', () => {
    sections.forEach((section, i) => {
      expect(plainText(section.body).replaceAll('\n', '')).toBe((source[i] ?? '').replaceAll('\n', ''));
    });
  });

  it('has the headings of the source, the third one corrected', () => {
    const headings = editedSource().match(/^聚焦\S+ \S+$/gm);
    expect(sections.map((s) => `${s.data.title} ${s.data.headline}`)).toEqual(headings);
    expect(sections[2]?.data.corrections[0]).toMatchObject({ field: 'title', original: '焦幸福城市建设' });
  });

  it('takes the masthead from the source', () => {
    const [line1, , line3] = editedSource()
      .split('\n')
      .filter((l) => l.trim());
    const { data } = loadReview();
    expect(line1).toBe(data.source);
    expect(line1).toBe(`【${data.series}】${data.title}`);
    expect(line3?.trim()).toBe(`——${data.subtitle}`);
  });

  it('states every figure in its section, at least 20 in all and 3 in each section', () => {
    for (const section of sections) {
      expect(section.data.figures.length).toBeGreaterThanOrEqual(3);
      for (const figure of section.data.figures) expect(plainText(section.body)).toContain(figure.quote);
    }
    expect(sections.flatMap((s) => s.data.figures).length).toBeGreaterThanOrEqual(20);
  });

  it('uses full-width Chinese punctuation only', () => {
    for (const section of sections) expect(plainText(section.body)).not.toMatch(/[,()]/);
  });
});
