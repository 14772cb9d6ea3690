/**
 * What a search query means and where it occurs, pure so that the browser,
 * the build and the tests share one definition of a hit.
 *
 * A query is one or more terms (split on spaces); a passage matches when it
 * holds every term exactly, after both are folded the same way: full-width
 * digits, letters and punctuation read as ordinary ones (７１９０ is 7190,
 * （ is (), Latin letters in either case, digit-group commas dropped. A
 * number never matches inside a longer number: 190 does not find 7190.
 */
import { search as words } from '../ui';

/** The longest query, in characters without spaces: the text's longest figure label fits twice. */
export const MAX_QUERY_LENGTH = 32;

/** Folded text, with where each of its UTF-16 units came from in the original. */
export interface Folded {
  text: string;
  /** start[i]: the original index of the character folded unit i came from. */
  start: number[];
  /** end[i]: the original index just after that character. */
  end: number[];
}

const DIGIT = /\d/;

/** Folds text for matching (see the module comment), keeping the way back to the original. */
export function fold(original: string): Folded {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  const chars = [...original];
  let at = 0;
  chars.forEach((char, i) => {
    const folded = char.normalize('NFKC').toLowerCase();
    const next = at + char.length;
    const groupComma =
      folded === ',' && DIGIT.test(text.at(-1) ?? '') && DIGIT.test((chars[i + 1] ?? '').normalize('NFKC'));
    if (!groupComma) {
      text += folded;
      for (let k = 0; k < folded.length; k++) {
        start.push(at);
        end.push(next);
      }
    }
    at = next;
  });
  return { text, start, end };
}

/** A query read and checked: its terms, folded, or what is wrong with it. */
export type ParsedQuery = { terms: string[]; text: string } | { error: string };

const EDGE_START = /^[\p{P}\p{S}]+/u;
const EDGE_END = /[\p{P}\p{S}]+$/u;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Reads a query as typed: splits it on spaces (full-width ones too), drops
 * punctuation at either end of each term (营商环境。 is 营商环境) except a
 * percent sign after a number, and keeps only terms with a letter or digit.
 */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.trim();
  if (!text) return { error: words.empty };
  const terms = fold(text)
    .text.split(/\s+/)
    .map((term) => term.replace(EDGE_START, '').replace(EDGE_END, (tail) => (tail.includes('%') ? '%' : '')))
    .filter((term) => SEARCHABLE.test(term));
  if (terms.length === 0) return { error: words.nothingToFind(text) };
  const length = terms.reduce((n, term) => n + [...term].length, 0);
  if (length > MAX_QUERY_LENGTH) return { error: words.tooLong(length, MAX_QUERY_LENGTH) };
  return { terms: [...new Set(terms)], text };
}

/** Where one term occurs in folded text, as [start, end) ranges of the folded text. */
export function occurrences(folded: string, term: string): [number, number][] {
  const found: [number, number][] = [];
  const opensWithDigit = DIGIT.test(term[0] ?? '');
  const closesWithDigit = DIGIT.test(term.at(-1) ?? '');
  for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
    const before = folded[i - 1] ?? '';
    const after = folded[i + term.length] ?? '';
    if (opensWithDigit && (DIGIT.test(before) || before === '.')) continue;
    if (closesWithDigit && DIGIT.test(after)) continue;
    found.push([i, i + term.length]);
  }
  return found;
}

/** A run of original text, marked when it is a hit. */
export interface Piece {
  text: string;
  hit: boolean;
}

/** Where a query's terms occur in one field, in original offsets, sorted and merged. */
export function hitsIn(original: string, terms: string[]): [number, number][] {
  const folded = fold(original);
  const ranges = terms
    .flatMap((term) => occurrences(folded.text, term))
    .map(([s, e]): [number, number] => [folded.start[s] ?? 0, folded.end[e - 1] ?? original.length])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Splits a stretch of text into pieces, marking the hits inside it. */
export function pieces(original: string, hits: [number, number][], from = 0, to = original.length): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const [s, e] of hits) {
    if (e <= from || s >= to) continue;
    const hitStart = Math.max(s, from);
    if (hitStart > at) out.push({ text: original.slice(at, hitStart), hit: false });
    out.push({ text: original.slice(hitStart, Math.min(e, to)), hit: true });
    at = Math.min(e, to);
  }
  if (at < to) out.push({ text: original.slice(at, to), hit: false });
  return out;
}

/** Characters of context shown before the first hit and in all of a snippet. */
const SNIPPET_BEFORE = 18;
const SNIPPET_LENGTH = 72;

/**
 * The words around the first hit of a passage, with every hit in them
 * marked and … where the passage goes on; its opening when the hits are elsewhere.
 */
export function snippet(original: string, hits: [number, number][]): Piece[] {
  const flat = original.replace(/\n/g, ' ');
  const first = hits[0]?.[0] ?? 0;
  let from = Math.max(0, first - SNIPPET_BEFORE);
  const to = Math.min(flat.length, from + SNIPPET_LENGTH);
  from = Math.max(0, Math.min(from, to - SNIPPET_LENGTH));
  const out = pieces(flat, hits, from, to);
  if (from > 0) out.unshift({ text: '…', hit: false });
  if (to < flat.length) out.push({ text: '…', hit: false });
  return out;
}

/**
 * Characters after which a word surely begins: punctuation and spaces that
 * never sit inside a number or a word. A text fragment's context must start
 * and end on word boundaries, so the context is cut at these.
 */
const BREAK = /[\s，。、；：？！“”‘’（）《》〈〉「」『』【】—…,;:?!()"]/u;
/** Shortest and longest context on either side of a hit in a text fragment. */
const CONTEXT_MIN = 6;
const CONTEXT_MAX = 40;

function prefixStart(field: string, s: number): number {
  let chosen = s;
  for (let p = s; p >= Math.max(0, s - CONTEXT_MAX); p--) {
    if (p < s && field[p] === '\n') break;
    if (p === 0 || BREAK.test(field[p - 1] ?? '')) {
      chosen = p;
      if (s - p >= CONTEXT_MIN) break;
    }
  }
  return chosen;
}

function suffixEnd(field: string, e: number): number {
  let chosen = e;
  for (let q = e; q <= Math.min(field.length, e + CONTEXT_MAX); q++) {
    if (q > e && field[q - 1] === '\n') break;
    if (q === field.length || BREAK.test(field[q - 1] ?? '') || BREAK.test(field[q] ?? '')) {
      chosen = q;
      if (q - e >= CONTEXT_MIN) break;
    }
  }
  return chosen;
}

/** A text fragment's parts are separated by - , and &: those must be escaped. */
const directivePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * A text directive (:~:text=prefix-,hit,-suffix) that makes the browser
 * scroll to and highlight one hit of a field, with enough of the
 * surrounding clause to find this occurrence and no other on the page.
 */
export function textDirective(field: string, [s, e]: [number, number]): string {
  const from = prefixStart(field, s);
  const to = suffixEnd(field, e);
  const prefix = field.slice(from, s).trim();
  const suffix = field.slice(e, to).trim();
  return [
    'text=',
    prefix ? `${directivePart(prefix)}-,` : '',
    directivePart(field.slice(s, e)),
    suffix ? `,-${directivePart(suffix)}` : '',
  ].join('');
}

const HAN = /\p{Script=Han}/u;
const WORDS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * The index's terms of folded text: each Chinese character and each pair of
 * neighbours (so a query of any length finds its candidates), and each run
 * of other letters or digits whole (so numbers match whole: 68.1 is 68 and 1).
 */
export function indexTokens(folded: string): string[] {
  return [...folded.matchAll(WORDS)].flatMap(([run]) => {
    if (!HAN.test(run)) return [run];
    const chars = [...run];
    return [...chars, ...chars.slice(1).map((c, i) => `${chars[i]}${c}`)];
  });
}

/** A query term's index terms: its pairs of characters, a single character alone, other runs whole. */
export function queryTokens(term: string): string[] {
  return [...term.matchAll(WORDS)].flatMap(([run]) => {
    if (!HAN.test(run)) return [run];
    const chars = [...run];
    return chars.length === 1 ? chars : chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  });
}
