/**
 * Figures in a paragraph. Every number is found with statedNumbers()
 * (src/lib/numbers.ts), the reading the build's checks use, so a figure
 * proposed here is one the build can verify. Around each number the
 * importer reads what is ours to know: the unit and hedge the text writes,
 * the kind (growth, share, rate, count, rank) from the words before it, and
 * the phrase to quote: the clause that states it.
 */
import { statedNumbers, type StatedNumber } from '../../lib/numbers';
import { readAmount } from './amount';
import { clauses, nameSpans, type Span } from './clauses';
import { label } from './label';
import { readRank } from './rank';
import type { Candidate, FoundFigure, UnusedNumber } from './types';

export type { FoundFigure, UnusedNumber } from './types';

/** The figures a paragraph states, and the numbers it states that did not become figures (with why). */
export function findFigures(text: string): { figures: FoundFigure[]; unused: UnusedNumber[] } {
  const figures: FoundFigure[] = [];
  const unused: UnusedNumber[] = [];
  const names = nameSpans(text);
  for (const clause of clauses(text)) {
    const words = text.slice(clause.start, clause.end);
    const numbers = statedNumbers(words);
    const consumed = new Set<StatedNumber>();
    const candidates: Candidate[] = [];
    const skip = (n: StatedNumber, reason: string, quiet = false) => {
      consumed.add(n);
      if (quiet) return;
      const unit =
        /^(?:余|多)?[万亿]?(?:余|多)?(?:个百分点|周年|[^\s\d，。、；：“”《》（）—,<>])?/.exec(
          words.slice(n.end),
        )?.[0] ?? '';
      const start = clause.start + n.start - (n.ordinal ? 1 : 0);
      unused.push({ text: `${n.ordinal ? '第' : ''}${n.text}${unit}`, context: words, reason, start });
    };
    // Ranks first: the numbers in their peers (汾渭平原11个地市) are not counts.
    const order = [...numbers.filter((n) => n.ordinal), ...numbers.filter((n) => !n.ordinal)];
    order.forEach((n) => {
      if (consumed.has(n)) return;
      const k = numbers.indexOf(n);
      const absolute = clause.start + n.start;
      const digits = /^\d/.test(n.text);
      const after = words.slice(n.end);
      if (names.some((s) => s.start <= absolute && absolute < s.end))
        return skip(n, 'in quotation marks or a title: part of a name', !digits);
      if (n.name) return skip(n, 'names something (…届)');
      if (digits && /^\d{4}$/.test(n.text) && /^(年|[—\-－~～至到]\d{4}年)/.test(after)) return skip(n, 'a year');
      if (/^[月日号时]/.test(after) || (digits && /月$/.test(words.slice(0, n.start))))
        return skip(n, 'a date or time');
      if (/^[,，]\d{3}/.test(after) || /\d[,，]$/.test(words.slice(0, n.start)))
        return skip(n, 'written with a thousands separator: check it by hand');
      if (n.ordinal) {
        const rank = readRank(words, n, numbers);
        if (!rank)
          return skip(n, 'a position (第…) without the peers it is ranked among', !digits && !/[居列排]/.test(words));
        rank.inPeers.forEach((p) => skip(p, 'the number of peers of a rank', true));
        return void candidates.push(rank.figure);
      }
      const previous = numbers[k - 1];
      if (previous?.ordinal && words.slice(previous.end, n.start) === '、')
        return skip(n, 'part of a list of positions (第一、二…)', true);
      const amount = readAmount(words, n);
      if (!amount) return skip(n, 'no unit the importer knows follows it', !digits);
      if (amount.unit === '个百分点') return skip(n, 'a change in percentage points, which no figure kind fits');
      if (/等$/.test(words.slice(0, n.start)))
        return skip(n, 'the total of a list ending in 等: promote it if it is a headline figure');
      candidates.push(amount);
    });
    place(words, clause.start, candidates, unused).forEach((f) => figures.push(f));
  }
  return { figures, unused };
}

/**
 * Each figure gets the clause as its quote; where a clause states several,
 * each gets its part of a list (…、…) if the list sets them apart, else the
 * first keeps the clause and the others are reported.
 */
function place(words: string, offset: number, candidates: Candidate[], unused: UnusedNumber[]): FoundFigure[] {
  const strip = ({ at: _at, ...figure }: Candidate) => figure;
  if (candidates.length <= 1) return candidates.map((c) => ({ ...strip(c), start: offset }));
  const parts = clauses(words, /[、]/);
  const partOf = (c: Candidate) => parts.findIndex((p) => p.start <= c.at.start && c.at.end <= p.end);
  const owners = candidates.map(partOf);
  if (owners.every((o, i) => o >= 0 && owners.indexOf(o) === i)) {
    return candidates.map((c, i) => {
      const part = parts[owners[i] ?? 0] as Span;
      const quote = words.slice(part.start, part.end);
      return { ...strip(c), quote, start: offset + part.start, label: label(c, quote, part.start) };
    });
  }
  // A number in digits is the statistic; a numeral in words is more often part of a name (中央八项规定).
  const first = candidates.find((c) => /\d/.test(words.slice(c.at.start, c.at.end))) ?? (candidates[0] as Candidate);
  const others = candidates.filter((c) => c !== first);
  for (const other of others) {
    unused.push({
      text: words.slice(other.at.start, other.at.end),
      context: words,
      reason: 'stated in the same phrase as another figure',
      start: offset + other.at.start,
    });
  }
  return [{ ...strip(first), start: offset }];
}
