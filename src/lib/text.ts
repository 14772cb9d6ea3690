/**
 * The reader-visible text of a section's MDX body: a topic's lead-in at the
 * start of its paragraph, other component tags removed, one paragraph a
 * line. Content checks and the source comparison test read the text through
 * this, so both see what the reader sees.
 */
export function plainText(mdxBody: string): string {
  return mdxBody
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<Topic\b[^>]*?\blead="([^"]*)"[^>]*>\s*/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The `<Tag attr="…">…</Tag>` elements of a body, for cross-checks. */
export function findElements(mdxBody: string, tag: string): { id: string; inner: string }[] {
  const pattern = new RegExp(`<${tag}\\s+id="([^"]*)"[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...mdxBody.matchAll(pattern)].map(([, id = '', inner = '']) => ({ id, inner: inner.trim() }));
}

/** The ids of `<Tag id="…">` openings, including self-closing ones. */
export function findIds(mdxBody: string, tag: string): string[] {
  return [...mdxBody.matchAll(new RegExp(`<${tag}\\s+id="([^"]*)"`, 'g'))].map(([, id = '']) => id);
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a Chinese numeral below 100 (五, 十, 十二, 二十一). The text writes
 * small numbers this way (两条, 十余条, 关中五市第一), so the check that a
 * figure's value occurs in its quote must understand them.
 */
export function chineseNumeral(numeral: string): number | undefined {
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(numeral);
  if (numeral === '' || !match) return DIGITS[numeral];
  const [, tens = '', ten = '', units = ''] = match;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

/** Every number a phrase states, in Arabic digits or in Chinese numerals. */
export function numbersIn(phrase: string): number[] {
  const arabic = [...phrase.matchAll(/\d+(?:\.\d+)?/g)].map(([n]) => Number(n));
  const chinese = [...phrase.matchAll(/[〇零一二两三四五六七八九十]+/g)].flatMap(([run]) => {
    const whole = chineseNumeral(run);
    // 第一、二种 lists numerals side by side; also read each character alone.
    const single = [...run].map((c) => DIGITS[c]).filter((n) => n !== undefined);
    return whole === undefined ? single : [whole, ...single];
  });
  return [...arabic, ...chinese];
}
