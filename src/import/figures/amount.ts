import type { StatedNumber } from '../../lib/numbers';
import type { Qualifier } from '../../schemas/qualifiers';
import { label } from './label';
import type { Candidate } from './types';
import { DECLINE, GROWTH, LINKS, NOT_HEDGE, SHARE, UNITS } from './words';

/** A count, share, rate or growth: the number with the unit and hedges the text writes around it. */
export function readAmount(words: string, n: StatedNumber): Candidate | undefined {
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
