/**
 * Figures in a paragraph. Every number is found with statedNumbers()
 * (src/lib/numbers.ts), the reading the build's checks use, so a figure
 * proposed here is one the build can verify. Around each number the
 * importer reads what is ours to know: the unit and hedge the text writes,
 * the kind (growth, share, rate, count, rank) from the words before it, the
 * phrase to quote (the clause that states it, or its part of a list), and
 * a label from the quote's words or, where they name nothing, from the
 * figure before it.
 */
import { digitYear, statedNumbers, type StatedNumber } from '../../lib/numbers';
import { readAmount } from './amount';
import { clauses, nameSpans, type Span } from './clauses';
import { inherit, relative } from './label';
import { placeFigures } from './place';
import { readRank } from './rank';
import type { Candidate, FoundFigure, UnusedNumber } from './types';
import { DONE, LEADING_MARK } from './words';

export type { FoundFigure, UnusedNumber } from './types';

/** The figures of one clause, and the numbers of it that are not figures (with why). */
function clauseFigures(text: string, clause: { start: number; end: number }, unused: UnusedNumber[]): FoundFigure[] {
  const names = nameSpans(text);
  const words = text.slice(clause.start, clause.end);
  const numbers = statedNumbers(words);
  const consumed = new Set<StatedNumber>();
  const candidates: Candidate[] = [];
  const skip = (n: StatedNumber, reason: string, quiet = false, end?: number) => {
    consumed.add(n);
    if (quiet) return;
    const unit =
      end !== undefined
        ? words.slice(n.end, end)
        : (/^(?:余|多)?(?:万亿|[万亿])?(?:余|多)?(?:个百分点|周年|[^\s\d，。、；：“”《》（）—,<>])?/.exec(
            words.slice(n.end),
          )?.[0] ?? '');
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
    const before = words.slice(0, n.start);
    const after = words.slice(n.end);
    if (names.some((s) => s.start <= absolute && absolute < s.end))
      return skip(n, 'in quotation marks or a title: part of a name', !digits);
    if (n.name) return skip(n, 'names something (…届)');
    if (((digits && /^\d{4}$/.test(n.text)) || digitYear(n.text)) && /^(年|[—\-－~～至到]\d{4}年)/.test(after))
      return skip(n, 'a year');
    if (/^[月日号时]/.test(after) || (digits && /[\d一二三四五六七八九十]月$/.test(before)))
      return skip(n, 'a date or time');
    if (/^[,，]\d{3}/.test(after) || /\d[,，]$/.test(before))
      return skip(n, 'written with a thousands separator: check it by hand');
    // 一村一品, 二期, 三次产业, 二次会议, 两位数: a numeral in words that is part of a phrase or a name.
    if (!digits && !n.ordinal && (n.text === '一' || /^(?:期|次产业|次(?:全体)?(?:会议|全会|大会)|位数)/.test(after)))
      return skip(n, 'a numeral that is part of a phrase', true);
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
    const { threshold, ...figure } = amount;
    // 近3年来, 三年行动: a span of time or a name, not a count.
    if (figure.unit === '年' && /^(?:来|以来|间|里|行动|计划|规划|攻坚)/.test(words.slice(figure.at.end)))
      return skip(n, 'a span of time or the name of a plan (…年来, …年行动)', !digits);
    if (threshold)
      return skip(n, 'a bound (…以上, …以下) of what follows it, not an amount the text states', false, figure.at.end);
    if (/等$/.test(before)) {
      // 等28个项目建成投用 counts what was done; 开展市场监管等5个领域… only sums up a list.
      if (!DONE.test(words.slice(figure.at.end)))
        return skip(n, 'the total of a list ending in 等: promote it if it is a headline figure');
      figure.note = 'the total of a list ending in 等: keep it if it is a headline figure';
    }
    candidates.push(figure);
  });
  return placeFigures(words, clause.start, candidates, unused);
}

/**
 * An item of a list of figures (▶ 粮食总产量：3.46万吨): the figure that
 * opens the clause after a colon is named by the words before it, and
 * quoted with them.
 */
function nameByItem(text: string, spans: Span[], found: { figure: FoundFigure; clause: number }[]) {
  for (const { figure, clause } of found) {
    const [item, own] = [spans[clause - 1], spans[clause]];
    if (!item || !own || figure.start !== own.start || !/^[：:]$/.test(text.slice(item.end, own.start).trim()))
      continue;
    const words = text.slice(item.start, item.end);
    const name = words.replace(LEADING_MARK, '');
    const start = item.start + words.length - name.length;
    if (name.length < 2 || name.length > 24 || !/^\d/.test(figure.label)) continue;
    if (found.some((f) => f.clause === clause - 1)) continue;
    figure.label = name;
    figure.quote = text.slice(start, own.start + figure.quote.length);
    figure.start = start;
  }
}

/**
 * Labels that name no subject (增长, 增速, 总数 …) take the subject of the figure
 * before them in the same sentence; several after 分别 take those of as many
 * figures before them, in order (…320万人次，…28.6亿元，分别增长15.2%和18.4%).
 */
function nameBySubject(text: string, found: { figure: FoundFigure; clause: number; words: string }[]) {
  const part = (f: FoundFigure) => (text.slice(0, f.start).match(/[。；！？]/g) ?? []).length;
  const named = found.map((e) => !relative(e.figure));
  found.forEach(({ figure, clause, words }, i) => {
    if (named[i]) return;
    const sentence = found.slice(0, i).filter((e) => part(e.figure) === part(figure));
    const group = found.filter((e) => e.clause === clause);
    const before = sentence.filter((e) => e.clause !== clause);
    // 分别增长15.2%和18.4%, all without a subject: each takes one of as many figures before.
    const respectively =
      group.length > 1 &&
      words.includes('分别') &&
      group.every((e) => !named[found.indexOf(e)]) &&
      before.length >= group.length;
    const from = respectively ? before.at(group.findIndex((e) => e.figure === figure) - group.length) : sentence.at(-1);
    figure.label = inherit(figure, from?.figure);
  });
}

/** The figures a paragraph states, and the numbers it states that did not become figures (with why). */
export function findFigures(text: string): { figures: FoundFigure[]; unused: UnusedNumber[] } {
  const unused: UnusedNumber[] = [];
  const spans = clauses(text);
  const found = spans.flatMap((clause, k) =>
    clauseFigures(text, clause, unused).map((figure) => ({
      figure,
      clause: k,
      words: text.slice(clause.start, clause.end),
    })),
  );
  nameByItem(text, spans, found);
  nameBySubject(text, found);
  return { figures: found.map((f) => f.figure), unused };
}
