/**
 * Clauses of a paragraph: the runs between Chinese punctuation (，。；！？：)
 * that stand outside quotation marks, titles and brackets, so that
 * 全面实现“个体户企业设立一日办结，简易注销当场办结” stays one clause.
 */

export interface Span {
  start: number;
  end: number;
}

const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '「': '」', '‘': '’', '(': ')' };
/** Marks around names: a number inside them names something (“三年行动”, 《十四五规划》). */
const NAME_MARKS = new Set(['“', '《', '「', '‘']);

/** Spans of the text between its brackets, closing mark included; depth-first, outermost only. */
function bracketed(text: string, marks: (open: string) => boolean): Span[] {
  const spans: Span[] = [];
  const stack: { close: string; start: number; counts: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const top = stack.at(-1);
    if (top && c === top.close) {
      stack.pop();
      if (top.counts && !stack.some((s) => s.counts)) spans.push({ start: top.start, end: i + 1 });
      continue;
    }
    const close = OPEN[c];
    if (close) stack.push({ close, start: i, counts: marks(c) });
  }
  return spans;
}

/** Where quotation marks and titles stand: what is inside them is a name. */
export function nameSpans(text: string): Span[] {
  return bracketed(text, (open) => NAME_MARKS.has(open));
}

/** The clauses of a paragraph, trimmed of spaces, empty ones left out. */
export function clauses(text: string, breaks = /[，。；！？：]/): Span[] {
  const inside = bracketed(text, () => true);
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c !== undefined && (!breaks.test(c) || inside.some((s) => s.start < i && i < s.end))) continue;
    let [from, to] = [start, i];
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    if (to > from) spans.push({ start: from, end: to });
    start = i + 1;
  }
  return spans;
}
