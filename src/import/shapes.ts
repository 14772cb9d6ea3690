/**
 * What a line of an article looks like: a heading, a subtitle, a byline.
 * Pure tests on one line; the article's structure is read in ./structure.ts.
 */

/** Sentence-ending punctuation: a line with any is a sentence, not a heading. */
const SENTENCE_END = /[。！？；!?;]/;
/** Longest heading, in characters, after its numbering. */
const HEADING_MAX = 40;

/** Numbering before a heading: 一、 （一） (一) 1. 1、 第一部分 第二章 ①. */
const NUMBERING =
  /^(?:第[一二三四五六七八九十百\d]+(?:部分|章|篇|节)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d{1,2}[、．.](?!\d)|[①-⑳])\s*/;

/** A subtitle's dashes: ——, or the forms exports turn them into. */
export const SUBTITLE_DASH = /^(?:——|—|--|──|－－|―)\s*/;

/** A byline on a line of its own or at a paragraph's end: (记者 段海洲), 本报记者 张三. */
const BYLINE_WORDS = '(?:本报|本刊)?(?:特约)?(?:记者|通讯员|实习生|见习记者)';
export const BYLINE_LINE = new RegExp(`^[（(]?\\s*(${BYLINE_WORDS}[^（）()。，]{1,30}?)\\s*[）)]?$`);
export const BYLINE_AT_END = new RegExp(`[（(]\\s*(${BYLINE_WORDS}[^（）()。，]{1,30}?)\\s*[）)]$`);

export interface HeadingShape {
  /** The numbering as printed (一、), if any. */
  numbering?: string;
  /** The heading without its numbering. */
  text: string;
}

/** A line that can be a heading: short, no sentence-ending punctuation, not a byline or subtitle. */
export function headingShape(line: string): HeadingShape | undefined {
  if (SENTENCE_END.test(line) || BYLINE_LINE.test(line) || SUBTITLE_DASH.test(line)) return undefined;
  const numbering = NUMBERING.exec(line)?.[0];
  const text = numbering ? line.slice(numbering.length).trim() : line;
  if (text.length < 2 || text.length > HEADING_MAX || /[，、：,:]$/.test(text)) return undefined;
  // One comma can join a heading's two halves (稳字当头，进字为先); more make a sentence.
  if ((text.match(/[，,]/g) ?? []).length > 1) return undefined;
  return numbering ? { numbering: numbering.trim(), text } : { text };
}

/** Kicker and headline, where the heading sets them apart with a space (聚焦产业转型升级 高质量发展步伐进一步加快). */
export function splitHeading(text: string): { kicker?: string; headline: string } {
  const parts = text.split(' ');
  if (parts.length === 2 && parts.every((p) => p.length >= 2)) return { kicker: parts[0], headline: parts[1] ?? '' };
  return { headline: text };
}

const ROLE = /((?:本报|本刊)?(?:特约)?(?:见习记者|记者|通讯员|实习生))/;

/** The byline's words without brackets (记者 段海洲), and the reporter's name in it: the first 记者's names. */
export function readByline(words: string): { byline: string; reporter: string } {
  const byline = words.replace(/\s+/g, ' ').trim();
  const parts = byline.split(ROLE);
  const credits: { role: string; names: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) credits.push({ role: parts[i] ?? '', names: (parts[i + 1] ?? '').trim() });
  const named = credits.filter((c) => c.names);
  const reporter = (named.find((c) => c.role.includes('记者')) ?? named[0])?.names ?? byline;
  return { byline, reporter };
}
