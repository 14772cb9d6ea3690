/**
 * A page's head metadata (title, description, canonical address, Open Graph,
 * JSON-LD), decided in one pure function so it can be tested for any page,
 * base path and site address. src/components/head/PageMeta.astro prints it.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { overviewCard, sectionCard, SHARE_IMAGE, shareCardAlt } from './share-card';
import { reviewTitle, sectionHeading } from './titles';
import { sectionPath, shareImagePath } from './urls';

/** Which page the metadata is for. */
export type PageInput =
  | { kind: 'overview' }
  | { kind: 'section'; section: SectionData }
  /** Another page of the whole review (the print edition). */
  | { kind: 'page'; title: string; description: string; path: string }
  /** The search page: an address of its own, but not part of the article. */
  | { kind: 'search'; title: string; description: string; path: string }
  /**
   * A page that serves what is already elsewhere, kept out of search: a
   * poster's page (its own canonical address) or a chart framed by other
   * sites (canonical: the chart's place on the site).
   */
  | { kind: 'aside'; title: string; description: string; path: string; section?: SectionData }
  /** The page for unknown addresses: it has no address of its own. */
  | { kind: 'not-found'; title: string; description: string };

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Absent on the 404 page, which is served at any unknown address. */
  canonical?: string;
  noindex: boolean;
  siteName: string;
  image: ShareImage;
  /** schema.org data, absent where the page is not the article. */
  jsonLd?: Record<string, unknown>;
}

/** Everything the metadata draws on: the review, its sections and how this build makes absolute addresses. */
export interface MetaContext {
  review: ReviewData;
  sections: SectionData[];
  /** A path inside the site → its absolute address (site.ts's absolute()). */
  absolute: (path: string) => string;
}

function image(ctx: MetaContext, section?: SectionData): ShareImage {
  const card = section ? sectionCard(ctx.review, section) : overviewCard(ctx.review, ctx.sections);
  return { url: ctx.absolute(shareImagePath(section?.slug)), ...SHARE_IMAGE, alt: shareCardAlt(card) };
}

/** The reporter, as schema.org names an author. */
function author(review: ReviewData) {
  return { '@type': 'Person', name: review.reporter };
}

/**
 * The whole review as a schema.org NewsArticle: no dates, no publisher
 * unless the content names one, since the source states neither.
 */
function reviewArticle(ctx: MetaContext, url: string, imageUrl: string) {
  const { review } = ctx;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: review.title,
    ...(review.subtitle && { alternativeHeadline: review.subtitle }),
    description: review.opening,
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: url,
    image: imageUrl,
    author: author(review),
    ...(review.publication && { publisher: { '@type': 'Organization', name: review.publication } }),
    ...(review.series && { isPartOf: { '@type': 'CreativeWorkSeries', name: review.series } }),
    hasPart: ctx.sections.map((s) => ({
      '@type': 'NewsArticle',
      headline: sectionHeading(s),
      url: ctx.absolute(sectionPath(s.slug)),
    })),
  };
}

/** A section as a NewsArticle that is part of the review. */
function sectionArticle(ctx: MetaContext, section: SectionData, url: string, imageUrl: string) {
  const { review } = ctx;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: sectionHeading(section),
    description: section.summary,
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: url,
    image: imageUrl,
    author: author(review),
    isPartOf: {
      '@type': 'NewsArticle',
      headline: review.title,
      ...(review.subtitle && { alternativeHeadline: review.subtitle }),
      url: ctx.absolute(''),
    },
  };
}

/** The metadata of one page. */
export function pageMeta(page: PageInput, ctx: MetaContext): PageMeta {
  const { review } = ctx;
  const siteName = reviewTitle(review);
  const titled = (title: string) => `${title} — ${review.title}`;
  switch (page.kind) {
    case 'overview': {
      const canonical = ctx.absolute('');
      const img = image(ctx);
      return {
        title: siteName,
        description: review.opening,
        canonical,
        noindex: false,
        siteName,
        image: img,
        jsonLd: reviewArticle(ctx, canonical, img.url),
      };
    }
    case 'section': {
      const { section } = page;
      const canonical = ctx.absolute(sectionPath(section.slug));
      const img = image(ctx, section);
      return {
        title: titled(sectionHeading(section)),
        description: section.summary,
        canonical,
        noindex: false,
        siteName,
        image: img,
        jsonLd: sectionArticle(ctx, section, canonical, img.url),
      };
    }
    case 'page': {
      const canonical = ctx.absolute(page.path);
      const img = image(ctx);
      return {
        title: titled(page.title),
        description: page.description,
        canonical,
        noindex: false,
        siteName,
        image: img,
        jsonLd: reviewArticle(ctx, canonical, img.url),
      };
    }
    case 'search':
      return {
        title: titled(page.title),
        description: page.description,
        canonical: ctx.absolute(page.path),
        noindex: false,
        siteName,
        image: image(ctx),
      };
    case 'aside':
      return {
        title: titled(page.title),
        description: page.description,
        canonical: ctx.absolute(page.path),
        noindex: true,
        siteName,
        image: image(ctx, page.section),
      };
    case 'not-found':
      return {
        title: titled(page.title),
        description: page.description,
        noindex: true,
        siteName,
        image: image(ctx),
      };
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so no text
 * of the content can close the script element early.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
