/**
 * The text made the way the site sets Chinese (see ../shared/source/README.md
 * for the seed's defects): one paragraph a line, no stray spaces, full-width
 * Chinese punctuation where the export wrote half-width forms inside Chinese
 * text, ASCII digits where it wrote full-width ones. Nothing else changes,
 * and every change is recorded with the lines it touched for the report.
 */

export interface SourceLine {
  /** The line as normalised. */
  text: string;
  /** Its number in the file as the editor opens it, from 1. */
  line: number;
}

export interface Change {
  /** What was changed, worded for the report. */
  what: string;
  from: string;
  to: string;
  /** Lines of the file where it was applied (each once). */
  lines: number[];
  count: number;
}

export interface Normalised {
  lines: SourceLine[];
  lineEndings: 'LF' | 'CRLF' | 'CR' | 'mixed';
  changes: Change[];
}

/** Characters that make a neighbouring ASCII punctuation mark Chinese text's. */
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e“”‘’《》…—]/;
const isChinese = (c: string | undefined) => c !== undefined && CHINESE.test(c);

/** Half-width marks replaced by their full-width forms next to Chinese text. */
const MARKS: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Collects the changes of the whole file, each with the lines it touched. */
class Recorder {
  readonly changes = new Map<string, Change>();
  line = 0;

  note(what: string, from: string, to: string) {
    const key = `${what}\u0000${from}\u0000${to}`;
    let change = this.changes.get(key);
    if (!change) {
      change = { what, from, to, lines: [], count: 0 };
      this.changes.set(key, change);
    }
    change.count += 1;
    if (change.lines.at(-1) !== this.line) change.lines.push(this.line);
  }
}

export function normalise(text: string): Normalised {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf && 'CRLF', cr && 'CR', lf && 'LF'].filter(Boolean) as ('CRLF' | 'CR' | 'LF')[];
  const lineEndings = kinds.length > 1 ? 'mixed' : (kinds[0] ?? 'LF');

  const recorder = new Recorder();
  const lines: SourceLine[] = [];
  text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      recorder.line = i + 1;
      const line = normaliseLine(raw, recorder);
      if (line) lines.push({ text: line, line: i + 1 });
    });
  const changes = [...recorder.changes.values()];
  if (crlf || cr) {
    changes.unshift({
      what: 'line endings',
      from: crlf ? 'CRLF' : 'CR',
      to: 'LF',
      lines: [],
      count: crlf + cr,
    });
  }
  return { lines, lineEndings, changes };
}

function normaliseLine(raw: string, recorder: Recorder): string {
  let line = raw;
  const trimmed = line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
  if (trimmed !== line && trimmed) {
    recorder.note('spaces at the start or end of a line removed', line.includes('\u3000') ? '　' : ' ', '');
  }
  line = trimmed;

  line = line.replace(/[\s\u3000\u00a0]{2,}|[\t\u3000\u00a0]/g, (run) => {
    recorder.note('spaces inside a line made one space', run.includes('\u3000') ? '　' : ' ', ' ');
    return ' ';
  });

  // Full-width digits and letters (２０２０年, ５Ｇ) would hide numbers from the figure finder.
  line = line.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]/g, (c) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    recorder.note('full-width digit, letter or % made ASCII', c, ascii);
    return ascii;
  });
  line = line.replace(/(?<=\d)．(?=\d)/g, () => {
    recorder.note('full-width decimal point made ASCII', '．', '.');
    return '.';
  });

  line = line.replace(/[,;:?!]/g, (mark, at: number, whole: string) => {
    const before = whole[at - 1];
    const after = whole[at + 1];
    if (/\d/.test(before ?? '') && /\d/.test(after ?? '')) return mark; // 1,000 and 10:30
    if (!isChinese(before) && !isChinese(after)) return mark;
    const full = MARKS[mark] ?? mark;
    recorder.note('half-width punctuation in Chinese text made full-width', mark, full);
    return full;
  });

  line = parentheses(line, recorder);
  return quotes(line, recorder);
}

/** ( ) around or beside Chinese text become （ ）, as a pair where they pair. */
function parentheses(line: string, recorder: Recorder): string {
  const chars = [...line];
  const open: number[] = [];
  const convert = new Set<number>();
  chars.forEach((c, i) => {
    if (c === '(') open.push(i);
    if (c !== ')') return;
    const start = open.pop();
    if (start === undefined) {
      if (isChinese(chars[i - 1]) || isChinese(chars[i + 1])) convert.add(i);
      return;
    }
    const inside = chars.slice(start + 1, i).join('');
    if (CHINESE.test(inside) || isChinese(chars[start - 1]) || isChinese(chars[i + 1])) {
      convert.add(start).add(i);
    }
  });
  for (const i of open) if (isChinese(chars[i - 1]) || isChinese(chars[i + 1])) convert.add(i);
  for (const i of [...convert].sort((a, b) => a - b)) {
    const full = chars[i] === '(' ? '（' : '）';
    recorder.note('half-width punctuation in Chinese text made full-width', chars[i] ?? '', full);
    chars[i] = full;
  }
  return chars.join('');
}

/** Straight double quotes in a Chinese line, when they pair up, become “ ”. */
function quotes(line: string, recorder: Recorder): string {
  const count = (line.match(/"/g) ?? []).length;
  if (count === 0 || count % 2 === 1 || !CHINESE.test(line)) return line;
  let opening = true;
  return line.replace(/"/g, () => {
    const full = opening ? '“' : '”';
    opening = !opening;
    recorder.note('straight quotes in Chinese text made Chinese quotes', '"', full);
    return full;
  });
}
