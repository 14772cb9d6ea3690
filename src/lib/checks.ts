import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { ASCII_ID } from '../schemas/messages';
import { findElements, findIds, numbersIn, plainText } from './text';

/** A section as the checks see it: where it came from, its frontmatter, its MDX body. */
export interface SectionSource {
  file: string;
  data: SectionData;
  body: string;
}

export interface ReviewSource {
  file: string;
  data: ReviewData;
}

/**
 * A problem in the content, worded for the editor who has to fix it: the
 * file, the field and what is wrong.
 */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field} ${problem}`);
    this.name = 'ContentError';
  }
}

const quoted = (s: string) => `“${s}”`;

/**
 * The checks a schema cannot make because they look across fields, across
 * files or into the text. Throws a ContentError on the first problem.
 */
export function checkReview(review: ReviewSource, sections: SectionSource[]): void {
  if (sections.length === 0) {
    throw new ContentError('content/sections/', 'sections', 'are missing: add at least one .mdx file');
  }
  checkUnique(sections, (s) => s.data.slug, 'slug', 'is already used by');
  checkUnique(sections, (s) => String(s.data.order), 'order', 'is already used by');

  const figureOwners = new Map<string, string>();
  const topicOwners = new Map<string, string>();
  const chartOwners = new Map<string, string>();
  for (const section of sections) {
    const text = plainText(section.body);
    checkSectionText(section, text);
    section.data.figures.forEach((figure, i) => {
      claim(figureOwners, figure.id, section.file, `figures[${i}].id`, 'figure id');
      checkFigure(section.file, `figures[${i}]`, figure, text);
    });
    checkFigureMarks(section);
    for (const id of findIds(section.body, 'Topic')) {
      if (!ASCII_ID.test(id)) {
        throw new ContentError(
          section.file,
          `<Topic id="${id}">`,
          'must use lowercase ASCII letters, digits and hyphens',
        );
      }
      claim(topicOwners, id, section.file, `<Topic id="${id}">`, 'topic id');
    }
    const figures = new Map(section.data.figures.map((f) => [f.id, f]));
    section.data.charts.forEach((chart, i) => {
      claim(chartOwners, chart.id, section.file, `charts[${i}].id`, 'chart id');
      checkChart(section.file, `charts[${i}]`, chart, figures, 'is not a figure of this section');
    });
    checkChartPlacements(section);
  }

  const allFigures = new Map(sections.flatMap((s) => s.data.figures.map((f) => [f.id, f] as const)));
  const allText = sections.map((s) => plainText(s.body)).join('\n');
  if (!allText.includes(review.data.opening)) {
    throw new ContentError(
      review.file,
      'opening',
      `${quoted(review.data.opening)} does not occur in the text of any section. Copy a sentence exactly.`,
    );
  }
  review.data.charts.forEach((chart, i) => {
    claim(chartOwners, chart.id, review.file, `charts[${i}].id`, 'chart id');
    checkChart(review.file, `charts[${i}]`, chart, allFigures, 'is not a figure of any section');
  });
}

function checkUnique(sections: SectionSource[], key: (s: SectionSource) => string, field: string, problem: string) {
  const seen = new Map<string, string>();
  for (const section of sections) {
    const value = key(section);
    const other = seen.get(value);
    if (other)
      throw new ContentError(
        section.file,
        field,
        `${quoted(value)} ${problem} ${other}. Each section needs its own ${field}.`,
      );
    seen.set(value, section.file);
  }
}

function claim(owners: Map<string, string>, id: string, file: string, field: string, what: string) {
  const other = owners.get(id);
  if (other)
    throw new ContentError(
      file,
      field,
      `${quoted(id)} is already used as a ${what} in ${other}. Ids must be unique across the review.`,
    );
  owners.set(id, file);
}

function checkSectionText(section: SectionSource, text: string) {
  if (!text) throw new ContentError(section.file, 'text', 'is empty: write the section below the frontmatter');
  if (!text.includes(section.data.summary)) {
    throw new ContentError(
      section.file,
      'summary',
      `${quoted(section.data.summary)} does not occur in the text of this section. Copy a sentence exactly.`,
    );
  }
}

function checkFigure(file: string, field: string, figure: Figure, text: string) {
  if (!text.includes(figure.quote)) {
    throw new ContentError(
      file,
      `${field}.quote`,
      `${quoted(figure.quote)} does not occur in the text of this section. Copy the phrase exactly, punctuation included.`,
    );
  }
  const stated = numbersIn(figure.quote);
  if (!stated.includes(figure.value)) {
    throw new ContentError(
      file,
      `${field}.value`,
      `${figure.value} does not occur in its quote ${quoted(figure.quote)}. Every number must be one the text states.`,
    );
  }
  if (figure.outOf !== undefined && !stated.includes(figure.outOf)) {
    throw new ContentError(
      file,
      `${field}.outOf`,
      `${figure.outOf} does not occur in its quote ${quoted(figure.quote)}.`,
    );
  }
  if (figure.qualifier && !figure.quote.includes(figure.qualifier)) {
    throw new ContentError(
      file,
      `${field}.qualifier`,
      `${quoted(figure.qualifier)} does not occur in its quote ${quoted(figure.quote)}.`,
    );
  }
}

/** Every figure is marked once in the text, around exactly its quote, and every mark names a figure. */
function checkFigureMarks(section: SectionSource) {
  const marks = findElements(section.body, 'Fig');
  const figures = section.data.figures;
  for (const mark of marks) {
    const i = figures.findIndex((f) => f.id === mark.id);
    const figure = figures[i];
    if (!figure) {
      throw new ContentError(
        section.file,
        `<Fig id="${mark.id}">`,
        'names a figure that is not in this section’s figures. Add it to figures or correct the id.',
      );
    }
    if (mark.inner !== figure.quote) {
      throw new ContentError(
        section.file,
        `figures[${i}].quote`,
        `${quoted(figure.quote)} differs from the phrase marked in the text, ${quoted(mark.inner)}. They must be the same.`,
      );
    }
  }
  figures.forEach((figure, i) => {
    const count = marks.filter((m) => m.id === figure.id).length;
    if (count !== 1) {
      throw new ContentError(
        section.file,
        `figures[${i}].id`,
        `${quoted(figure.id)} is marked ${count} times in the text; mark its quote once with <Fig id="${figure.id}">…</Fig>.`,
      );
    }
  });
}

/** Every chart of a section is placed once in its text, and every placement names one of them. */
function checkChartPlacements(section: SectionSource) {
  const placed = findIds(section.body, 'Chart');
  const charts = section.data.charts;
  for (const id of placed) {
    if (!charts.some((c) => c.id === id)) {
      throw new ContentError(
        section.file,
        `<Chart id="${id}" />`,
        'names a chart that is not in this section’s charts. Add it to charts or correct the id.',
      );
    }
  }
  charts.forEach((chart, i) => {
    const count = placed.filter((id) => id === chart.id).length;
    if (count !== 1) {
      throw new ContentError(
        section.file,
        `charts[${i}].id`,
        `${quoted(chart.id)} is placed ${count} times in the text; place it once with <Chart id="${chart.id}" /> after the paragraph it belongs to.`,
      );
    }
  });
}

/** A chart draws existing figures, each of a kind its form can tell the truth about. */
function checkChart(
  file: string,
  field: string,
  chart: ChartDefinition,
  figures: Map<string, Figure>,
  missing: string,
) {
  const drawn = chart.figures.map((id, j) => {
    const figure = figures.get(id);
    if (!figure) throw new ContentError(file, `${field}.figures[${j}]`, `${quoted(id)} ${missing}.`);
    return figure;
  });
  const fits: Record<ChartDefinition['type'], (f: Figure) => string | undefined> = {
    growth: (f) => (f.kind === 'growth' ? undefined : 'a growth chart draws only figures of kind growth'),
    share: (f) => (f.kind === 'share' ? undefined : 'a share chart draws only figures of kind share'),
    rank: (f) =>
      f.kind === 'rank' && f.outOf ? undefined : 'a rank chart draws only ranks whose number of peers (outOf) is known',
    count: (f) =>
      f.kind === 'count' && f.unit === drawn[0]?.unit ? undefined : 'a count chart draws only counts of one unit',
  };
  drawn.forEach((figure, j) => {
    const problem = fits[chart.type](figure);
    if (problem)
      throw new ContentError(file, `${field}.figures[${j}]`, `${quoted(figure.id)} cannot be drawn here: ${problem}.`);
  });
}
