import { describe, expect, it } from 'vitest';
import { jsonLdText, pageMeta, type MetaContext } from '../../src/lib/meta';
import { archiveCard } from '../../src/lib/share-card';
import { absoluteUrl, joinBase } from '../../src/lib/urls';
import { loadReview, loadSections } from '../helpers/content';

const review = loadReview().data;
const sections = loadSections().map((s) => s.data);
const [industry] = sections;
if (!industry) throw new Error('content has no sections');
/** The seed at its address in the archive. */
const seed = { meta: review, path: 'tongchuan/2020/', sections: sections.map((data) => ({ data })) };

/** The metadata context of a build at this site address and base path. */
function context(site: string, base: string): MetaContext {
  return { absolute: (path) => absoluteUrl(site, joinBase(base, path)) };
}

const subPath = context('https://example.org', '/review/');
const image = { path: 'share.png', card: archiveCard([review]) };

describe('pageMeta for a section', () => {
  const meta = pageMeta({ kind: 'section', review: seed, section: industry }, subPath);

  it('titles the page «section — review title» and describes it with its opening sentence', () => {
    expect(meta.title).toBe('聚焦产业转型升级 高质量发展步伐进一步加快 — 凝心聚力推动高质量发展');
    expect(meta.description).toBe(industry.summary);
    expect(meta.siteName).toBe('凝心聚力推动高质量发展——回眸2020年的铜川');
  });

  it('gives absolute addresses under the base path', () => {
    expect(meta.canonical).toBe('https://example.org/review/tongchuan/2020/industry/');
    expect(meta.image).toEqual({
      url: 'https://example.org/review/tongchuan/2020/og/industry.png',
      width: 1200,
      height: 630,
      alt: '聚焦产业转型升级 高质量发展步伐进一步加快。预计全社会固定资产投资增长5%。凝心聚力推动高质量发展——回眸2020年的铜川。',
    });
    expect(meta.noindex).toBe(false);
  });

  it('describes the section as a NewsArticle by the reporter, part of the review, without dates', () => {
    expect(meta.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '聚焦产业转型升级 高质量发展步伐进一步加快',
      description: industry.summary,
      inLanguage: 'zh-CN',
      url: 'https://example.org/review/tongchuan/2020/industry/',
      mainEntityOfPage: 'https://example.org/review/tongchuan/2020/industry/',
      image: 'https://example.org/review/tongchuan/2020/og/industry.png',
      author: { '@type': 'Person', name: '段海洲' },
      isPartOf: {
        '@type': 'NewsArticle',
        headline: '凝心聚力推动高质量发展',
        alternativeHeadline: '回眸2020年的铜川',
        url: 'https://example.org/review/tongchuan/2020/',
      },
    });
    expect(JSON.stringify(meta.jsonLd)).not.toMatch(/date/i);
  });
});

describe('pageMeta for the other pages', () => {
  it('titles the overview with the review’s full title and lists its sections as parts', () => {
    const meta = pageMeta({ kind: 'overview', review: seed }, context('https://example.org', '/'));
    expect(meta.title).toBe('凝心聚力推动高质量发展——回眸2020年的铜川');
    expect(meta.canonical).toBe('https://example.org/tongchuan/2020/');
    expect(meta.image.url).toBe('https://example.org/tongchuan/2020/og/index.png');
    expect(meta.jsonLd?.['hasPart']).toEqual(
      sections.map((s) => ({
        '@type': 'NewsArticle',
        headline: `${s.title} ${s.headline}`,
        url: `https://example.org/tongchuan/2020/${s.slug}/`,
      })),
    );
    expect(meta.jsonLd?.['isPartOf']).toEqual({ '@type': 'CreativeWorkSeries', name: review.series });
  });

  it('gives the print edition its own address and the overview’s image', () => {
    const meta = pageMeta(
      { kind: 'page', review: seed, title: '打印版', description: review.opening, path: 'print/' },
      subPath,
    );
    expect(meta.title).toBe('打印版 — 凝心聚力推动高质量发展');
    expect(meta.canonical).toBe('https://example.org/review/tongchuan/2020/print/');
    expect(meta.image.url).toBe('https://example.org/review/tongchuan/2020/og/index.png');
  });

  it('gives the search page its own address and the archive’s image but does not call it an article', () => {
    const meta = pageMeta(
      { kind: 'site', title: '搜索', description: '在全文中查找', path: 'search/', image },
      subPath,
    );
    expect(meta.title).toBe('搜索 — 年度回顾');
    expect(meta.siteName).toBe('年度回顾');
    expect(meta.canonical).toBe('https://example.org/review/search/');
    expect(meta.image.url).toBe('https://example.org/review/share.png');
    expect(meta.noindex).toBe(false);
    expect(meta.jsonLd).toBeUndefined();
  });

  it('keeps a page that serves what is elsewhere out of search, with the canonical address it is given', () => {
    const meta = pageMeta(
      {
        kind: 'aside',
        review: seed,
        title: '全社会固定资产投资预计增长5%',
        description: industry.summary,
        path: 'industry/#chart-industry-investment',
        section: industry,
      },
      subPath,
    );
    expect(meta.title).toBe('全社会固定资产投资预计增长5% — 凝心聚力推动高质量发展');
    expect(meta.canonical).toBe('https://example.org/review/tongchuan/2020/industry/#chart-industry-investment');
    expect(meta.noindex).toBe(true);
    expect(meta.image.url).toBe('https://example.org/review/tongchuan/2020/og/industry.png');
    expect(meta.jsonLd).toBeUndefined();
  });

  it('keeps the 404 page out of search and gives it no address of its own', () => {
    const meta = pageMeta({ kind: 'not-found', title: '页面未找到', description: review.opening, image }, subPath);
    expect(meta.noindex).toBe(true);
    expect(meta.canonical).toBeUndefined();
    expect(meta.jsonLd).toBeUndefined();
  });

  it('names a publisher only when the content names one', () => {
    const withPaper = { ...seed, meta: { ...review, publication: '测试日报' } };
    expect(pageMeta({ kind: 'overview', review: withPaper }, subPath).jsonLd?.['publisher']).toEqual({
      '@type': 'Organization',
      name: '测试日报',
    });
    expect(pageMeta({ kind: 'overview', review: seed }, subPath).jsonLd).not.toHaveProperty('publisher');
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element early', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
