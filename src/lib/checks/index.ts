/**
 * The checks a schema cannot make because they look across fields, across
 * files or into the text, by what they check: ids and addresses (./ids.ts),
 * a figure against its quote (./figures.ts), the marks and placements in the
 * text (./marks.ts), charts against their figures (./charts.ts) and the
 * words around the text (./words.ts); then, across reviews, the archive's
 * addresses and indicators (./archive.ts). Each file has already been read
 * and checked on its own (../content-file.ts).
 */
import { readBody } from '../section-body';
import { checkArchive } from './archive';
import { checkChart } from './charts';
import { checkFigure } from './figures';
import { checkPageIds, checkSlug, checkTopicIds, checkUnique, claim } from './ids';
import { checkChartPlacements, checkFigureMarks } from './marks';
import type { ReadSection, ReviewSource, SectionSource } from './sources';
import { checkOpening, checkSectionText, checkStatedNumbers } from './words';

export type { ReviewSource, SectionSource } from './sources';
export { checkArchive, type ArchiveSource } from './archive';

/** A review with its sections, in any order, as read from its folder. */
export interface ReviewWithSections extends ReviewSource {
  sections: SectionSource[];
}

/** Each review's own checks, in its sections' reading order, then the archive's across them; throws a ContentError on the first problem. */
export function checkReviews(reviews: ReviewWithSections[]): void {
  for (const review of reviews) {
    checkReview(
      review,
      [...review.sections].sort((a, b) => a.data.order - b.data.order),
    );
  }
  checkArchive(reviews);
}

/** Throws a ContentError on the first problem. */
export function checkReview(review: ReviewSource, sources: SectionSource[]): void {
  const sections: ReadSection[] = sources.map((s) => ({ ...s, read: readBody(s.body) }));
  checkUnique(sections, (s) => s.data.slug, 'slug', 'is already used by');
  for (const section of sections) checkSlug(section);
  checkUnique(sections, (s) => String(s.data.order), 'order', 'is already used by');

  const figureOwners = new Map<string, string>();
  const topicOwners = new Map<string, string>();
  const chartOwners = new Map<string, string>();
  for (const section of sections) {
    const { text } = section.read;
    checkSectionText(section, text);
    section.data.figures.forEach((figure, i) => {
      claim(figureOwners, figure.id, section.file, `figures[${i}].id`, 'figure id');
      checkFigure(section.file, `figures[${i}]`, figure, text);
    });
    checkFigureMarks(section);
    checkTopicIds(section, topicOwners);
    const figures = new Map(section.data.figures.map((f) => [f.id, f]));
    section.data.charts.forEach((chart, i) => {
      claim(chartOwners, chart.id, section.file, `charts[${i}].id`, 'chart id');
      checkChart(section.file, `charts[${i}]`, chart, figures, 'is not a figure of this section');
    });
    checkChartPlacements(section);
  }

  const allFigures = new Map(sections.flatMap((s) => s.data.figures.map((f) => [f.id, f] as const)));
  const allText = sections.map((s) => s.read.text).join('\n');
  checkOpening(review, allText);
  review.data.charts.forEach((chart, i) => {
    claim(chartOwners, chart.id, review.file, `charts[${i}].id`, 'chart id');
    checkChart(review.file, `charts[${i}]`, chart, allFigures, 'is not a figure of any section');
  });

  checkStatedNumbers(review, sections, allText);
  checkPageIds(review, sections);
}
