/**
 * Every poster of the review, with what its page needs: the overview's,
 * each section's and each figure's, by name (./urls.ts posterName). The
 * picture's endpoint and the poster's page both list them from here.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { formatFigure } from './format';
import { figurePoster, overviewPoster, sectionPoster, type Poster } from './poster-card';
import { readBody } from './section-body';
import { reviewTitle, sectionHeading } from './titles';
import { figurePath, posterName, sectionPath } from './urls';

export interface PosterEntry {
  name: string;
  poster: Poster;
  /** What the poster shows, in words: its page's title and the way back say it. */
  subject: string;
  /** The path the page leads back to: the poster's place on the site. */
  back: string;
  /** The section it belongs to; none for the overview's. */
  section?: SectionData;
}

/** The review as the posters need it: its sections with their text. */
export interface PosterSource {
  meta: ReviewData;
  sections: { data: SectionData; body?: string }[];
}

/** Every poster: the overview's, then each section's followed by its figures'. */
export function posterEntries(review: PosterSource, absolute: (path: string) => string): PosterEntry[] {
  const { meta } = review;
  const featured = review.sections.flatMap((s) => s.data.figures.filter((f) => f.featured));
  const overview: PosterEntry = {
    name: posterName.overview,
    poster: overviewPoster(meta, featured, absolute('')),
    subject: reviewTitle(meta),
    back: '',
  };
  return [
    overview,
    ...review.sections.flatMap(({ data: section, body = '' }) => {
      const text = readBody(body).text;
      const path = sectionPath(section.slug);
      return [
        {
          name: posterName.section(section.slug),
          poster: sectionPoster(meta, section, absolute(path)),
          subject: sectionHeading(section),
          back: path,
          section,
        },
        ...section.figures.map((figure) => ({
          name: posterName.figure(figure.id),
          poster: figurePoster(meta, section, figure, text, absolute(figurePath(section.slug, figure.id))),
          subject: `${figure.label} ${formatFigure(figure)}`,
          back: figurePath(section.slug, figure.id),
          section,
        })),
      ];
    }),
  ];
}
