/** The review's head and bylines: what the article says of itself, and the placeholders where it is silent. */
import { ImportError } from '../errors';
import { findCity, findYear } from '../place';
import type { Notice } from '../report';
import type { Head, RawSection } from '../structure';
import { firstSentence } from './sentences';

/** Shown where the article names no reporter: the schema needs a name, and this one says there is none. */
export const NO_REPORTER = '未署名';
/** Shown where the head names no city: the city only names the downloads (slug), so it is harmless until corrected. */
export const NO_CITY = '待定';

/** The review's title, series, subtitle, year and city from the head (or the text, noted), with the placeholders the site needs. */
export function reviewHead(
  head: Head,
  raw: RawSection[],
  allText: string[],
  file: string,
  check: Notice[],
): { title: string; series: string; subtitle: string; year: number; city: string } {
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

  return { title, series, subtitle, year, city };
}

/** Each section's byline: its own, else the one the article prints once (at its end or under its head). */
export function bylinesOf(
  sections: RawSection[],
  headByline: string | undefined,
  check: Notice[],
): (string | undefined)[] {
  const own = sections.map((s) => s.byline);
  const found = own.filter(Boolean);
  const shared = headByline ?? (found.length === 1 && own.at(-1) ? own.at(-1) : undefined);
  if (sections.length > 1 && shared && found.length <= 1) {
    check.push({ message: `the byline “${shared}” is printed once; every section carries it` });
  }
  return own.map((b) => b ?? shared);
}

export function reporterOf(bylines: (string | undefined)[]): string {
  const byline = bylines.find(Boolean);
  if (!byline) return NO_REPORTER;
  const [, names] = /记者\s*(.+?)(?:\s*(?:通讯员|实习生).*)?$/.exec(byline) ?? [];
  return names?.trim() || byline.replace(/^(?:本报)?(?:通讯员|实习生)\s*/, '') || byline;
}
