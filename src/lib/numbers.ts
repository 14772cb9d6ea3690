/**
 * The numbers a phrase states, each as a whole: 7190 in 新增企业7190户, 十二
 * in 十二届 (and never the 二 inside it), 两万 in 两万余人次. The content
 * checks match a figure's value only against these, so a value cannot pass
 * by being a part of a longer number, a name (5G, “11·4”) or an ordinal.
 * The importer finds figures with the same reading, so what it proposes and
 * what the build accepts cannot drift.
 */
import nzh from 'nzh/cn';

/** One way to read a number of the text: its value, and where the words after it (unit, qualifier) start. */
export interface Reading {
  value: number;
  /** Index in the phrase just after the part read as the number. */
  end: number;
}

export interface StatedNumber {
  /** The number as written: 7190, 68.1, 十二, 两万. */
  text: string;
  start: number;
  end: number;
  /**
   * How it can be read. A Chinese numeral ending in 万 or 亿 reads both as
   * the whole (两万 → 20000) and as the number before the magnitude (2, with
   * 万 starting the unit: 两万人次 as 2 万人次), as editors write either.
   */
  readings: Reading[];
  /** Written after 第 (第一, 第十届): a position, which only a rank states as its value. */
  ordinal: boolean;
  /** Followed by 届 (十二届): it names something rather than counting it. */
  name: boolean;
}

const NUMERAL = '〇零一二两三四五六七八九十百千万亿';
const MAGNITUDES = new Set(['万', '亿']);
const TOKENS = new RegExp(`\\d+(?:\\.\\d+)?|[${NUMERAL}]+`, 'g');
/** Neighbours that make a run of digits part of a name: 5G, 4A级, “11·4”. */
const NAME_NEIGHBOUR = /[A-Za-z·.]/;

/**
 * Reads a Chinese numeral (五, 十二, 两万, 一百零五), or undefined where the
 * characters are not a well-formed numeral (十四五, 一一, 二〇二〇), which the
 * text uses for names and years (digitYear reads 二〇二〇年). nzh reads;
 * reading back its own spelling of the value tells a numeral from a run of
 * numeral characters.
 */
export function chineseNumeral(numeral: string): number | undefined {
  const normal = numeral.replaceAll('两', '二').replaceAll('〇', '零');
  if (!/^[一二三四五六七八九十]/.test(normal)) return undefined;
  const value = Number(nzh.decodeS(normal));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const spelled = nzh.encodeS(value);
  return spelled === normal || spelled === normal.replace(/^一十/, '十') ? value : undefined;
}

/** A year written digit by digit (二〇二三, 二零二三), which is no numeral: 2023, or undefined. */
export function digitYear(run: string): number | undefined {
  if (!/^[一二][〇零一二三四五六七八九]{3}$/.test(run)) return undefined;
  const year = Number([...run].map((c) => (c === '零' ? 0 : '〇一二三四五六七八九'.indexOf(c))).join(''));
  return year >= 1900 && year < 2100 ? year : undefined;
}

function chineseReadings(run: string, start: number): Reading[] {
  const whole = chineseNumeral(run);
  const readings: Reading[] = whole === undefined ? [] : [{ value: whole, end: start + run.length }];
  const last = run.at(-1) ?? '';
  if (run.length > 1 && MAGNITUDES.has(last)) {
    const before = chineseNumeral(run.slice(0, -1));
    if (before !== undefined) readings.push({ value: before, end: start + run.length - 1 });
  }
  return readings;
}

/** Every number the phrase states, in order. */
export function statedNumbers(phrase: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const match of phrase.matchAll(TOKENS)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    const digits = /^\d/.test(text);
    if (digits && (NAME_NEIGHBOUR.test(phrase[start - 1] ?? '') || NAME_NEIGHBOUR.test(phrase[end] ?? ''))) continue;
    const year = !digits && phrase[end] === '年' ? digitYear(text) : undefined;
    const readings = digits || year ? [{ value: year ?? Number(text), end }] : chineseReadings(text, start);
    if (readings.length === 0) continue;
    found.push({ text, start, end, readings, ordinal: phrase[start - 1] === '第', name: phrase[end] === '届' });
  }
  return found;
}

/** Whether the phrase states this number, read any way, as an ordinal or not. */
export function statesNumber(phrase: string | StatedNumber[], value: number): boolean {
  const numbers = typeof phrase === 'string' ? statedNumbers(phrase) : phrase;
  return numbers.some((n) => n.readings.some((r) => r.value === value));
}
