/** The sentence of a block that states a figure, and a block's first sentence (a summary, a title). */

export const sentenceOf = (text: string, at: number) => {
  const sentences = text.match(/[^。！？]+[。！？]?[”’」）]?/g) ?? [text];
  let end = 0;
  for (const s of sentences) {
    end += s.length;
    if (at < end) return s;
  }
  return sentences.at(-1) ?? text;
};

export const firstSentence = (text: string) => /^[^。！？]+[。！？][”’」）]?/.exec(text)?.[0] ?? text;
