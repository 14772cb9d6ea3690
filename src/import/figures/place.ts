/**
 * A clause's figures, each with its own quote. One figure quotes the whole
 * clause; several share it out at the marks that separate them (出让工业用地
 * 26宗、1860亩; 分别增长15.2%和18.4%), and where the clause lists their
 * subjects before 分别 (规模以上工业增加值、固定资产投资分别增长9.8%、12.3%)
 * each is named by its own. Where nothing separates them, the first in
 * digits keeps the clause and the others are reported.
 */
import { label } from './label';
import type { Candidate, FoundFigure, UnusedNumber } from './types';
import { LABEL_LINKS, SUBJECT_START } from './words';

/** Marks that part a list's items: 、 anywhere between them, 和, 及 or 与 right after the first (15.2%和18.4%). */
const SEPARATOR = /[、和及与]/;

const strip = ({ at: _at, ...figure }: Candidate): FoundFigure => figure;

/** Where each candidate's quote ends: at the last separator before the next one, or undefined where none is. */
function bounds(words: string, sorted: Candidate[]): number[] | undefined {
  const ends: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i] as Candidate, sorted[i + 1] as Candidate];
    const gap = words.slice(a.at.end, b.at.start);
    const comma = gap.lastIndexOf('、');
    const at = comma >= 0 ? comma : /^[和及与]/.test(gap) ? 0 : -1;
    if (at < 0) return undefined;
    ends.push(a.at.end + at);
  }
  return [...ends, words.length];
}

/** The subjects a clause lists before 分别, one for each figure, if it lists exactly as many. */
function subjects(words: string, count: number): { names: string[]; verb: string } | undefined {
  const at = words.indexOf('分别');
  if (at < 0) return undefined;
  const names = words
    .slice(0, at)
    .split(SEPARATOR)
    .map((s) => s.trim().replace(SUBJECT_START, ''));
  if (names.length !== count || names.some((s) => !s)) return undefined;
  const verb = /^[\u4e00-\u9fff]*/.exec(words.slice(at + 2))?.[0]?.replace(LABEL_LINKS, '') ?? '';
  return { names, verb };
}

/** Verbs that start what counted things did: 32个项目完成投资108.6亿元, 12家企业实现产值56亿元. */
const DID = /(?:累计)?(?:完成|实现|总投资|投资|带动|吸纳|吸引|获得|贡献)/;

/**
 * A count stated first and then what the things it counts did (32个省市重点
 * 项目完成投资108.6亿元): two figures, split where the verb starts, the
 * second named by the things and the verb (省市重点项目完成投资).
 */
function whatTheyDid(words: string, offset: number, sorted: Candidate[]): FoundFigure[] | undefined {
  const [count, amount] = sorted;
  if (sorted.length !== 2 || !count || !amount || count.kind !== 'count' || amount.kind !== 'count') return undefined;
  if (words.slice(0, count.at.start).replace(SUBJECT_START, '').trim()) return undefined;
  const gap = words.slice(count.at.end, amount.at.start);
  const verb = DID.exec(gap);
  if (!verb || verb.index < 2 || !/\d/.test(words.slice(count.at.start, count.at.end))) return undefined;
  const split = count.at.end + verb.index;
  const things = gap.slice(0, verb.index);
  const rest = words.slice(split);
  return [
    {
      ...strip(count),
      quote: words.slice(0, split).trim(),
      start: offset,
      label: label(count, words.slice(0, split), 0),
    },
    { ...strip(amount), quote: rest, start: offset + split, label: `${things}${label(amount, rest, split)}` },
  ];
}

export function placeFigures(
  words: string,
  offset: number,
  candidates: Candidate[],
  unused: UnusedNumber[],
): FoundFigure[] {
  if (candidates.length <= 1) return candidates.map((c) => ({ ...strip(c), start: offset }));
  const sorted = [...candidates].sort((a, b) => a.at.start - b.at.start);
  const ends = bounds(words, sorted);
  if (ends) {
    const listed = subjects(words, sorted.length);
    const placed: FoundFigure[] = [];
    sorted.forEach((c, i) => {
      const from = i === 0 ? 0 : (ends[i - 1] ?? 0) + 1;
      const raw = words.slice(from, ends[i]);
      const lead = raw.length - raw.trimStart().length;
      const own = raw.trim();
      // 预计全年…318.6亿元、增长5.4%: the estimate's word, once before the list, stays in each quote it hedges.
      const hedgedFrom = c.qualifier === '预计' && !own.includes('预计') ? words.lastIndexOf('预计', c.at.start) : -1;
      const quote = hedgedFrom >= 0 ? words.slice(hedgedFrom, ends[i]).trim() : own;
      const previous = placed.at(-1);
      // 9.8%、12.3%: an item with no words of its own before it shares the kind of the one before.
      if (previous && c.at.start === from + lead && c.kind !== 'rank' && previous.kind !== 'rank') {
        c.kind = previous.kind;
        if (previous.value < 0) c.value = -Math.abs(c.value);
        delete c.note;
        if (previous.note) c.note = previous.note;
      }
      const named = listed ? `${listed.names[i]}${listed.verb}` : label(c, own, from + lead);
      placed.push({ ...strip(c), quote, start: offset + (hedgedFrom >= 0 ? hedgedFrom : from + lead), label: named });
    });
    return placed;
  }
  // A number in digits is the statistic; a numeral in words is more often part of a name (中央八项规定);
  // an amount followed by 的 tells what is counted (超过50万元的村达到9个).
  const done = whatTheyDid(words, offset, sorted);
  if (done) return done;
  const inDigits = sorted.filter((c) => /\d/.test(words.slice(c.at.start, c.at.end)));
  const describes = (c: Candidate) => words[c.at.end] === '的';
  const first = inDigits.find((c) => !describes(c)) ?? inDigits[0] ?? (sorted[0] as Candidate);
  for (const other of sorted.filter((c) => c !== first)) {
    unused.push({
      text: words.slice(other.at.start, other.at.end),
      context: words,
      reason: describes(other)
        ? 'tells what another figure counts (…的): not an amount the text states'
        : 'stated in the same phrase as another figure',
      start: offset + other.at.start,
    });
  }
  return [{ ...strip(first), start: offset }];
}
