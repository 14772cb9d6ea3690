/** Sections' headings as the site names them: kicker and headline, the slug's words, a truncated kicker. */
import type { Notice } from '../report';
import type { Heading, RawSection, Structure } from '../structure';

/** Text before the first heading opens the first section; no heading at all makes one section. */
export function gatherSections(structure: Structure, check: Notice[]): RawSection[] {
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
export function headingWords(
  section: RawSection,
  title: string,
  subtitle: string | undefined,
  check: Notice[],
): { titleWords: string; headline: string } {
  const heading = section.heading;
  if (!heading) return { titleWords: title, headline: subtitle ?? title };
  if (heading.kicker) return { titleWords: heading.kicker, headline: heading.headline };
  // Its numbering (一、) is no title: the navigation would name the section by it alone.
  check.push({
    line: heading.line,
    message: `the heading “${heading.printed}” has no kicker (聚焦… before a space): title repeats the headline, which the site then shows once and the navigation names the section by; give title words of its own to set a kicker above it`,
  });
  return { titleWords: heading.headline, headline: heading.headline };
}

/** The words a slug is made of: the kicker without the start all kickers share (聚焦), or the headline. */
export function slugWords(kicker: string | undefined, headline: string, prefix: string | undefined): string {
  if (!kicker) return headline;
  if (!prefix) return kicker.replace(/^聚焦(?=..)/, '');
  const shared = [...prefix].map((_, k) => prefix.slice(k)).find((start) => kicker.startsWith(start)) ?? '';
  return kicker.slice(shared.length) || headline;
}

/** The longest start (two characters or more) that most kickers share: 聚焦. */
export function commonPrefix(kickers: (string | undefined)[]): string | undefined {
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

/** A note where a kicker looks truncated: the others start with a prefix (聚焦) of which it has only the end. */
export function truncatedKicker(
  heading: Heading | undefined,
  prefix: string | undefined,
  fileName: string,
): Notice | undefined {
  if (!prefix || !heading?.kicker || heading.kicker.startsWith(prefix)) return undefined;
  const kicker = heading.kicker;
  const missing = [...prefix].findIndex((_, k) => kicker.startsWith(prefix.slice(k)));
  if (missing <= 0) return undefined;
  return {
    line: heading.line,
    message: `the kicker “${kicker}” looks truncated: the others start with “${prefix}”. If the source dropped “${prefix.slice(0, missing)}”, set title: ${prefix.slice(0, missing)}${kicker} and add a correction (field: title, original: ${kicker}, note: …) to ${fileName}`,
  };
}
