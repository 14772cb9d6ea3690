/**
 * What a share image says, decided apart from how it is drawn so the words
 * can be tested and reused as the image's alt text.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { figureDisplay } from './format';
import { reporterLine, reviewTitle, sectionKicker } from './titles';

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

/** The card's words in reading order, for og:image:alt. */
export function shareCardAlt(card: ShareCard): string {
  const parts = [[card.kicker, card.headline, card.deck].filter(Boolean).join(' ')];
  if (card.figure) parts.push(card.figure.quote);
  if (card.items.length) parts.push(card.items.join('、'));
  parts.push(card.footer);
  return `${parts.join('。')}。`;
}
