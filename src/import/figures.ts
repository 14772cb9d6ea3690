/**
 * Figures in a paragraph. Every number is found with statedNumbers()
 * (src/lib/numbers.ts), the reading the build's checks use, so a figure
 * proposed here is one the build can verify. Around each number the
 * importer reads what is ours to know: the unit and hedge the text writes,
 * the kind (growth, share, rate, count, rank) from the words before it, and
 * the phrase to quote: the clause that states it.
 */
import type { Figure } from '../schemas/figure';
import type { Qualifier } from '../schemas/qualifiers';
import { statedNumbers, type StatedNumber } from '../lib/numbers';
import { clauses, nameSpans, type Span } from './clauses';

export type FoundFigure = Pick<Figure, 'kind' | 'value' | 'unit' | 'label' | 'quote'> &
  Partial<Pick<Figure, 'qualifier' | 'peers' | 'outOf'>> & {
    /** Where the quote starts in the paragraph. */
    start: number;
    /** Something the editor should check about this figure. */
    note?: string;
  };

export interface UnusedNumber {
  /** The number as written, with what follows it (87周年). */
  text: string;
  /** The clause it stands in. */
  context: string;
  reason: string;
}

/** Units the text writes after a count, longest first so 人次 wins over 人. */
const UNITS = [
  '平方公里',
  '平方米',
  '千瓦时',
  '个百分点',
  '公里',
  '千米',
  '千瓦',
  '人次',
  '个月',
  '小时',
  '户',
  '人',
  '名',
  '个',
  '项',
  '条',
  '所',
  '件',
  '家',
  '座',
  '处',
  '场',
  '次',
  '部',
  '套',
  '台',
  '辆',
  '批',
  '篇',
  '期',
  '类',
  '种',
  '位',
  '栋',
  '间',
  '张',
  '份',
  '起',
  '宗',
  '笔',
  '支',
  '只',
  '头',
  '株',
  '棵',
  '亩',
  '吨',
  '元',
  '米',
  '年',
  '天',
  '倍',
  '所',
  '校',
  '盏',
  '床',
  '%',
];
const GROWTH = /(增长|增加|上升|提高|提升|增速|下降|减少|降低|下滑|回落|收窄)$/;
const DECLINE = /下降|减少|降低|下滑|回落|收窄/;
const SHARE = /占|比重|比例|的$/;
/** Words linking a subject to its number (占比达到97.3%); 为 only where it is not part of a word (作为). */
const LINKS = /(?:达到|达|(?<![作行成认视称以])为|了|至|到)+$/;
const RANK_VERB = /(位居|位列|居于|稳居|跃居|名列|排名|排在|保持|居|列|排)([^，]*)$/;
/** Words in which 约 or 近 does not hedge: 节约3吨, 最近3年. */
const NOT_HEDGE = /[节制签预契公合条邀违履践特最附临靠将]$/;

interface Candidate extends FoundFigure {
  /** Span of the number with its unit and hedges, in the clause. */
  at: Span;
}

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
      unused.push({ text: `${n.ordinal ? '第' : ''}${n.text}${unit}`, context: words, reason });
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
    });
  }
  return [{ ...strip(first), start: offset }];
}

/** A count, share, rate or growth: the number with the unit and hedges the text writes around it. */
function readAmount(words: string, n: StatedNumber): Candidate | undefined {
  for (const reading of n.readings) {
    const rest = words.slice(reading.end);
    const m = /^(余|多)?([万亿])?(余|多)?/.exec(rest) ?? [''];
    const head = m[0] ?? '';
    const unit = UNITS.find((u) => rest.startsWith(u, head.length));
    if (!unit || (m[1] && m[3])) continue;
    let qualifier: Qualifier | undefined = (m[1] ?? m[3]) as Qualifier | undefined;
    let end = reading.end + head.length + unit.length;
    const afterUnit = /^(以上|以内)/.exec(words.slice(end))?.[0];
    if (afterUnit && !qualifier) {
      qualifier = afterUnit as Qualifier;
      end += afterUnit.length;
    }
    let start = n.start;
    const before = words.slice(0, n.start);
    const hedge = /[约近]$/.exec(before)?.[0];
    if (!qualifier && hedge && !NOT_HEDGE.test(before.slice(0, -1))) {
      qualifier = hedge as Qualifier;
      start -= 1;
    } else if (!qualifier && before.includes('预计')) {
      qualifier = '预计';
    }
    const figure: Candidate = {
      kind: 'count',
      value: reading.value,
      unit: `${m[2] ?? ''}${unit}`,
      quote: words,
      label: '',
      start: 0,
      at: { start, end },
    };
    if (qualifier) figure.qualifier = qualifier;
    if (unit === '%') percentKind(figure, before);
    if (!/^\d/.test(n.text)) {
      figure.note = 'a number in words: check that it counts something and is not part of a name (中央八项规定)';
    }
    figure.label = label(figure, words, 0);
    return figure;
  }
  return undefined;
}

/** A percentage is growth (增长5%), a share (占比97.3%, 任务的85.2%) or else a rate (失业率3.58%). */
function percentKind(figure: Candidate, before: string) {
  const core = before.replace(/[约近]$/, '');
  const linked = core.replace(LINKS, '');
  if (GROWTH.test(linked)) {
    if (/[到至]$/.test(core)) {
      figure.kind = 'rate';
      figure.note = `a level reached (${linked.match(GROWTH)?.[0]}${core.slice(linked.length)}), recorded as a rate: make it a growth only if it is a change`;
      return;
    }
    figure.kind = 'growth';
    if (DECLINE.test(linked.match(GROWTH)?.[0] ?? '')) figure.value = -figure.value;
    return;
  }
  figure.kind = SHARE.test(linked) && figure.value <= 100 ? 'share' : 'rate';
}

/** A rank: 第N after a verb of standing (位居, 位列, 排名 …) and the peers (全省, 关中五市). */
function readRank(words: string, n: StatedNumber, numbers: StatedNumber[]) {
  const before = words.slice(0, n.start - 1);
  const verb = RANK_VERB.exec(before);
  if (!verb) return undefined;
  let peers = (verb[2] ?? '')
    .replace(/^[在于]/, '')
    .replace(/[中的]$/, '')
    .trim();
  let subject = before.slice(0, verb.index);
  if (!peers) {
    const place = /在([^，]+?)中?$/.exec(subject);
    if (!place) return undefined;
    peers = place[1] ?? '';
    subject = subject.slice(0, place.index);
  }
  const [reading] = n.readings;
  if (!peers || !reading) return undefined;
  const peersAt = words.lastIndexOf(peers, n.start);
  const inPeers = numbers.filter((p) => !p.ordinal && p.start >= peersAt && p.end <= peersAt + peers.length);
  const outOf = inPeers.map((p) => p.readings[0]?.value).find((v) => v !== undefined && Number.isInteger(v) && v > 0);
  const figure: Candidate = {
    kind: 'rank',
    value: reading.value,
    unit: '',
    peers,
    quote: words,
    label: subject.replace(/^[在]/, '').trim() || words.slice(0, n.start - 1),
    start: 0,
    at: { start: verb.index, end: n.end },
  };
  if (outOf) figure.outOf = outOf;
  return { figure, inPeers };
}

/**
 * A short label from the quote's own words: for a count the words after the
 * number name what it counts (援企稳岗配套政策); otherwise, or when nothing
 * follows, the words before it (城镇登记失业率).
 */
function label(figure: Candidate, quote: string, offset: number): string {
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
