/**
 * The new review's place in the archive: the place it shares with reviews
 * already there (by the place's name, so 青原 and 青原市 are one), and for
 * each figure the indicator it is one year's value of. A figure gets the
 * indicator of the same figure in the place's other years, when one states
 * it with the same label, kind and unit; else an id from its label, so that
 * next year's review links to it of itself. Each link is a proposal, listed
 * for the editor; no file of another review is touched.
 */
import type { ReviewInput, SectionEntry } from '../lib/archive';
import type { Figure } from '../schemas/figure';
import { reviewSlug, type Composed } from './compose';
import { pinyinWords } from './ids';
import type { Notice } from './report';

/** A place's name without what says what kind of place it is: 青原市 → 青原. */
const placeName = (city: string) => city.replace(/[市县区州盟旗镇乡]$/, '');

interface Known {
  figure: Figure;
  /** Where it is, for the editor: its file and the field that would name its indicator. */
  where: string;
  year: number;
}

/**
 * Gives the composed review its archive's place, and each figure its
 * indicator; returns what the editor should check.
 */
export function linkIndicators(composed: Composed, archive: ReviewInput<SectionEntry & { file: string }>[]): Notice[] {
  const { review } = composed;
  const others = archive.filter(
    (r) => placeName(r.meta.city) === placeName(review.city) && r.meta.year !== review.year,
  );
  const [sibling] = others;
  if (sibling) {
    review.place = sibling.meta.place;
    review.slug = reviewSlug(review.place, review.year);
  }

  // The place's figures, newest year first; and its indicators, by id.
  const known: Known[] = others
    .sort((a, b) => b.meta.year - a.meta.year)
    .flatMap((r) =>
      r.sections.flatMap((s) =>
        s.data.figures.map((figure, i) => ({ figure, where: `${s.file}: figures[${i}]`, year: r.meta.year })),
      ),
    );
  const taken = new Map<string, Figure>();
  for (const { figure } of known)
    if (figure.indicator && !taken.has(figure.indicator)) taken.set(figure.indicator, figure);
  const same = (a: Figure, b: Figure) => a.label === b.label && a.kind === b.kind && a.unit === b.unit;

  const notices: Notice[] = [];
  const used = new Set<string>();
  for (const section of composed.sections) {
    for (const figure of section.data.figures) {
      const match = known.find((k) => same(k.figure, figure));
      const id = match?.figure.indicator ?? freeId(figure, taken, used);
      if (!id || used.has(id)) continue;
      used.add(id);
      figure.indicator = id;
      const reported = composed.report.sections
        .find((s) => s.file === section.file)
        ?.figures.find((f) => f.id === figure.id);
      if (reported) reported.indicator = id;
      if (!match) continue;
      const then = `${match.year}年${match.figure.label} ${match.figure.value}${match.figure.unit}`;
      notices.push({
        message: match.figure.indicator
          ? `${section.file}: ${figure.id} (${figure.label}) continues ${then} as indicator ${id}: check that they measure the same, or remove indicator from the figure`
          : `${section.file}: ${figure.id} (${figure.label}) may continue ${then}: to link them, add indicator: ${id} to ${match.where}`,
      });
    }
  }
  return notices;
}

/** An id from the figure's label that no figure of the place uses for another label, unit or kind. */
function freeId(figure: Figure, taken: Map<string, Figure>, used: Set<string>): string | undefined {
  const base = pinyinWords(figure.label, 16).join('-');
  if (!base) return undefined;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const other = taken.get(id);
    if (
      !used.has(id) &&
      (!other || (other.label === figure.label && other.kind === figure.kind && other.unit === figure.unit))
    )
      return id;
  }
}
