/**
 * How the browser set the page's Chinese headings, line by line: a line
 * holding one Han character alone (with at most punctuation beside it) is
 * what a Chinese publication never prints, and neither is a line that
 * starts with closing punctuation (clreq) or a word cut across two lines.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A line of a heading: its characters, and whether it starts at a break the page did not mark. */
type Line = { text: string; unmarked: boolean };

/**
 * Runs in the page: every `h1`–`h3` holding Han text, as its lines. A
 * character starts a new line when it begins left of where the one before it
 * ended, or wholly below it. A line starts at a break the page did not mark
 * when it and the line before meet at two Han characters of one block with
 * neither a <wbr> (src/components/text/HeadingWords.astro, between two
 * words) nor a space between them: inside a word, as far as the page knows.
 * Text a reader does not see in the line (visually hidden, positioned) is
 * left out. A heading set
 * inline (a run-in lead on paper) shares its lines with the paragraph, which
 * fills them: it has no lines of its own to measure.
 */
function headingLines(): { heading: string; lines: Line[] }[] {
  const outOfLine = (node: Node, heading: Element) => {
    for (let el = node.parentElement; el && el !== heading.parentElement; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (!el.checkVisibility() || style.position === 'absolute' || style.position === 'fixed') return true;
    }
    return false;
  };
  const han = /\p{Script=Han}/u;
  const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return [...document.querySelectorAll('h1, h2, h3')]
    .filter((heading) => han.test(heading.textContent ?? ''))
    .filter((heading) => !getComputedStyle(heading).display.startsWith('inline'))
    .map((heading) => {
      const lines: Line[] = [];
      let last: { rect: DOMRect; char: string; block: Element | null } | undefined;
      let marked = false;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof HTMLElement && node.localName === 'wbr') marked = true;
        if (!(node instanceof Text) || outOfLine(node, heading)) continue;
        let block = node.parentElement;
        while (block && block !== heading && getComputedStyle(block).display.startsWith('inline')) {
          block = block.parentElement;
        }
        for (const { segment, index } of graphemes.segment(node.data)) {
          // A space is a break of its own.
          if (!segment.trim()) {
            marked = true;
            continue;
          }
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const rect = range.getBoundingClientRect();
          if (!rect.width) continue;
          const line = lines.at(-1);
          if (!line || !last || rect.left < last.rect.right - 1 || rect.top >= last.rect.bottom) {
            const unmarked = last?.block === block && !marked && han.test(last.char) && han.test(segment);
            lines.push({ text: segment, unmarked });
          } else {
            line.text += segment;
          }
          last = { rect, char: segment, block };
          marked = false;
        }
      }
      return { heading: (heading as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), lines };
    });
}

const LONE = /^\p{P}*\p{Script=Han}\p{P}*$/u;
/** Punctuation that closes or pauses: it ends a phrase and may never begin a line. */
const CLOSING = /^[\p{Pe}\p{Pf}、。，．：；！？]/u;

/**
 * Each badly set line of the page's Chinese headings, as "heading: what is
 * wrong" (none when all are well set), for a test to name with its page.
 */
export async function badHeadingLines(page: Page): Promise<string[]> {
  return (await page.evaluate(headingLines)).flatMap(({ heading, lines }) => {
    const set = lines.map((line) => line.text).join(' / ');
    return lines.flatMap(({ text, unmarked }) => [
      ...(LONE.test(text) ? [`“${heading}” ends a line on one character: ${set}`] : []),
      ...(CLOSING.test(text) ? [`“${heading}” starts a line with closing punctuation: ${set}`] : []),
      ...(unmarked ? [`“${heading}” breaks its Han text where no break between words is marked: ${set}`] : []),
    ]);
  });
}

/**
 * The width of the printed page's text in CSS pixels: the paper's width less
 * the left and right margins of the @page rule in src/styles/print.css, so
 * that a test lays a page out in print at the width that prints.
 */
export function printedTextWidth(): number {
  const paperWidths: Record<string, number> = { A4: 210, A5: 148, B5: 176 };
  const css = readFileSync('src/styles/print.css', 'utf8');
  const rule = /@page\s*{[^}]*?size:\s*(\w+);\s*margin:\s*([^;]+);/.exec(css);
  const paper = paperWidths[rule?.[1] ?? ''];
  const margins = (rule?.[2] ?? '').trim().split(/\s+/).map(parseFloat);
  if (!paper || !rule?.[2]?.match(/^(\s*[\d.]+mm)+\s*$/)) {
    throw new Error('src/styles/print.css: @page has no size (A4, A5, B5) and margin in mm the test can read.');
  }
  // margin: top [right [bottom [left]]], each side missing taking its opposite's.
  const right = margins[1] ?? margins[0] ?? 0;
  const left = margins[3] ?? right;
  return Math.floor(((paper - left - right) * 96) / 25.4);
}
