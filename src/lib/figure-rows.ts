import { figureRow, type FigureRow } from './data-files';
import { allFigures, getReview } from './review';
import { figureUrl } from './site';

/** Every figure of this build's review as open-data rows. */
export async function reviewFigureRows(): Promise<FigureRow[]> {
  const review = await getReview();
  return allFigures(review).map((f) => figureRow(f, f.section.data.slug, figureUrl(f.section.data.slug, f.id)));
}
