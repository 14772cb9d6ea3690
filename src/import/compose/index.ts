/**
 * From the article's structure to the content the site reads: review.yaml
 * and one section file each, with the report of what was found. Every word
 * written comes from the article; where something is missing the safe
 * choice is written and listed under "Check these".
 */
import type { ChartDefinition } from '../../schemas/chart';
import type { Figure } from '../../schemas/figure';
import type { ReviewData } from '../../schemas/review';
import type { SectionData } from '../../schemas/section';
import { chartWords, proposeCharts } from '../charts';
import { ImportError } from '../errors';
import { findFigures } from '../figures';
import { IdRegistry, pinyinWords } from '../ids';
import type { BodyBlock } from '../mdx';
import type { ChartReport, FigureReport, ImportReport, Notice, SectionReport, UnusedReport } from '../report';
import type { Structure } from '../structure';
import { readBlocks } from '../topics';
import { feature, toFigure } from './figures';
import { bylinesOf, NO_CITY, NO_REPORTER, reportersOf, reviewHead } from './head';
import { commonPrefix, gatherSections, headingWords, slugWords, truncatedKicker } from './headings';
import { firstSentence, sentenceOf } from './sentences';
import { isPlan, statesAim, TARGET_REASON } from './targets';

export { NO_CITY, NO_REPORTER } from './head';

export interface ComposedSection {
  file: string;
  data: SectionData;
  blocks: BodyBlock[];
}

export interface Composed {
  review: ReviewData;
  sections: ComposedSection[];
  report: Omit<ImportReport, 'input' | 'encoding' | 'lineEndings' | 'normalisations' | 'files' | 'article'>;
}

/** The name of the review's downloads, from its place and year: qingyuan-2021-review (the PDF's name). */
export function reviewSlug(place: string, year: number): string {
  return place === 'review' ? `review-${year}` : `${place}-${year}-review`;
}

export function compose(structure: Structure, file: string, maxSections = 99): Composed {
  const check: Notice[] = [...structure.notes];
  const { head } = structure;
  const raw = gatherSections(structure, check);
  if (raw.length > maxSections) {
    throw new ImportError(
      file,
      `has ${raw.length} sections; the importer takes at most ${maxSections}. Check the headings.`,
    );
  }
  const allText = raw.flatMap((s) => s.paragraphs.map((p) => p.text));
  if (allText.length === 0)
    throw new ImportError(file, 'has no paragraphs of text below its heading: there is nothing to publish.');

  const { title, series, subtitle, year, city } = reviewHead(structure, raw, file, check);
  const bylines = bylinesOf(raw, head.byline, check);
  const ids = new IdRegistry();
  const kickerPrefix = commonPrefix(raw.map((s) => s.heading?.kicker));
  const width = String(raw.length).length < 2 ? 2 : String(raw.length).length;

  const unused: UnusedReport[] = [];
  const sectionReports: SectionReport[] = [];
  const sections: ComposedSection[] = raw.map((section, i) => {
    const order = i + 1;
    const { titleWords, headline } = headingWords(section, title, subtitle, check);
    const slug = ids.slug(
      section.heading ? slugWords(section.heading.kicker, headline, kickerPrefix) : titleWords,
      `section-${order}`,
    );
    const fileName = `sections/${String(order).padStart(width, '0')}-${slug}.mdx`;
    const truncated = truncatedKicker(section.heading, kickerPrefix, fileName);
    if (truncated) check.push(truncated);

    const plan = isPlan(section.heading?.printed, year);
    if (plan) {
      check.push({
        line: section.heading?.line,
        message: `the section “${section.heading?.printed}” plans the year ahead: its numbers are targets and none is a figure; delete the section if the review should not carry the plan`,
      });
    }
    const blocks = readBlocks(section.paragraphs, check);
    const figures: Figure[] = [];
    const figureReports: FigureReport[] = [];
    const bodyBlocks: BodyBlock[] = blocks.map((block) => {
      const topicId = block.lead ? ids.topic(block.lead, `topic-${order}`) : undefined;
      const found = findFigures(block.text);
      const aimed = new Set(found.figures.filter((f) => plan || statesAim(sentenceOf(block.text, f.start))));
      const targets = [...aimed].map((f) => ({
        text: f.quote,
        context: f.quote,
        reason: TARGET_REASON,
        start: f.start,
      }));
      [...found.unused, ...targets].forEach((u) =>
        unused.push({ ...u, line: block.at.line, column: block.at.column + u.start, section: fileName }),
      );
      const marks = found.figures
        .filter((f) => !aimed.has(f))
        .map((f) => {
          const figure = toFigure(f, ids);
          figures.push(figure);
          figureReports.push({
            ...figure,
            sentence: sentenceOf(block.text, f.start),
            line: block.at.line,
            column: block.at.column + f.start,
            ...(f.note ? { note: f.note } : {}),
          });
          return { id: figure.id, start: f.start, length: f.quote.length };
        });
      return {
        text: block.text,
        ...(block.lead ? { lead: block.lead } : {}),
        ...(topicId ? { topicId } : {}),
        marks,
        charts: [],
      };
    });
    feature(figures, figureReports);

    const charts = proposeCharts(figures).map(({ type, figures: drawn }) => {
      const chart: ChartDefinition = {
        id: ids.chart(`${slug}-${type}`),
        type,
        ...chartWords(drawn),
        figures: drawn.map((f) => f.id),
      };
      const last = bodyBlocks.findLast((b) => b.marks.some((m) => chart.figures.includes(m.id)));
      last?.charts.push(chart.id);
      return chart;
    });

    // A sentence of the text: not a deck line (no stop), and a plain paragraph's before a topic's.
    const sentence = (b: { text: string }) => /[。！？]/.test(b.text);
    const plain = blocks.find((b) => !b.lead && sentence(b)) ?? blocks.find(sentence);
    const summary = firstSentence(plain?.text ?? blocks[0]?.text ?? '');
    const data: SectionData = {
      slug,
      order,
      title: titleWords,
      headline,
      ...(section.heading ? { source: section.heading.printed } : {}),
      summary,
      byline: bylines[i]?.printed ?? NO_REPORTER,
      figures,
      charts,
      corrections: [],
    };
    sectionReports.push({
      file: fileName,
      slug,
      order,
      ...(section.heading ? { line: section.heading.line, printed: section.heading.printed } : {}),
      title: titleWords,
      headline,
      byline: data.byline,
      topics: bodyBlocks.flatMap((b, k) =>
        b.lead && b.topicId ? [{ id: b.topicId, lead: b.lead, line: blocks[k]?.line ?? 0 }] : [],
      ),
      figures: figureReports,
      charts: charts.map(chartReport),
    });
    return { file: fileName, data, blocks: bodyBlocks };
  });

  const section = (f: Figure) => sections.find((s) => s.data.figures.includes(f))?.data.slug ?? '';
  const overviewCharts = proposeCharts(
    sections.flatMap((s) => s.data.figures),
    section,
  ).map(({ type, figures: drawn }) => ({
    id: ids.chart(`overview-${type}`),
    type,
    ...chartWords(drawn),
    figures: drawn.map((f) => f.id),
  }));

  const firstSummary = sections[0]?.data.summary ?? '';
  const { reporters, reporter } = reportersOf(bylines, check);
  const place = pinyinWords(city === NO_CITY ? '' : city.replace(/[市县区州盟旗镇乡]$/, ''), 4).join('') || 'review';
  const review: ReviewData = {
    place,
    movedFrom: [],
    ...(series ? { series } : {}),
    title,
    ...(subtitle ? { subtitle } : {}),
    slug: reviewSlug(place, year),
    city,
    year,
    reporter,
    source: head.source ?? title,
    ...(head.publication ? { publication: head.publication } : {}),
    opening: firstSummary,
    charts: overviewCharts,
  };
  const { charts: _charts, ...reviewWords } = review;
  return {
    review,
    sections,
    report: {
      review: reviewWords,
      reporters,
      sections: sectionReports,
      overviewCharts: overviewCharts.map(chartReport),
      unused,
      check,
    },
  };
}

function chartReport(chart: ChartDefinition): ChartReport {
  return { id: chart.id, type: chart.type, title: chart.title, figures: chart.figures };
}
