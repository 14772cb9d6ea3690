/** The review's head and bylines: what the article says of itself, and the placeholders where it is silent. */
import { ImportError } from '../errors';
import type { Notice } from '../report';
import type { Byline, RawSection, Structure } from '../structure';
import { findCity, findYear } from '../structure/place';
import { firstSentence } from './sentences';

/** Shown where the article names no reporter: the schema needs a name, and this one says there is none. */
export const NO_REPORTER = '未署名';
/** Shown where the article names no place: the city only names the downloads (slug), so it is harmless until corrected. */
export const NO_CITY = '待定';

export interface ReviewHead {
  title: string;
  /** Only where the article prints one: the site shows none rather than the title again. */
  series?: string;
  subtitle?: string;
  year: number;
  city: string;
}

/** The review's title, series, subtitle, year and city from the head (or the text, noted), with the placeholders the site needs. */
export function reviewHead(structure: Structure, raw: RawSection[], file: string, check: Notice[]): ReviewHead {
  const { head } = structure;
  const paragraphs = raw.flatMap((s) => s.paragraphs.map((p) => p.text));
  const headings = raw.flatMap((s) => (s.heading ? [s.heading.printed] : []));
  const title = head.title ?? raw[0]?.heading?.headline ?? firstSentence(paragraphs[0] ?? '');
  if (!head.title) {
    check.push({ message: `no title line found: the title is “${title}” for now; correct it in review.yaml` });
  }
  if (!head.series && !head.subtitle) {
    check.push({ message: 'the head has no series (【…】) and no subtitle (——…): the site shows the title alone' });
  }

  const headWords = [head.subtitle, title, head.series].filter((w): w is string => Boolean(w));
  const found = findYear(headWords, [...headings, ...paragraphs.slice(0, 3)]) ?? findYear([], paragraphs);
  if (!found) {
    throw new ImportError(
      file,
      'states no year (such as 2020年) in its head or text; the review needs the year it looks back on.',
    );
  }
  const { year } = found;
  if (found.from === 'date') {
    check.push({
      message: `the year ${year} is the one before the report's date (${head.subtitle ?? title}): a report looks back on the year before it is given; check it in review.yaml`,
    });
  } else if (!headWords.some((w) => w.includes(String(year)))) {
    check.push({ message: `the year ${year} was taken from the text, not the head: check it in review.yaml` });
  }

  const inHead = findCity(headWords);
  const place = findCity(headWords, paragraphs);
  if (!place) {
    check.push({
      message: `no place found in the head or the text: city is the placeholder “${NO_CITY}”; write the city in review.yaml (it names the downloads)`,
    });
  } else if (!inHead) {
    check.push({ message: `the place “${place}” was taken from the text, not the head: check city in review.yaml` });
  }
  return {
    title,
    ...(head.series ? { series: head.series } : {}),
    ...(head.subtitle ? { subtitle: head.subtitle } : {}),
    year,
    city: place ?? NO_CITY,
  };
}

/** Each section's byline: its own, else the one the article prints once (under its head, or at its end). */
export function bylinesOf(
  sections: RawSection[],
  headByline: Byline | undefined,
  check: Notice[],
): (Byline | undefined)[] {
  const own = sections.map((s) => s.byline);
  const found = own.filter(Boolean);
  const shared = headByline ?? (found.length === 1 && own.at(-1) ? own.at(-1) : undefined);
  if (sections.length > 1 && shared && found.length <= 1) {
    check.push({ message: `the byline “${shared.printed}” is printed once; every section carries it` });
  }
  return own.map((b) => b ?? shared);
}

/** The reporters the bylines name, each once, in order, and as the site prints them (joined as the byline joins them). */
export function reportersOf(
  bylines: (Byline | undefined)[],
  check: Notice[],
): { reporters: string[]; reporter: string } {
  const named = bylines.filter((b): b is Byline => Boolean(b));
  const reporters = [...new Set(named.flatMap((b) => b.reporters))];
  const speaker = named.find((b) => b.speaker);
  if (reporters.length) {
    const separator = named.find((b) => b.reporters.length)?.separator ?? ' ';
    return { reporters, reporter: reporters.join(separator) };
  }
  check.push({
    message: speaker
      ? `the report is given by “${speaker.printed}”, who is no reporter: reporter is “${NO_REPORTER}” and the sections' byline is the speaker's line; write the reporter in review.yaml if there is one`
      : `no byline (记者 …) found: reporter and bylines are “${NO_REPORTER}”; write them in review.yaml and each section`,
  });
  return { reporters: [], reporter: NO_REPORTER };
}
