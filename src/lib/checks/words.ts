/**
 * The words editors write around the text: sentences they take from it
 * occur in it, and the numbers in all of them are numbers it states.
 */
import type { ChartDefinition } from '../../schemas/chart';
import { ContentError } from '../../schemas/messages';
import { statedNumbers, statesNumber } from '../numbers';
import { yearReviewed } from '../report-year';
import { quoted, type ReadSection, type ReviewSource, type SectionSource } from './sources';

/** A section has text, and its summary is a sentence of it. */
export function checkSectionText(section: SectionSource, text: string) {
  if (!text) throw new ContentError(section.file, 'text', 'is empty: write the section below the frontmatter');
  if (!text.includes(section.data.summary)) {
    throw new ContentError(
      section.file,
      'summary',
      `${quoted(section.data.summary)} does not occur in the text of this section. Copy a sentence exactly.`,
    );
  }
}

/** The overview opens with a sentence of the text. */
export function checkOpening(review: ReviewSource, allText: string) {
  if (!allText.includes(review.data.opening)) {
    throw new ContentError(
      review.file,
      'opening',
      `${quoted(review.data.opening)} does not occur in the text of any section. Copy a sentence exactly.`,
    );
  }
}

/**
 * Every number in the words editors write around the text (headings,
 * labels, chart titles and summaries, notes, the overview) is one the text
 * states somewhere, read the way figures are read. The article's own head
 * (series, title, subtitle, source) and its headings as printed (a
 * section's source) are text, and count as stating their numbers.
 */
export function checkStatedNumbers(review: ReviewSource, sections: ReadSection[], allText: string) {
  const { series, title, subtitle, source } = review.data;
  const printedHeadings = sections.flatMap((s) => s.data.source ?? []);
  const stated = statedNumbers([allText, series, title, subtitle, source, ...printedHeadings].join('\n'));
  // A name's numerals name, they do not count (谭一帆, 九江市, 万州区): in names only digits are numbers.
  const check = (file: string, field: string, words: string | undefined, name = false) => {
    if (!words) return;
    const unstated = statedNumbers(words)
      .filter((n) => !name || /^\d/.test(n.text))
      .find((n) => !n.readings.some((r) => statesNumber(stated, r.value)));
    if (unstated) {
      throw new ContentError(
        file,
        field,
        `${quoted(words)} has ${unstated.text}, a number the text does not state. Every number on the site must be one the text states: correct it or leave it out.`,
      );
    }
  };
  const checkCharts = (file: string, charts: ChartDefinition[]) =>
    charts.forEach((chart, i) => {
      check(file, `charts[${i}].title`, chart.title);
      check(file, `charts[${i}].summary`, chart.summary);
    });

  const { file, data } = review;
  const reviewed = [series, title, subtitle, source].some((w) => w !== undefined && yearReviewed(w) === data.year);
  if (!statesNumber(stated, data.year) && !reviewed) {
    throw new ContentError(file, 'year', `${data.year} is not a year the text states. Correct it.`);
  }
  check(file, 'opening', data.opening);
  check(file, 'city', data.city, true);
  check(file, 'reporter', data.reporter, true);
  check(file, 'publication', data.publication, true);
  check(file, 'textNote', data.textNote);
  checkCharts(file, data.charts);
  for (const section of sections) {
    const { file: sectionFile, data: s } = section;
    check(sectionFile, 'title', s.title);
    check(sectionFile, 'headline', s.headline);
    check(sectionFile, 'summary', s.summary);
    check(sectionFile, 'byline', s.byline, true);
    s.figures.forEach((figure, i) => {
      check(sectionFile, `figures[${i}].label`, figure.label);
      check(sectionFile, `figures[${i}].peers`, figure.peers);
    });
    checkCharts(sectionFile, s.charts);
    s.corrections.forEach((correction, i) => check(sectionFile, `corrections[${i}].note`, correction.note));
  }
}
