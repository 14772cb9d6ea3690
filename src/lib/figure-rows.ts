import { figureRow, type FigureRow } from './data-files';
import { allFigures, getReview } from './review';
import { sectionUrl } from './site';
import { anchors } from './urls';

/** Every figure of this build's review as open-data rows. */
export async function reviewFigureRows(): Promise<FigureRow[]> {
  const review = await getReview();
  return allFigures(review).map((f) =>
    figureRow(f, f.section.data.slug, `${sectionUrl(f.section.data.slug)}#${anchors.figure(f.id)}`),
  );
}
