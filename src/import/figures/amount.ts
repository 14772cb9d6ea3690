/** A count, share, rate or growth: the number with the unit and hedges the text writes around it. */
import type { StatedNumber } from '../../lib/numbers';
import type { Qualifier } from '../../schemas/qualifiers';
import { label } from './label';
import type { Candidate } from './types';
import { AFTER_UNIT_HEDGES, BEFORE_HEDGES, DECLINE, GROWTH, LINKS, MAGNITUDE, NOT_HEDGE, SHARE, UNITS } from './words';

/** The hedge written just before the number (超过, 逾, 约 …), where the word before it does not make it a verb. */
function hedgeBefore(before: string): Qualifier | undefined {
  return BEFORE_HEDGES.find((h) => before.endsWith(h) && !NOT_HEDGE.test(before.slice(0, -h.length)));
}

export function readAmount(words: string, n: StatedNumber): (Candidate & { threshold?: boolean }) | undefined {
  for (const reading of n.readings) {
    const rest = words.slice(reading.end);
    const m = MAGNITUDE.exec(rest) ?? [''];
    const head = m[0] ?? '';
    const unit = UNITS.find((u) => rest.startsWith(u, head.length));
    if (!unit || (m[1] && m[3])) continue;
    let qualifier = (m[1] ?? m[3]) as Qualifier | undefined;
    let end = reading.end + head.length + unit.length;
    const afterUnit = AFTER_UNIT_HEDGES.exec(words.slice(end))?.[0] as Qualifier | undefined;
    if (afterUnit && !qualifier) {
      qualifier = afterUnit;
      end += afterUnit.length;
    }
    let start = n.start;
    const before = words.slice(0, n.start);
    const hedge = hedgeBefore(before);
    if (hedge && !qualifier) {
      qualifier = hedge;
      start -= hedge.length;
    } else if (!qualifier && before.includes('预计')) {
      qualifier = '预计';
    }
    const figure: Candidate & { threshold?: boolean } = {
      kind: 'count',
      value: reading.value,
      unit: `${m[2] ?? ''}${unit}`,
      quote: words,
      label: '',
      start: 0,
      at: { start, end },
    };
    if (qualifier) figure.qualifier = qualifier;
    // 10亿元以上项目6个, 20户以上自然村: a bound of what follows, not an amount stated.
    if ((afterUnit === '以上' || afterUnit === '以下') && /^[\u4e00-\u9fff]/.test(words.slice(end))) {
      figure.threshold = true;
    }
    const core = before.slice(0, before.length - (hedge?.length ?? 0));
    if (unit === '%' || unit === '‰') percentKind(figure, core);
    if (unit === '个百分点') pointsKind(figure, core);
    if (!/^\d/.test(n.text)) {
      figure.note = 'a number in words: check that it counts something and is not part of a name (中央八项规定)';
    }
    figure.label = label(figure, words, 0);
    return figure;
  }
  return undefined;
}

/** A percentage is growth (增长5%), a share (占比97.3%, 任务的85.2%) or else a rate (失业率3.58%). */
function percentKind(figure: Candidate, core: string) {
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
  figure.kind = SHARE.test(linked) && figure.value <= 100 && figure.unit === '%' ? 'share' : 'rate';
}

/** A change in percentage points (提高1.3个百分点) is recorded as a rate, a fall (下降0.4个百分点) as a negative one. */
function pointsKind(figure: Candidate, core: string) {
  figure.kind = 'rate';
  if (DECLINE.test(core.replace(LINKS, '').slice(-4))) figure.value = -figure.value;
  figure.note = 'a change in percentage points, recorded as a rate: no chart draws it';
}
