import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';
import { ASCII_ID, ContentError } from '../schemas/messages';
import { QUALIFIER_PLACES } from '../schemas/qualifiers';
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { afterNumber } from './format';
import { statedNumbers, statesNumber, type StatedNumber } from './numbers';
import { readBody, type SectionBody } from './section-body';
import { anchors, PAGE_IDS, posterName, REVIEW_FOLDERS } from './urls';

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

const quoted = (s: string) => `“${s}”`;

/** A section with its body read (./section-body.ts). */
interface ReadSection extends SectionSource {
  read: SectionBody;
}

/**
 * The checks a schema cannot make because they look across fields, across
 * files or into the text. Throws a ContentError on the first problem. Each
 * file has already been read and checked on its own (./content-file.ts).
 */
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
    for (const topic of section.read.topics) {
      const field = `<Topic id="${topic.id}">`;
      if (!ASCII_ID.test(topic.id)) {
        throw new ContentError(section.file, field, 'must use lowercase ASCII letters, digits and hyphens');
      }
      claim(topicOwners, topic.id, section.file, field, 'topic id');
    }
    const figures = new Map(section.data.figures.map((f) => [f.id, f]));
    section.data.charts.forEach((chart, i) => {
      claim(chartOwners, chart.id, section.file, `charts[${i}].id`, 'chart id');
      checkChart(section.file, `charts[${i}]`, chart, figures, 'is not a figure of this section');
    });
    checkChartPlacements(section);
  }

  const allFigures = new Map(sections.flatMap((s) => s.data.figures.map((f) => [f.id, f] as const)));
  const allText = sections.map((s) => s.read.text).join('\n');
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

  checkStatedNumbers(review, sections, allText);
  checkPageIds(review, sections);
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

/** A section's address may not be one of the site's own folders, nor name another poster's picture. */
function checkSlug({ file, data: { slug } }: SectionSource) {
  if ((REVIEW_FOLDERS as readonly string[]).includes(slug)) {
    throw new ContentError(
      file,
      'slug',
      `${quoted(slug)} is a folder of the site itself (${REVIEW_FOLDERS.join(', ')}). Choose another slug.`,
    );
  }
  const figurePoster = posterName.figure('');
  if (slug === posterName.overview || slug.startsWith(figurePoster)) {
    throw new ContentError(
      file,
      'slug',
      `${quoted(slug)} would name its poster (posters/${slug}.png) as the overview’s or a figure’s is named. Choose a slug that is not “${posterName.overview}” and does not start with “${figurePoster}”.`,
    );
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

/** Words before a number that make it a fall: 下降8.6% states a growth of -8.6%. */
const DECLINE = /下降|减少|降低|下滑|回落|收窄/;

/** The number as the quote writes it, with the words after it: “7190户”. */
const asWritten = (quote: string, n: StatedNumber) => quoted(quote.slice(n.start, n.end + 3));

/**
 * A figure states what its quote states: the value as a whole number of
 * the quote (not a part of 十二 or 5G), an amount (not the 十二 of 十二届)
 * unless it is a rank (第一), followed by its unit and qualifier exactly as
 * the card shows them (./format.ts afterNumber).
 */
function checkFigure(file: string, field: string, figure: Figure, text: string) {
  const { quote } = figure;
  if (!text.includes(quote)) {
    throw new ContentError(
      file,
      `${field}.quote`,
      `${quoted(quote)} does not occur in the text of this section. Copy the phrase exactly, punctuation included.`,
    );
  }
  const numbers = statedNumbers(quote);
  const amount = Math.abs(figure.value);
  const reads = (n: StatedNumber) => n.readings.some((r) => r.value === amount);
  const stated = numbers.filter(reads);
  const [first] = stated;
  if (!first) {
    throw new ContentError(
      file,
      `${field}.value`,
      `${figure.value} does not occur in its quote ${quoted(quote)}. Every number must be one the text states.`,
    );
  }
  if (figure.kind === 'rank') {
    if (!stated.some((n) => n.ordinal)) {
      throw new ContentError(
        file,
        `${field}.value`,
        `${figure.value} is not a position in its quote ${quoted(quote)}: a rank is the number after 第 (第一). Correct the value or the kind.`,
      );
    }
  } else {
    const amounts = stated.filter((n) => !n.ordinal && !n.name);
    if (amounts.length === 0) {
      throw new ContentError(
        file,
        `${field}.value`,
        `${figure.value} occurs in its quote ${quoted(quote)} only as ${asWritten(quote, first)}, which names or orders something (第…, …届) rather than counting it. A figure's value must be an amount the text states.`,
      );
    }
    const followedBy = (after: string) =>
      amounts.find((n) => n.readings.some((r) => r.value === amount && quote.startsWith(after, r.end)));
    const found = followedBy(afterNumber(figure));
    if (!found) {
      const [shown = first] = amounts;
      if (figure.qualifier && followedBy(afterNumber({ ...figure, qualifier: undefined }))) {
        throw new ContentError(
          file,
          `${field}.qualifier`,
          `${quoted(figure.qualifier)} does not occur with its value in its quote ${quoted(quote)}, which writes ${asWritten(quote, shown)}. Remove the qualifier or correct it.`,
        );
      }
      throw new ContentError(
        file,
        `${field}.unit`,
        `"${figure.unit}" does not occur with its value in its quote ${quoted(quote)}. Write the unit (and any 余, 多, 以上 or 以内 as the qualifier) as the text does right after the number: ${asWritten(quote, shown)}.`,
      );
    }
    if (figure.qualifier && QUALIFIER_PLACES[figure.qualifier] === 'before') {
      const at = quote.indexOf(figure.qualifier);
      if (at < 0 || at > found.start) {
        throw new ContentError(
          file,
          `${field}.qualifier`,
          `${quoted(figure.qualifier)} does not occur before the number in its quote ${quoted(quote)}.`,
        );
      }
    }
    if (figure.value < 0 && !DECLINE.test(quote.slice(0, found.start))) {
      throw new ContentError(
        file,
        `${field}.value`,
        `${figure.value} is negative, but its quote ${quoted(quote)} does not say the number fell (下降, 减少 …). Write the value as the text states it.`,
      );
    }
  }
  if (
    figure.outOf !== undefined &&
    !numbers.some((n) => !n.ordinal && n.readings.some((r) => r.value === figure.outOf))
  ) {
    throw new ContentError(file, `${field}.outOf`, `${figure.outOf} does not occur in its quote ${quoted(quote)}.`);
  }
  if (figure.peers && !quote.includes(figure.peers)) {
    throw new ContentError(
      file,
      `${field}.peers`,
      `${quoted(figure.peers)} does not occur in its quote ${quoted(quote)}. Name the peers as the text does.`,
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
function checkStatedNumbers(review: ReviewSource, sections: ReadSection[], allText: string) {
  const { series, title, subtitle, source } = review.data;
  const printedHeadings = sections.flatMap((s) => s.data.source ?? []);
  const stated = statedNumbers([allText, series, title, subtitle, source, ...printedHeadings].join('\n'));
  const check = (file: string, field: string, words: string | undefined) => {
    if (!words) return;
    const unstated = statedNumbers(words).find((n) => !n.readings.some((r) => statesNumber(stated, r.value)));
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
  if (!statesNumber(stated, data.year)) {
    throw new ContentError(file, 'year', `${data.year} is not a year the text states. Correct it.`);
  }
  check(file, 'opening', data.opening);
  check(file, 'city', data.city);
  check(file, 'reporter', data.reporter);
  check(file, 'publication', data.publication);
  check(file, 'textNote', data.textNote);
  checkCharts(file, data.charts);
  for (const section of sections) {
    const { file: sectionFile, data: s } = section;
    check(sectionFile, 'title', s.title);
    check(sectionFile, 'headline', s.headline);
    check(sectionFile, 'summary', s.summary);
    check(sectionFile, 'byline', s.byline);
    s.figures.forEach((figure, i) => {
      check(sectionFile, `figures[${i}].label`, figure.label);
      check(sectionFile, `figures[${i}].peers`, figure.peers);
    });
    checkCharts(sectionFile, s.charts);
    s.corrections.forEach((correction, i) => check(sectionFile, `corrections[${i}].note`, correction.note));
  }
}

/**
 * No two elements of a page share an id: the print edition holds every
 * section, so every id the content gives rise to (./urls.ts anchors) must
 * differ from every other and from those the layout writes (PAGE_IDS).
 * Topics come last, so a clash names the topic, the id an editor picks freely.
 */
function checkPageIds(review: ReviewSource, sections: ReadSection[]) {
  const owners = new Map<string, string>(
    Object.entries(PAGE_IDS).map(([role, id]) => [id, `the page itself (${role})`]),
  );
  const claimId = (id: string, file: string, field: string, what: string) => {
    const other = owners.get(id);
    if (other) {
      throw new ContentError(
        file,
        field,
        `gives the page the id ${quoted(id)}, which ${other} already uses. Choose another id.`,
      );
    }
    owners.set(id, `${what} in ${file}`);
  };
  const charts = (file: string, list: ChartDefinition[]) =>
    list.forEach((chart, i) => {
      claimId(anchors.chart(chart.id), file, `charts[${i}].id`, `chart “${chart.id}”`);
      claimId(anchors.chartSummary(chart.id), file, `charts[${i}].id`, `the summary of chart “${chart.id}”`);
    });
  for (const { file, data } of sections) {
    const slug = `slug “${data.slug}”`;
    claimId(anchors.section(data.slug), file, 'slug', slug);
    claimId(anchors.sectionHeading(data.slug), file, 'slug', `the heading of ${slug}`);
    claimId(anchors.sectionFigures(data.slug), file, 'slug', `the figures of ${slug}`);
    claimId(anchors.correction(data.slug), file, 'slug', `the correction note of ${slug}`);
    data.figures.forEach((figure, i) => {
      claimId(anchors.figure(figure.id), file, `figures[${i}].id`, `figure “${figure.id}”`);
      claimId(anchors.quote(figure.id), file, `figures[${i}].id`, `the quote of figure “${figure.id}”`);
    });
    charts(file, data.charts);
  }
  charts(review.file, review.data.charts);
  for (const { file, read } of sections) {
    for (const topic of read.topics) claimId(topic.id, file, `<Topic id="${topic.id}">`, `topic “${topic.id}”`);
  }
}

/** Every figure is marked once in the text, around exactly its quote, and every mark names a figure. */
function checkFigureMarks(section: ReadSection) {
  const { marks } = section.read;
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
    if (mark.phrase !== figure.quote) {
      throw new ContentError(
        section.file,
        `figures[${i}].quote`,
        `${quoted(figure.quote)} differs from the phrase marked in the text, ${quoted(mark.phrase)}. They must be the same.`,
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
function checkChartPlacements(section: ReadSection) {
  const placed = section.read.charts.map((c) => c.id);
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
