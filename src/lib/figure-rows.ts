import { figureRow, type FigureRow } from './data-files';
import { allFigures, type Review } from './review';
import { links } from './site';

/** Every figure of a review as open-data rows. */
export function reviewFigureRows(review: Review): FigureRow[] {
  const to = links(review);
  return allFigures(review).map((f) => figureRow(f, f.section.data.slug, to.figureUrl(f.section.data.slug, f.id)));
}
