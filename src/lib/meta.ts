/**
 * A page's head metadata (title, description, canonical address, Open Graph,
 * JSON-LD), decided in one pure function so it can be tested for any page,
 * base path and site address. src/components/head/PageMeta.astro prints it.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { overviewCard, sectionCard, SHARE_IMAGE, shareCardAlt, type ShareCard } from './share-card';
import { pageTitle, reviewTitle, sectionHeading } from './titles';
import { archive } from './ui';
import { sectionPath, shareImagePath } from './urls';

/** A review as the metadata needs it: its data, its address and its sections' data. */
export interface ReviewRef {
  meta: ReviewData;
  /** Its address, relative to the base (tongchuan/2020/). */
  path: string;
  sections: { data: SectionData }[];
}

/** A page of the site around the reviews (the archive, a place, an indicator, the search): its share card is its own. */
export interface SitePage {
  title: string;
  description: string;
  /** The page's path, relative to the base. */
  path: string;
  /** Its share image's path and what the image says. */
  image: { path: string; card: ShareCard };
  /** schema.org data, where the page is more than a list (an indicator's Dataset). */
  jsonLd?: Record<string, unknown>;
}

/** Which page the metadata is for. */
export type PageInput =
  | { kind: 'overview'; review: ReviewRef }
  | { kind: 'section'; review: ReviewRef; section: SectionData }
  /** Another page of the whole review (the print edition); its path is relative to the review's. */
  | { kind: 'page'; review: ReviewRef; title: string; description: string; path: string }
  /**
   * A page that serves what is already elsewhere, kept out of search: a
   * poster's page (its own canonical address) or a chart framed by other
   * sites (canonical: the chart's place on the site). Paths relative to the review's.
   */
  | { kind: 'aside'; review: ReviewRef; title: string; description: string; path: string; section?: SectionData }
  /** The archive's front page, a place's page, an indicator's, the search. */
  | ({ kind: 'site' } & SitePage)
  /** The page for unknown addresses: it has no address of its own. */
  | { kind: 'not-found'; title: string; description: string; image: SitePage['image'] }
  /** An old address: it sends the reader on to `to` (absolute), its canonical address. */
  | { kind: 'moved'; title: string; description: string; to: string; image: SitePage['image'] };

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

/** How this build makes absolute addresses: a path inside the site → its absolute address (site.ts's absolute()). */
export interface MetaContext {
  absolute: (path: string) => string;
}

function reviewImage(ctx: MetaContext, review: ReviewRef, section?: SectionData): ShareImage {
  const card = section
    ? sectionCard(review.meta, section)
    : overviewCard(
        review.meta,
        review.sections.map((s) => s.data),
      );
  return {
    url: ctx.absolute(`${review.path}${shareImagePath(section?.slug)}`),
    ...SHARE_IMAGE,
    alt: shareCardAlt(card),
  };
}

function siteImage(ctx: MetaContext, image: SitePage['image']): ShareImage {
  return { url: ctx.absolute(image.path), ...SHARE_IMAGE, alt: shareCardAlt(image.card) };
}

/** The reporter, as schema.org names an author. */
function author(review: ReviewData) {
  return { '@type': 'Person', name: review.reporter };
}

/**
 * The whole review as a schema.org NewsArticle: no dates, no publisher
 * unless the content names one, since the source states neither.
 */
function reviewArticle(ctx: MetaContext, review: ReviewRef, url: string, imageUrl: string) {
  const { meta } = review;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    ...(meta.subtitle && { alternativeHeadline: meta.subtitle }),
    description: meta.opening,
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: url,
    image: imageUrl,
    author: author(meta),
    ...(meta.publication && { publisher: { '@type': 'Organization', name: meta.publication } }),
    ...(meta.series && { isPartOf: { '@type': 'CreativeWorkSeries', name: meta.series } }),
    hasPart: review.sections.map(({ data: s }) => ({
      '@type': 'NewsArticle',
      headline: sectionHeading(s),
      url: ctx.absolute(`${review.path}${sectionPath(s.slug)}`),
    })),
  };
}

/** A section as a NewsArticle that is part of the review. */
function sectionArticle(ctx: MetaContext, review: ReviewRef, section: SectionData, url: string, imageUrl: string) {
  const { meta } = review;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: sectionHeading(section),
    description: section.summary,
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: url,
    image: imageUrl,
    author: author(meta),
    isPartOf: {
      '@type': 'NewsArticle',
      headline: meta.title,
      ...(meta.subtitle && { alternativeHeadline: meta.subtitle }),
      url: ctx.absolute(review.path),
    },
  };
}

/** The metadata of one page. */
export function pageMeta(page: PageInput, ctx: MetaContext): PageMeta {
  switch (page.kind) {
    case 'overview': {
      const { review } = page;
      const canonical = ctx.absolute(review.path);
      const img = reviewImage(ctx, review);
      const siteName = reviewTitle(review.meta);
      return {
        title: pageTitle(siteName),
        description: review.meta.opening,
        canonical,
        noindex: false,
        siteName,
        image: img,
        jsonLd: reviewArticle(ctx, review, canonical, img.url),
      };
    }
    case 'section': {
      const { review, section } = page;
      const canonical = ctx.absolute(`${review.path}${sectionPath(section.slug)}`);
      const img = reviewImage(ctx, review, section);
      return {
        title: pageTitle(sectionHeading(section), review.meta.title),
        description: section.summary,
        canonical,
        noindex: false,
        siteName: reviewTitle(review.meta),
        image: img,
        jsonLd: sectionArticle(ctx, review, section, canonical, img.url),
      };
    }
    case 'page': {
      const { review } = page;
      const canonical = ctx.absolute(`${review.path}${page.path}`);
      const img = reviewImage(ctx, review);
      return {
        title: pageTitle(page.title, review.meta.title),
        description: page.description,
        canonical,
        noindex: false,
        siteName: reviewTitle(review.meta),
        image: img,
        jsonLd: reviewArticle(ctx, review, canonical, img.url),
      };
    }
    case 'aside': {
      const { review } = page;
      return {
        title: pageTitle(page.title, review.meta.title),
        description: page.description,
        canonical: ctx.absolute(`${review.path}${page.path}`),
        noindex: true,
        siteName: reviewTitle(review.meta),
        image: reviewImage(ctx, review, page.section),
      };
    }
    case 'site':
      return {
        title: page.path === '' ? archive.title : pageTitle(page.title, archive.title),
        description: page.description,
        canonical: ctx.absolute(page.path),
        noindex: false,
        siteName: archive.title,
        image: siteImage(ctx, page.image),
        ...(page.jsonLd ? { jsonLd: page.jsonLd } : {}),
      };
    case 'not-found':
      return {
        title: pageTitle(page.title, archive.title),
        description: page.description,
        noindex: true,
        siteName: archive.title,
        image: siteImage(ctx, page.image),
      };
    case 'moved':
      return {
        title: page.title,
        description: page.description,
        canonical: page.to,
        noindex: false,
        siteName: archive.title,
        image: siteImage(ctx, page.image),
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
