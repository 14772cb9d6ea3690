/**
 * The importer: a plain-text review article (UTF-8 or GB18030) becomes the
 * content the site reads, review.yaml and sections/NN-<slug>.mdx, with a
 * report for the editor. It never writes what the build would refuse: the
 * files are read back with the build's own schemas and checks first, and a
 * figure the checks refuse is left out and reported instead.
 */
import type { ReviewInput, SectionEntry } from '../lib/archive';
import type { ReviewData } from '../schemas/review';
import { print } from '../lib/ui';
import { reviewPath } from '../lib/urls';
import { ContentError } from '../schemas/messages';
import { compose, type Composed } from './compose';
import { decode } from './decode';
import { ImportError } from './errors';
import { reviewFile, sectionBody, sectionFile } from './mdx';
import { normalise } from './normalise';
import type { ImportReport } from './report';
import { linkIndicators } from './indicators';
import { lineRoles, readStructure } from './structure';
import { verify, type OutputFile } from './verify';

export { ImportError } from './errors';
export { formatReport, htmlReport, type ImportReport } from './report';

export interface ImportResult {
  /** The review as a whole, as review.yaml holds it: where it goes in the archive follows from it. */
  review: ReviewData;
  files: OutputFile[];
  report: ImportReport;
}

/** Sections an article may have; more means the headings were misread. */
const MAX_SECTIONS = 40;

/**
 * The article as content for the archive `archive` already holds (none by
 * default): its place the one it shares with reviews there, each figure's
 * indicator the one the same figure has in the place's other years.
 */
export function importArticle(
  bytes: Uint8Array,
  input: string,
  archive: ReviewInput<SectionEntry & { file: string }>[] = [],
): ImportResult {
  const { text, encoding } = decode(bytes, input);
  const normalised = normalise(text);
  const structure = readStructure(normalised.lines);
  const composed = compose(structure, input, MAX_SECTIONS);
  composed.report.check.push(...linkIndicators(composed, archive));
  composed.report.review.place = composed.review.place;
  composed.report.review.slug = composed.review.slug;
  // A review at the same address is the one this would replace (--force), not one beside it.
  const others = archive
    .filter((r) => reviewPath(r.meta) !== reviewPath(composed.review))
    .map((r) => ({ file: r.file, data: r.meta, sections: r.sections }));
  // The colophon says how the text was edited: what the importer did to its characters.
  const changed = (what: string) => normalised.changes.some((c) => c.what.startsWith(what));
  composed.review.textNote = print.textAsPrinted([
    ...(changed('half-width punctuation') || changed('straight quotes') ? [print.punctuationEdit] : []),
    ...(changed('full-width digit') || changed('full-width decimal') ? [print.digitsEdit] : []),
  ]);
  const name = input.split(/[\\/]/).at(-1) ?? input;

  for (let tries = 0; ; tries++) {
    const files = write(composed, name);
    const [review, ...sections] = files as [OutputFile, ...OutputFile[]];
    try {
      verify(review, sections, others);
      return {
        review: composed.review,
        files,
        report: {
          input,
          encoding,
          lineEndings: normalised.lineEndings,
          normalisations: normalised.changes,
          ...composed.report,
          files: files.map((f) => f.path),
          article: lineRoles(normalised.lines, structure),
        },
      };
    } catch (error) {
      if (!(error instanceof ContentError) || tries > 200 || !dropRefused(composed, error)) {
        throw new ImportError(
          input,
          `could not be made into content the build accepts: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
    }
  }
}

function write(composed: Composed, name: string): OutputFile[] {
  return [
    { path: 'review.yaml', text: reviewFile(composed.review, name) },
    ...composed.sections.map((s) => ({ path: s.file, text: sectionFile(s.data, sectionBody(s.blocks), name) })),
  ];
}

/**
 * Leaves out the figure the build's checks refused (named in the message as
 * "sections/…: figures[i]…"), with its mark and its place in charts, and
 * lists it in the report with the reason. False when the problem is not a figure's.
 */
function dropRefused(composed: Composed, error: ContentError): boolean {
  const [, file, index, problem] =
    /^(sections\/[^:]+): figures\[(\d+)\]\S* (.*)$/.exec(error.message.split('\n')[0] ?? '') ?? [];
  const section = composed.sections.find((s) => s.file === file);
  const figure = section?.data.figures[Number(index)];
  if (!section || !figure) return false;
  section.data.figures = section.data.figures.filter((f) => f !== figure);
  for (const block of section.blocks) block.marks = block.marks.filter((m) => m.id !== figure.id);
  const prune = <T extends { figures: string[]; id: string }>(charts: T[]) =>
    charts
      .map((c) => ({ ...c, figures: c.figures.filter((id) => id !== figure.id) }))
      .filter((c) => c.figures.length >= 2);
  section.data.charts = prune(section.data.charts);
  composed.review.charts = prune(composed.review.charts);
  const kept = new Set([...section.data.charts, ...composed.review.charts].map((c) => c.id));
  for (const block of section.blocks) block.charts = block.charts.filter((id) => kept.has(id));
  const report = composed.report.sections.find((s) => s.file === file);
  const found = report?.figures.find((f) => f.id === figure.id);
  if (report) {
    report.figures = report.figures.filter((f) => f !== found);
    report.charts = report.charts
      .filter((c) => kept.has(c.id))
      .map((c) => ({ ...c, figures: c.figures.filter((id) => id !== figure.id) }));
  }
  composed.report.overviewCharts = composed.report.overviewCharts
    .filter((c) => kept.has(c.id))
    .map((c) => ({ ...c, figures: c.figures.filter((id) => id !== figure.id) }));
  composed.report.unused.push({
    text: figure.quote,
    context: found?.sentence ?? figure.quote,
    reason: `the build's checks refused it as a figure: ${problem}`,
    line: found?.line ?? 0,
    column: found?.column ?? 0,
    section: file ?? '',
  });
  return true;
}
