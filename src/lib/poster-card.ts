/**
 * What a poster says (the tall picture WeChat readers save and send),
 * decided apart from how it is drawn (./poster.ts) so the words can be
 * tested and reused as the picture's alt text. A poster holds only words of
 * the article and of ./ui.ts, and the address its QR code leads to.
 */
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { displayText, figureDisplay, type FigureDisplay } from './format';
import { sentenceStating } from './sentences';
import { creditLine, reviewTitle, sectionKicker } from './titles';
import { overview as overviewWords, poster as words } from './ui';

/** 1080 px wide, as phones save pictures; at least 3:4, taller where the words need it. */
export const POSTER = { width: 1080, minHeight: 1440 } as const;

/** A section's poster shows its featured figures, at most this many. */
export const SECTION_POSTER_FIGURES = 3;

/** A figure as its card shows it: the number with its qualifier and unit, its label and peers. */
export interface PosterFigure extends FigureDisplay {
  label: string;
  peers?: string;
}

interface PosterBase {
  /** Where the article comes from, at the foot. */
  credit: string;
  /** The address the QR code holds. */
  url: string;
  /** The words beside the QR code. */
  scan: string;
}

export interface SectionPoster extends PosterBase {
  kind: 'section';
  /** Absent where the review has no series. */
  series?: string;
  review: string;
  /** Absent when the section's title is its headline. */
  kicker?: string;
  headline: string;
  figures: PosterFigure[];
}

export interface FigurePoster extends PosterBase {
  kind: 'figure';
  kicker: string;
  figure: PosterFigure;
  /** The sentence of the text that states the figure … */
  sentence: string;
  /** … and the phrase in it that does. */
  quote: string;
}

export interface OverviewPoster extends PosterBase {
  kind: 'overview';
  series?: string;
  title: string;
  /** The subtitle with its dashes, where the review has one. */
  deck?: string;
  /** The heading over the figures: 数说2020. */
  numbers: string;
  figures: PosterFigure[];
}

export type Poster = SectionPoster | FigurePoster | OverviewPoster;

function posterFigure(figure: Figure): PosterFigure {
  return { ...figureDisplay(figure), label: figure.label, ...(figure.peers ? { peers: figure.peers } : {}) };
}

const base = (review: ReviewData, url: string): PosterBase => ({
  credit: creditLine(review),
  url,
  scan: words.scanToRead,
});

/** A section's poster: its heading and its featured figures (else its first ones). */
export function sectionPoster(review: ReviewData, section: SectionData, url: string): SectionPoster {
  const featured = section.figures.filter((f) => f.featured);
  return {
    kind: 'section',
    ...(review.series ? { series: review.series } : {}),
    review: reviewTitle(review),
    kicker: sectionKicker(section),
    headline: section.headline,
    figures: (featured.length ? featured : section.figures).slice(0, SECTION_POSTER_FIGURES).map(posterFigure),
    ...base(review, url),
  };
}

/** A figure's poster: the number large, and the sentence of the section's text (one paragraph a line) that states it. */
export function figurePoster(
  review: ReviewData,
  section: SectionData,
  figure: Figure,
  text: string,
  url: string,
): FigurePoster {
  return {
    kind: 'figure',
    kicker: section.title,
    figure: posterFigure(figure),
    sentence: sentenceStating(text, figure.quote),
    quote: figure.quote,
    ...base(review, url),
  };
}

/** The overview's poster: the review's title and the figures of 数说. */
export function overviewPoster(review: ReviewData, featured: Figure[], url: string): OverviewPoster {
  return {
    kind: 'overview',
    ...(review.series ? { series: review.series } : {}),
    title: review.title,
    ...(review.subtitle ? { deck: `——${review.subtitle}` } : {}),
    numbers: overviewWords.numbers(review.year),
    figures: featured.map(posterFigure),
    ...base(review, url),
  };
}

const figureWords = (f: PosterFigure) => [f.label, f.peers, displayText(f)].filter(Boolean).join(' ');

/** The poster's words in reading order, for the alt text of the page that shows it. */
export function posterAlt(poster: Poster): string {
  const parts = (() => {
    switch (poster.kind) {
      case 'section':
        return [
          ...(poster.series ? [poster.series] : []),
          poster.review,
          [poster.kicker, poster.headline].filter(Boolean).join(' '),
          ...poster.figures.map(figureWords),
        ];
      case 'figure':
        return [poster.kicker, figureWords(poster.figure), poster.sentence.replace(/。$/, '')];
      case 'overview':
        return [
          ...(poster.series ? [poster.series] : []),
          `${poster.title}${poster.deck ?? ''}`,
          poster.numbers,
          ...poster.figures.map(figureWords),
        ];
    }
  })();
  return `${[...parts, poster.credit, poster.scan].join('。')}。`;
}
