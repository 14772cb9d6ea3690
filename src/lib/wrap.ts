/**
 * Line breaking for text the build draws itself (share images), where no
 * browser breaks lines for us. Chinese breaks between any two characters;
 * clreq's rules keep closing punctuation off the start of a line and opening
 * punctuation off its end; Latin words and numbers (5G, 68.1%) stay whole.
 */

const NO_LINE_START = new Set([...'，。、；：？！”’）》」』】〕…%·']);
const NO_LINE_END = new Set([...'“‘（《「『【〔']);

/** The text cut into pieces that a line may not break inside. */
export function breakUnits(text: string): string[] {
  const tokens = text.match(/——|[A-Za-z0-9][A-Za-z0-9.%+-]*|\s+|./gu) ?? [];
  const units: string[] = [];
  let pending = '';
  for (const token of tokens) {
    const last = units.length - 1;
    if (pending === '' && last >= 0 && NO_LINE_START.has(token[0] ?? '')) {
      units[last] += token;
    } else if (NO_LINE_END.has(token)) {
      pending += token;
    } else {
      units.push(pending + token);
      pending = '';
    }
  }
  if (pending) units.push(pending);
  return units;
}

/**
 * Greedy line filling: as many units on a line as fit in maxWidth. A unit
 * wider than a whole line is cut between characters rather than overflow.
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const pushUnit = (unit: string) => {
    if (line === '' && /^\s+$/.test(unit)) return;
    if (line !== '' && measure(line + unit) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line += unit;
    }
  };
  for (const unit of breakUnits(text)) {
    if (measure(unit) > maxWidth) [...unit].forEach(pushUnit);
    else pushUnit(unit);
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/**
 * As many lines as wrapLines gives, as even as they can be (CSS's
 * text-wrap: balance): the lines at the narrowest width that takes no more
 * of them, so a heading never leaves one character alone on its last line.
 */
export function wrapBalanced(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines = wrapLines(text, maxWidth, measure);
  if (lines.length < 2) return lines;
  // Narrower never takes fewer lines: find the narrowest that takes as many.
  let tooNarrow = 0;
  let wide = maxWidth;
  while (wide - tooNarrow > 1) {
    const width = Math.floor((tooNarrow + wide) / 2);
    if (wrapLines(text, width, measure).length <= lines.length) wide = width;
    else tooNarrow = width;
  }
  return wrapLines(text, wide, measure);
}
