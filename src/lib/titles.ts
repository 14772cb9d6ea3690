/**
 * The names the site derives from the content, each written once: the
 * review's full title, a section's heading, the source line, a chart's
 * credit, a section's number in the print edition.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import { chart, site } from './ui';

/** The review's full title, which names the city and the year: 凝心聚力推动高质量发展——回眸2020年的铜川 (the title alone where there is no subtitle). */
export function reviewTitle(review: Pick<ReviewData, 'title' | 'subtitle'>): string {
  return review.subtitle ? `${review.title}——${review.subtitle}` : review.title;
}

/**
 * A section's kicker where it says something its headline does not. A
 * heading printed without a kicker has its headline as its title too (the
 * importer writes it so): it is shown once, not twice.
 */
export function sectionKicker(section: Pick<SectionData, 'title' | 'headline'>): string | undefined {
  return section.title === section.headline ? undefined : section.title;
}

/** A section's heading as readers see it: kicker and headline. */
export function sectionHeading(section: Pick<SectionData, 'title' | 'headline'>): string {
  return [sectionKicker(section), section.headline].filter(Boolean).join(' ');
}

/** Where the article comes from: the heading as printed and the publication, if the copy names one. */
export function sourceLine(review: Pick<ReviewData, 'source' | 'publication'>): string {
  return `${review.source}${review.publication ? `（${review.publication}）` : ''}`;
}

/** Where the article comes from and who wrote it, as the footer and the posters give it: 原文：【…】…，记者 段海洲. */
export function creditLine(review: Pick<ReviewData, 'source' | 'publication' | 'reporter'>): string {
  return `${site.source}：${sourceLine(review)}，${reporterLine(review)}`;
}

/** The credit under a downloaded chart picture. */
export function chartCredit(review: Pick<ReviewData, 'title' | 'subtitle' | 'reporter'>): string {
  return chart.credit(reviewTitle(review), review.reporter);
}

/** The byline: 记者 段海洲. */
export function reporterLine(review: Pick<ReviewData, 'reporter'>): string {
  return site.byline(review.reporter);
}

/** A section's number in the print edition, from its index: 01, 02 … */
export function partNumber(index: number): string {
  return String(index + 1).padStart(2, '0');
}

/** The most characters a page's title has: what search results and share cards show of it (html-validate's long-title). */
export const TITLE_LENGTH = 70;

/**
 * A page's title followed by what it belongs to ("… — 回眸2020年的铜川"), or
 * alone where both would run past TITLE_LENGTH; a title longer than that
 * on its own is cut, with an ellipsis.
 */
export function pageTitle(title: string, of?: string): string {
  const joined = of ? `${title} — ${of}` : title;
  if ([...joined].length <= TITLE_LENGTH) return joined;
  const chars = [...title];
  return chars.length <= TITLE_LENGTH ? title : `${chars.slice(0, TITLE_LENGTH - 1).join('')}…`;
}
