/**
 * What a line of an article looks like: a heading (numbered or not), a
 * numbering on a line of its own, a subtitle's dashes. Pure tests on one
 * line; the article's structure is read in ./index.ts.
 */
import { LEADING_MARK } from '../figures/words';
import { readByline } from './bylines';

/** Sentence-ending punctuation: a line with any is a sentence, not a heading. */
const SENTENCE_END = /[。！？；!?;]/;
/** Longest heading, in characters, after its numbering. */
const HEADING_MAX = 40;

const NUMERAL = '一二三四五六七八九十';
/**
 * Numbering before a heading: 一、 （一） (一) 1. 1、 01 第一部分 第二章 ① 一是,
 * with or without a space after it. 01 needs a space or a bar after it.
 */
const NUMBERING = new RegExp(
  [
    `第[${NUMERAL}百\\d]+(?:部分|章|篇|节)`,
    `[（(][${NUMERAL}\\d]+[）)]`,
    `[${NUMERAL}]+[、．.]`,
    `\\d{1,2}[、．.](?!\\d)`,
    `0\\d(?=[\\s｜|/])[｜|/]?`,
    '[①-⑳]',
    `[${NUMERAL}]是(?=[\\u4e00-\\u9fff]{2})`,
  ]
    .map((form) => `(?:${form})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')[\\s：:｜|]*'),
);

/** A numbering printed on a line of its own, its heading on the next line (01 / 产业升级…). */
const NUMBER_LINE = new RegExp(`^(?:0?\\d{1,2}|[${NUMERAL}]+|[（(][${NUMERAL}\\d]+[）)]|第[${NUMERAL}\\d]+部分)$`);

/** A subtitle's dashes: ——, or the forms exports turn them into. */
export const SUBTITLE_DASH = /^(?:——|—|--|──|－－|―)\s*/;

export interface HeadingShape {
  /** The numbering as printed (一、), if any. */
  numbering?: string;
  /** The heading without its numbering. */
  text: string;
}

/** The numbering a line starts with, as printed (一、, （一）, 01), if any. */
export function numberingOf(line: string): string | undefined {
  return NUMBERING.exec(line)?.[0];
}

/** Whether the line is a numbering alone (01, 一, （一）, 第一部分). */
export function isNumberLine(line: string): boolean {
  return NUMBER_LINE.test(line.trim());
}

/** A line that can be a heading: short, no sentence-ending punctuation, not a byline or subtitle. */
export function headingShape(line: string): HeadingShape | undefined {
  if (SENTENCE_END.test(line) || SUBTITLE_DASH.test(line) || readByline(line)) return undefined;
  const numbering = numberingOf(line);
  const unnumbered = numbering ? line.slice(numbering.length).trim() : line;
  // ▶ 粮食总产量：3.46万吨: an item of a list of figures, not a heading.
  if (/^[^：:]{2,20}[：:]\s*\d/.test(unnumbered)) return undefined;
  // 【产业篇】, ◆ 产业兴镇: the brackets or mark a paper sets a heading with; the heading is the words.
  const text = (/^[【〖]([^【】〖〗]+)[】〗]$/.exec(unnumbered)?.[1] ?? unnumbered).replace(LEADING_MARK, '').trim();
  if (text.length < 2 || text.length > HEADING_MAX || /[，、：,:]$/.test(text)) return undefined;
  // One comma can join a heading's two halves (稳字当头，进字为先); more make a sentence.
  if ((text.match(/[，,]/g) ?? []).length > 1) return undefined;
  return numbering ? { numbering: numbering.trim(), text } : { text };
}

/**
 * Kicker and headline, where the heading sets them apart: with a space
 * (聚焦产业转型升级 高质量发展步伐进一步加快), a comma between two halves
 * (坚持扩规提质，经济实力稳步提升) or a colon (产业发展：特色产业提质扩面).
 */
export function splitHeading(text: string): { kicker?: string; headline: string } {
  for (const mark of [' ', '，', '：']) {
    const parts = text.split(mark);
    if (parts.length === 2 && parts.every((p) => p.length >= (mark === '，' ? 4 : 2))) {
      return { kicker: parts[0], headline: parts[1] ?? '' };
    }
  }
  return { headline: text };
}

/** A heading run into its paragraph: （一）聚焦项目建设，发展动能持续增强。全年实施… */
export function runInHeading(paragraph: string): { numbering: string; lead: string } | undefined {
  const numbering = numberingOf(paragraph);
  if (!numbering || /是$/.test(numbering)) return undefined;
  const lead = /^[^。！？；]{4,40}[。！]/.exec(paragraph.slice(numbering.length))?.[0];
  if (!lead || /\d/.test(lead) || (lead.match(/[，,]/g) ?? []).length > 2 || /[“《（(]/.test(lead)) return undefined;
  return { numbering, lead };
}

/** Where in its sequence a numbering stands (（三） → 3, 03 → 3), and its style, so a run can be told. */
export function numberingPlace(numbering: string): { style: string; place: number } | undefined {
  const core = numbering.trim();
  const digits = /\d+/.exec(core)?.[0];
  const numeral = new RegExp(`[${NUMERAL}]+`).exec(core)?.[0];
  const place = digits ? Number(digits) : numeral ? chineseOrdinal(numeral) : undefined;
  if (place === undefined) return undefined;
  return { style: core.replace(/\d+/, '0').replace(new RegExp(`[${NUMERAL}]+`), '一'), place };
}

function chineseOrdinal(numeral: string): number | undefined {
  const digit = (c: string | undefined) => (c ? NUMERAL.indexOf(c) + 1 : 0);
  if (numeral.length === 1) return digit(numeral);
  if (numeral.startsWith('十')) return 10 + digit(numeral[1]);
  if (numeral[1] === '十') return digit(numeral[0]) * 10 + digit(numeral[2]);
  return undefined;
}
