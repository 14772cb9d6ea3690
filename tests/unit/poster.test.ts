import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawPoster } from '../../src/lib/poster';
import { figurePoster, overviewPoster, POSTER, posterAlt, sectionPoster, type Poster } from '../../src/lib/poster-card';
import { posterEntries } from '../../src/lib/posters';
import { readBody } from '../../src/lib/section-body';
import { loadReview, loadSections } from '../helpers/content';

const review = loadReview().data;
const sections = loadSections();
const [industry, , livelihood] = sections;
if (!industry || !livelihood) throw new Error('content has fewer sections than these tests read');
const housing = livelihood.data.figures.find((f) => f.id === 'housing-relief');
const airRank = livelihood.data.figures.find((f) => f.id === 'air-quality-rank');
if (!housing || !airRank) throw new Error('the livelihood section has lost the figures these tests read');
const livelihoodText = readBody(livelihood.body).text;
const featured = sections.flatMap((s) => s.data.figures.filter((f) => f.featured));
const URL = 'https://example.org/review/2020/livelihood/#fig-housing-relief';

/** The QR code read back from the whole picture, as a phone's camera would. */
function readQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('poster words', () => {
  it('give a section’s poster the review’s series and title, its heading and its featured figures', () => {
    const poster = sectionPoster(review, livelihood.data, 'https://review.example.org/livelihood/');
    expect(poster).toEqual({
      kind: 'section',
      series: '牢记谆谆嘱托 奋力谱写铜川新时代追赶超越新篇章',
      review: '凝心聚力推动高质量发展——回眸2020年的铜川',
      kicker: '聚焦幸福城市建设',
      headline: '全面小康短板进一步补齐',
      figures: [
        { before: '', number: '3.58', after: '%', label: '城镇登记失业率' },
        { before: '', number: '37', after: '所', label: '开工建设中小学幼儿园' },
        { before: '', number: '4600', after: '余名', label: '解决住房困难的群众' },
      ],
      credit: '原文：【牢记谆谆嘱托 奋力谱写铜川新时代追赶超越新篇章】凝心聚力推动高质量发展，记者 段海洲',
      url: 'https://review.example.org/livelihood/',
      scan: '长按识别二维码，阅读全文',
    });
  });

  it('show at most three of a section’s figures, its first ones when none is featured', () => {
    const figures = livelihood.data.figures.map((f) => ({ ...f, featured: true }));
    expect(sectionPoster(review, { ...livelihood.data, figures }, URL).figures).toHaveLength(3);
    const none = livelihood.data.figures.map((f) => ({ ...f, featured: false }));
    expect(sectionPoster(review, { ...livelihood.data, figures: none }, URL).figures.map((f) => f.label)).toEqual(
      livelihood.data.figures.slice(0, 3).map((f) => f.label),
    );
  });

  it('give a figure’s poster the sentence of the text that states it, and a rank its peers', () => {
    expect(figurePoster(review, livelihood.data, housing, livelihoodText, URL)).toMatchObject({
      kind: 'figure',
      kicker: '聚焦幸福城市建设',
      figure: { before: '', number: '4600', after: '余名', label: '解决住房困难的群众' },
      sentence: '盘活空置公租房，解决了4600余名群众住房困难。',
      quote: '解决了4600余名群众住房困难',
      url: URL,
    });
    expect(figurePoster(review, livelihood.data, airRank, livelihoodText, URL).figure).toEqual({
      before: '第',
      number: '1',
      after: '',
      label: '空气质量优良天数',
      peers: '关中五市',
    });
  });

  it('give the overview’s poster the title and every figure of 数说', () => {
    const poster = overviewPoster(review, featured, 'https://review.example.org/');
    expect([poster.title, poster.deck, poster.numbers]).toEqual([
      '凝心聚力推动高质量发展',
      '——回眸2020年的铜川',
      '数说2020',
    ]);
    expect(poster.figures.map((f) => f.label)).toEqual(featured.map((f) => f.label));
  });

  it('say in their alt text what the picture shows, in reading order', () => {
    expect(posterAlt(figurePoster(review, livelihood.data, housing, livelihoodText, URL))).toBe(
      '聚焦幸福城市建设。解决住房困难的群众 4600余名。盘活空置公租房，解决了4600余名群众住房困难。' +
        '原文：【牢记谆谆嘱托 奋力谱写铜川新时代追赶超越新篇章】凝心聚力推动高质量发展，记者 段海洲。长按识别二维码，阅读全文。',
    );
  });
});

describe('posterEntries', () => {
  const entries = posterEntries({ meta: review, sections }, (path) => `https://example.org/review/2020/${path}`);

  it('list the overview’s poster, then each section’s followed by its figures’', () => {
    expect(entries.map((e) => e.name)).toEqual([
      'index',
      ...sections.flatMap((s) => [s.data.slug, ...s.data.figures.map((f) => `fig-${f.id}`)]),
    ]);
  });

  it('lead each poster’s QR code and its page’s way back to its place', () => {
    const place = (name: string) => {
      const entry = entries.find((e) => e.name === name);
      return entry && { subject: entry.subject, back: entry.back, url: entry.poster.url };
    };
    expect(place('index')).toEqual({
      subject: '凝心聚力推动高质量发展——回眸2020年的铜川',
      back: '',
      url: 'https://example.org/review/2020/',
    });
    expect(place('livelihood')).toEqual({
      subject: '聚焦幸福城市建设 全面小康短板进一步补齐',
      back: 'livelihood/',
      url: 'https://example.org/review/2020/livelihood/',
    });
    expect(place('fig-housing-relief')).toEqual({
      subject: '解决住房困难的群众 4600余名',
      back: 'livelihood/#fig-housing-relief',
      url: 'https://example.org/review/2020/livelihood/#fig-housing-relief',
    });
  });
});

describe('drawPoster', () => {
  const posters: [string, Poster][] = [
    ['the overview', overviewPoster(review, featured, 'https://example.org/review/2020/')],
    ...sections.map((s): [string, Poster] => [
      s.data.slug,
      sectionPoster(review, s.data, `https://example.org/review/2020/${s.data.slug}/`),
    ]),
    ['a figure', figurePoster(review, livelihood.data, housing, livelihoodText, URL)],
  ];

  it.each(posters)('draws %s 1080 px wide, at least 3:4, under 200 KB, its QR code its address', async (_, poster) => {
    const png = await drawPoster(poster);
    const { width, height } = PNG.sync.read(png);
    expect(width).toBe(POSTER.width);
    expect(height).toBeGreaterThanOrEqual(POSTER.minHeight);
    expect(png.byteLength).toBeLessThan(200 * 1024);
    expect(readQr(png)).toBe(poster.url);
  });

  it('gives the same bytes every time', async () => {
    const poster = sectionPoster(review, industry.data, 'https://review.example.org/industry/');
    expect((await drawPoster(poster)).equals(await drawPoster({ ...poster }))).toBe(true);
  });

  it('grows taller for longer words instead of cutting them', async () => {
    const poster = figurePoster(review, livelihood.data, housing, livelihoodText, URL);
    const longer = (times: number) => ({ ...poster, sentence: poster.sentence.repeat(times) });
    const height = async (p: Poster) => PNG.sync.read(await drawPoster(p)).height;
    expect(await height(poster)).toBe(POSTER.minHeight);
    // 8 more times the sentence: 176 more characters, about 7 more lines of 26.
    expect((await height(longer(16))) - (await height(longer(8)))).toBeGreaterThan(6 * 36 * 1.75);
  });
});
