/**
 * From the article's structure to the content the site reads: review.yaml
 * and one section file each, with the report of what was found. Every word
 * written comes from the article; where something is missing the safe
 * choice is written and listed under "Check these".
 */
import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { chartWords, proposeCharts } from './charts';
import { findFigures, type FoundFigure } from './figures';
import { IdRegistry, pinyinWords } from './ids';
import type { BodyBlock } from './mdx';
import { findCity, findYear } from './place';
import type { ChartReport, FigureReport, ImportReport, Notice, SectionReport, UnusedReport } from './report';
import { readBlocks } from './topics';
import type { RawSection, Structure } from './structure';
import { ImportError } from './errors';

export interface ComposedSection {
  file: string;
  data: SectionData;
  blocks: BodyBlock[];
}

export interface Composed {
  review: ReviewData;
  sections: ComposedSection[];
  report: Omit<ImportReport, 'input' | 'encoding' | 'lineEndings' | 'normalisations' | 'files'>;
}

/** Shown where the article names no reporter: the schema needs a name, and this one says there is none. */
export const NO_REPORTER = '未署名';
/** Shown where the head names no city: the city only names the downloads (slug), so it is harmless until corrected. */
export const NO_CITY = '待定';
/** Figures per section shown on the overview. */
const FEATURED = 2;

const sentenceOf = (text: string, at: number) => {
  const sentences = text.match(/[^。！？]+[。！？]?[”’」）]?/g) ?? [text];
  let end = 0;
  for (const s of sentences) {
    end += s.length;
    if (at < end) return s;
  }
  return sentences.at(-1) ?? text;
};

const firstSentence = (text: string) => /^[^。！？]+[。！？][”’」）]?/.exec(text)?.[0] ?? text;

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

  const title = head.title ?? raw[0]?.heading?.headline ?? firstSentence(allText[0] ?? '');
  if (!head.title)
    check.push({ message: `no title line found: the title is “${title}” for now; correct it in review.yaml` });
  const series = head.series ?? title;
  if (!head.series)
    check.push({
      message: 'no series line (【…】) found: series repeats the title; replace it with the series name in review.yaml',
    });
  const subtitle = head.subtitle ?? title;
  if (!head.subtitle)
    check.push({ message: 'no subtitle line (——…) found: subtitle repeats the title; replace it in review.yaml' });

  const headWords = [head.subtitle, title, head.series].filter((w): w is string => Boolean(w));
  const year = findYear(headWords, allText.slice(0, 3)) ?? findYear([], allText);
  if (year === undefined) {
    throw new ImportError(
      file,
      'states no year (such as 2020年) in its head or text; the review needs the year it looks back on.',
    );
  }
  if (!headWords.some((w) => w.includes(`${year}年`))) {
    check.push({ message: `the year ${year} was taken from the text, not the head: check it in review.yaml` });
  }
  const foundCity = findCity(headWords);
  const city = foundCity ?? NO_CITY;
  if (!foundCity)
    check.push({
      message: `no city found in the head: city is the placeholder “${NO_CITY}”; write the city in review.yaml (it names the downloads)`,
    });

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
    if (kickerPrefix && section.heading?.kicker && !section.heading.kicker.startsWith(kickerPrefix)) {
      const kicker = section.heading.kicker;
      const missing = [...kickerPrefix].findIndex((_, k) => kicker.startsWith(kickerPrefix.slice(k)));
      if (missing > 0) {
        check.push({
          line: section.heading.line,
          message: `the kicker “${kicker}” looks truncated: the others start with “${kickerPrefix}”. If the source dropped “${kickerPrefix.slice(0, missing)}”, set title: ${kickerPrefix.slice(0, missing)}${kicker} and add a correction (field: title, original: ${kicker}, note: …) to ${fileName}`,
        });
      }
    }

    const blocks = readBlocks(section.paragraphs, check);
    const figures: Figure[] = [];
    const figureReports: FigureReport[] = [];
    const bodyBlocks: BodyBlock[] = blocks.map((block) => {
      const topicId = block.lead ? ids.topic(block.lead, `topic-${order}`) : undefined;
      const found = findFigures(block.text);
      found.unused.forEach((u) => unused.push({ ...u, line: block.line, section: fileName }));
      const marks = found.figures.map((f) => {
        const figure = toFigure(f, ids);
        figures.push(figure);
        figureReports.push({
          ...figure,
          sentence: sentenceOf(block.text, f.start),
          line: block.line,
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

    const plain = blocks.find((b) => !b.lead);
    const summary = firstSentence(plain?.text ?? blocks[0]?.text ?? '');
    const data: SectionData = {
      slug,
      order,
      title: titleWords,
      headline,
      ...(section.heading ? { source: section.heading.printed } : {}),
      summary,
      byline: bylines[i] ?? NO_REPORTER,
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
  const reporter = reporterOf(bylines);
  if (reporter === NO_REPORTER)
    check.push({
      message: `no byline (记者 …) found: reporter and bylines are “${NO_REPORTER}”; write them in review.yaml and each section`,
    });
  const place = pinyinWords(city === NO_CITY ? '' : city.replace(/[市县区州盟旗镇乡]$/, ''), 4).join('') || 'review';
  const review: ReviewData = {
    place,
    movedFrom: [],
    series,
    title,
    subtitle,
    slug: `${place}-${year}-review`.replace(/^review-(\d+)-review$/, 'review-$1'),
    city,
    year,
    reporter,
    source: head.source ?? title,
    opening: firstSummary,
    charts: overviewCharts,
  };
  const { charts: _charts, ...reviewWords } = review;
  return {
    review,
    sections,
    report: {
      review: reviewWords,
      sections: sectionReports,
      overviewCharts: overviewCharts.map(chartReport),
      unused,
      check,
    },
  };
}

/** The words a slug is made of: the kicker without the start all kickers share (聚焦), or the headline. */
function slugWords(kicker: string | undefined, headline: string, prefix: string | undefined): string {
  if (!kicker) return headline;
  if (!prefix) return kicker.replace(/^聚焦(?=..)/, '');
  const shared = [...prefix].map((_, k) => prefix.slice(k)).find((start) => kicker.startsWith(start)) ?? '';
  return kicker.slice(shared.length) || headline;
}

/** Text before the first heading opens the first section; no heading at all makes one section. */
function gatherSections(structure: Structure, check: Notice[]): RawSection[] {
  const [first, ...rest] = structure.sections;
  if (!first) return [];
  if (rest.length === 0 && !first.heading) {
    check.push({
      message:
        'no section headings found: the whole article is one section, titled with the review’s title and subtitle',
    });
    return [first];
  }
  if (!first.heading && rest[0]) {
    const next = rest[0];
    check.push({
      line: first.paragraphs[0]?.line,
      message: `text before the first heading opens the first section (${first.paragraphs.length} paragraph${first.paragraphs.length > 1 ? 's' : ''})`,
    });
    return [{ ...next, paragraphs: [...first.paragraphs, ...next.paragraphs] }, ...rest.slice(1)];
  }
  return structure.sections;
}

/** Kicker and headline: as the heading sets them apart, else the headline as both (the site shows it once). */
function headingWords(
  section: RawSection,
  title: string,
  subtitle: string,
  check: Notice[],
): { titleWords: string; headline: string } {
  const heading = section.heading;
  if (!heading) return { titleWords: title, headline: subtitle === title ? title : subtitle };
  if (heading.kicker) return { titleWords: heading.kicker, headline: heading.headline };
  // Its numbering (一、) is no title: the navigation would name the section by it alone.
  check.push({
    line: heading.line,
    message: `the heading “${heading.printed}” has no kicker (聚焦… before a space): title repeats the headline, which the site then shows once and the navigation names the section by; give title words of its own to set a kicker above it`,
  });
  return { titleWords: heading.headline, headline: heading.headline };
}

/** Each section's byline: its own, else the one the article prints once (at its end or under its head). */
function bylinesOf(sections: RawSection[], headByline: string | undefined, check: Notice[]): (string | undefined)[] {
  const own = sections.map((s) => s.byline);
  const found = own.filter(Boolean);
  const shared = headByline ?? (found.length === 1 && own.at(-1) ? own.at(-1) : undefined);
  if (sections.length > 1 && shared && found.length <= 1) {
    check.push({ message: `the byline “${shared}” is printed once; every section carries it` });
  }
  return own.map((b) => b ?? shared);
}

function reporterOf(bylines: (string | undefined)[]): string {
  const byline = bylines.find(Boolean);
  if (!byline) return NO_REPORTER;
  const [, names] = /记者\s*(.+?)(?:\s*(?:通讯员|实习生).*)?$/.exec(byline) ?? [];
  return names?.trim() || byline.replace(/^(?:本报)?(?:通讯员|实习生)\s*/, '') || byline;
}

/** The longest start (two characters or more) that most kickers share: 聚焦. */
function commonPrefix(kickers: (string | undefined)[]): string | undefined {
  const list = kickers.filter((k): k is string => Boolean(k));
  if (list.length < 3) return undefined;
  for (let length = 4; length >= 2; length--) {
    const counts = new Map<string, number>();
    for (const k of list) counts.set(k.slice(0, length), (counts.get(k.slice(0, length)) ?? 0) + 1);
    const [prefix, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (prefix.length === length && count >= 2 && count >= list.length - 1) return prefix;
  }
  return undefined;
}

function toFigure(found: FoundFigure, ids: IdRegistry): Figure {
  // In the order of the hand-made files, so an editor finds each field where it expects it.
  return {
    id: ids.figure(found.label, 'figure'),
    label: found.label,
    value: found.value,
    ...(found.kind === 'rank' ? {} : { unit: found.unit }),
    ...(found.qualifier ? { qualifier: found.qualifier } : {}),
    kind: found.kind,
    ...(found.peers ? { peers: found.peers } : {}),
    ...(found.outOf ? { outOf: found.outOf } : {}),
    featured: false,
    quote: found.quote,
  } as Figure;
}

/** The first figures of a section, rates and growth before counts, go on the overview. */
function feature(figures: Figure[], reports: FigureReport[]) {
  const weight = (f: Figure) => (f.kind === 'count' ? 1 : 0);
  const chosen = [...figures].sort((a, b) => weight(a) - weight(b)).slice(0, FEATURED);
  for (const f of chosen) {
    f.featured = true;
    const report = reports.find((r) => r.id === f.id);
    if (report) report.featured = true;
  }
}

function chartReport(chart: ChartDefinition): ChartReport {
  return { id: chart.id, type: chart.type, title: chart.title, figures: chart.figures };
}
