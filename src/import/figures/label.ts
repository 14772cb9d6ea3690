/**
 * A short label from the quote's own words, and the subject a figure takes
 * from the one before it when its own words name none (…，同比增长6.3%;
 * 增速居全省第三; 总数达到712家): a growth is named by what grew
 * (外贸进出口总额增长), never 增长 alone.
 */
import type { Candidate, FoundFigure } from './types';
import { LABEL_LINKS, NEW_THINGS, RELATIVE, SUBJECT_START } from './words';

/**
 * For a count the words after the number name what it counts (援企稳岗配套政策);
 * otherwise, or when little follows, the words before it (城镇登记失业率).
 */
export function label(figure: Candidate, quote: string, offset: number): string {
  if (figure.kind === 'rank') return figure.label;
  const before = quote
    .slice(0, figure.at.start - offset)
    .replace(LABEL_LINKS, '')
    .replace(/(?:分别|的|预计)$/, '')
    .replace(/^预计/, '')
    .replace(SUBJECT_START, '')
    .trim();
  const after = quote.slice(figure.at.end - offset).trim();
  if (figure.kind !== 'count') return before || after || quote;
  // 激励干部担当作为21条措施: what is counted is named on both sides.
  if (after.length <= 3) return `${before}${after}` || quote;
  return after;
}

/** Whether a label names no subject of its own (增长, 同比增长, 增速, 总数 …, or nothing but the number). */
export function relative(figure: Pick<FoundFigure, 'label' | 'quote' | 'value'>): boolean {
  const words = figure.label.replace(/^其中/, '');
  return RELATIVE.test(words) || words === figure.quote;
}

/** What a figure is about, for the figure after it: its label without the verbs that make it a new count. */
function subjectOf(figure: FoundFigure, total: boolean): string {
  const subject = figure.label.replace(/(?:增长|增速|增幅|下降)$/, '').replace(/^(?:实现|完成)/, '');
  return total ? subject.replace(NEW_THINGS, '') : subject;
}

/** The label of a figure that names no subject, from the figure before it in the same sentence. */
export function inherit(figure: FoundFigure, previous: FoundFigure | undefined): string {
  if (!previous || previous.kind === 'rank') return figure.label;
  const own = figure.label.replace(/^(?:其中|分别|同比|同口径|全年|继续|仍然|仍|保持|稳定|连续|首次|持续)+/, '');
  const words = own === figure.quote || /^\d/.test(own) ? '' : own;
  const total = /^(?:总数|总量|总额|总计|合计|规模)/.test(words);
  const verb =
    figure.kind === 'growth' && !/增长|下降|增速|增幅/.test(words) ? (figure.value < 0 ? '下降' : '增长') : '';
  return `${subjectOf(previous, total)}${words || verb}` || figure.label;
}
