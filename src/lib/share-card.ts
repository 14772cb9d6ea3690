/**
 * What a share image says, decided apart from how it is drawn so the words
 * can be tested and reused as the image's alt text.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import type { Figure } from '../schemas/figure';
import { displayText, figureDisplay } from './format';
import { reporterLine, reviewTitle, sectionKicker } from './titles';
import { archive, indicator as indicatorWords } from './ui';

/** The size Open Graph and chat apps crop best: 1.91:1. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** A section's lead figure as the card sets it: the number large, the rest small. */
export interface CardFigure {
  before: string;
  number: string;
  after: string;
  label: string;
  /** The phrase of the text that states it, for the alt text. */
  quote: string;
}

export interface ShareCard {
  /** The small line at the top, where the review has a series. */
  series?: string;
  /** The accent line above the headline (a section's 聚焦…). */
  kicker?: string;
  headline: string;
  /** The accent line below the headline (the overview's subtitle). */
  deck?: string;
  /** A section's lead figure, if it has figures. */
  figure?: CardFigure;
  /** The overview lists its sections instead of a figure. */
  items: string[];
  /** Where the card comes from, at its foot. */
  footer: string;
}

/** A section's card: its heading and its lead figure (the first featured one, else the first). */
export function sectionCard(review: ReviewData, section: SectionData): ShareCard {
  const lead = section.figures.find((f) => f.featured) ?? section.figures[0];
  return {
    ...(review.series ? { series: review.series } : {}),
    kicker: sectionKicker(section),
    headline: section.headline,
    figure: lead && { ...figureDisplay(lead), label: lead.label, quote: lead.quote },
    items: [],
    footer: reviewTitle(review),
  };
}

/** The overview's card: the review's title and the kickers of its sections. */
export function overviewCard(review: ReviewData, sections: SectionData[]): ShareCard {
  return {
    ...(review.series ? { series: review.series } : {}),
    headline: review.title,
    ...(review.subtitle ? { deck: `——${review.subtitle}` } : {}),
    items: sections.map((s) => s.title),
    footer: reporterLine(review),
  };
}

/** A review as the archive's cards list it. */
type ListedReview = Pick<ReviewData, 'city' | 'year' | 'title'>;

/** The archive's card: its name and its reviews, newest first (as many as fit). */
export function archiveCard(reviews: ListedReview[]): ShareCard {
  return {
    series: archive.description(reviews.length),
    headline: archive.title,
    items: reviews.map((r) => archive.placeYear(r.city, r.year)),
    footer: archive.intro,
  };
}

/** A place's card: its name and its years. */
export function placeCard(name: string, reviews: ListedReview[]): ShareCard {
  return {
    series: archive.title,
    headline: archive.placeTitle(name),
    items: reviews.map((r) => indicatorWords.year(r.year)),
    footer: archive.placeDescription(
      name,
      reviews.map((r) => r.year),
    ),
  };
}

/** An indicator's card: its name, its newest value large, and every year's value. */
export function indicatorCard(
  place: string,
  label: string,
  values: (Pick<Figure, 'value' | 'unit' | 'qualifier' | 'kind' | 'quote' | 'label'> & { year: number })[],
): ShareCard {
  const newest = values.at(-1);
  return {
    series: archive.placeTitle(place),
    headline: indicatorWords.pageTitle(label),
    figure: newest && { ...figureDisplay(newest), label: indicatorWords.year(newest.year), quote: newest.quote },
    items: [],
    footer: values.map((v) => `${indicatorWords.year(v.year)} ${displayText(figureDisplay(v))}`).join('，'),
  };
}

/** The card's words in reading order, for og:image:alt. */
export function shareCardAlt(card: ShareCard): string {
  const parts = [[card.kicker, card.headline, card.deck].filter(Boolean).join(' ')];
  if (card.figure) parts.push(card.figure.quote);
  if (card.items.length) parts.push(card.items.join('、'));
  parts.push(card.footer);
  // A part that is already a sentence keeps its own full stop.
  return `${parts.map((p) => p.replace(/。$/, '')).join('。')}。`;
}
