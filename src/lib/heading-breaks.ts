/**
 * Where a Chinese heading may break. Chinese text breaks between any two
 * characters, so a balanced heading (text-wrap: balance) splits a word as
 * readily as it ends a phrase: 高质量发展步 / 伐进一步加快, 凝心聚力推 /
 * 动高质量发展. A heading breaks between words instead: CSS keeps its Han
 * text whole (word-break: keep-all, src/styles/global.css) but where the
 * page marks a break (<wbr>, components/text/HeadingWords.astro), between
 * two words as ICU's dictionary segments them; spaces and punctuation break
 * as they always do.
 */

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/**
 * `text` in pieces, cut only where one word ends and the next begins with
 * a Han character on each side: 高质量发展步伐进一步加快 → 高 质量 发展 步伐 进一步 加快.
 * A number and its unit (21条), a word and its punctuation stay together.
 */
export function headingPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const { segment } of words.segment(text)) {
    const last = pieces.at(-1);
    if (last !== undefined && !(HAN_END.test(last) && HAN_START.test(segment))) pieces[pieces.length - 1] += segment;
    else pieces.push(segment);
  }
  return pieces;
}
