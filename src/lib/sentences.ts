/**
 * Sentences of Chinese text: a sentence ends with 。！ or ？ and takes the
 * closing quotes and brackets that follow (“……。” stays whole).
 */

const SENTENCE = /[^。！？\n]+[。！？][”’）」』]*/g;

/** The sentences of a text, one paragraph a line; text after the last stop is not a sentence. */
export function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * The sentence of a text that states a phrase (a figure's quote): the first
 * one that holds it whole, else the phrase itself.
 */
export function sentenceStating(text: string, phrase: string): string {
  return sentences(text).find((s) => s.includes(phrase)) ?? phrase;
}
