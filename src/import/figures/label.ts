import type { Candidate } from './types';
import { LINKS } from './words';

/**
 * A short label from the quote's own words: for a count the words after the
 * number name what it counts (援企稳岗配套政策); otherwise, or when nothing
 * follows, the words before it (城镇登记失业率).
 */
export function label(figure: Candidate, quote: string, offset: number): string {
  if (figure.kind === 'rank') return figure.label;
  const before = quote
    .slice(0, figure.at.start - offset)
    .replace(LINKS, '')
    .replace(/^预计/, '')
    .trim();
  const after = quote.slice(figure.at.end - offset).trim();
  if (figure.kind !== 'count') return before || after || quote;
  // 激励干部担当作为21条措施: what is counted is named on both sides.
  if (after.length <= 3) return `${before}${after}` || quote;
  return after;
}
