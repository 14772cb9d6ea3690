import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { overviewCard, sectionCard, SHARE_IMAGE, shareCardAlt, type ShareCard } from '../../src/lib/share-card';
import { drawShareImage } from '../../src/lib/share-image';
import { loadReview, loadSections } from '../helpers/content';

const review = loadReview().data;
const sections = loadSections().map((s) => s.data);
const [industry] = sections;
if (!industry) throw new Error('content has no sections');

/** Whether any pixel in the rows from top to bottom is dark (text, not the paper colour). */
function hasInk(png: PNG, top: number, bottom: number): boolean {
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i] ?? 255) < 128 && (png.data[i + 1] ?? 255) < 128) return true;
    }
  }
  return false;
}

describe('share cards', () => {
  it('set a section’s kicker, headline and its first featured figure', () => {
    const card = sectionCard(review, industry);
    expect(card.kicker).toBe('聚焦产业转型升级');
    expect(card.headline).toBe('高质量发展步伐进一步加快');
    expect(card.figure).toEqual({
      before: '预计',
      number: '5',
      after: '%',
      label: '全社会固定资产投资增长',
      quote: '预计全社会固定资产投资增长5%',
    });
    expect(card.footer).toBe('凝心聚力推动高质量发展——回眸2020年的铜川');
  });

  it('fall back to the first figure, or to none', () => {
    const unfeatured = { ...industry, figures: industry.figures.map((f) => ({ ...f, featured: false })) };
    expect(sectionCard(review, unfeatured).figure?.label).toBe(industry.figures[0]?.label);
    expect(sectionCard(review, { ...industry, figures: [] }).figure).toBeUndefined();
  });

  it('list the sections on the overview’s card', () => {
    const card = overviewCard(review, sections);
    expect(card.items).toEqual(sections.map((s) => s.title));
    expect(card.deck).toBe('——回眸2020年的铜川');
  });

  it('say in their alt text what the picture shows, in reading order', () => {
    expect(shareCardAlt(sectionCard(review, industry))).toBe(
      '聚焦产业转型升级 高质量发展步伐进一步加快。预计全社会固定资产投资增长5%。凝心聚力推动高质量发展——回眸2020年的铜川。',
    );
    expect(shareCardAlt(overviewCard(review, sections))).toBe(
      `凝心聚力推动高质量发展 ——回眸2020年的铜川。${sections.map((s) => s.title).join('、')}。记者 段海洲。`,
    );
  });
});

describe('drawShareImage', () => {
  const cards: [string, ShareCard][] = [
    ['the overview', overviewCard(review, sections)],
    ...sections.map((s): [string, ShareCard] => [s.slug, sectionCard(review, s)]),
  ];

  it.each(cards)('draws %s as a 1200×630 PNG under 150 KB', (_, card) => {
    const png = drawShareImage(card);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(png.byteLength).toBeLessThan(150 * 1024);
  });

  it('gives the same bytes every time', () => {
    const card = sectionCard(review, industry);
    expect(drawShareImage(card).equals(drawShareImage({ ...card }))).toBe(true);
  });

  it('wraps a long headline onto a second line instead of running off the card', () => {
    const card = sectionCard(review, industry);
    const short = PNG.sync.read(drawShareImage(card));
    const long = PNG.sync.read(drawShareImage({ ...card, headline: card.headline.repeat(2) }));
    // The band below a one-line headline and above the figure is blank
    // unless the headline took a second line.
    expect(hasInk(short, 300, 350)).toBe(false);
    expect(hasInk(long, 300, 350)).toBe(true);
  });
});
