/**
 * The review's city and year, from the head (回眸2020年的铜川,
 * 2022年临河县工作回顾) or else the opening sentences. Where none is found,
 * the caller writes a placeholder and says so.
 */

const YEAR = /((?:19|20)\d{2})年/;
/** A place name: two to five characters ending in an administrative word. */
const PLACE_WORD = /^[\u4e00-\u9fff]{1,5}?[市县区州盟旗镇乡]/;

export function findYear(head: string[], text: string[]): number | undefined {
  for (const words of head) {
    const year = YEAR.exec(words)?.[1];
    if (year) return Number(year);
  }
  // The year most stated in the text, 2020年 in 2020年，我市…
  const counts = new Map<number, number>();
  for (const words of text)
    for (const m of words.matchAll(new RegExp(YEAR, 'g')))
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

export function findCity(head: string[]): string | undefined {
  for (const words of head) {
    const after = /(?:19|20)\d{2}年(的?)(.*)$/.exec(words);
    const place = PLACE_WORD.exec(after?.[2] ?? '')?.[0];
    if (place) return place;
    const before = /([\u4e00-\u9fff]{2,5}?[市县区州盟旗])(?:[\u4e00-\u9fff]{0,2})?(?:19|20)\d{2}年/.exec(words)?.[1];
    if (before) return before;
    // 回眸2020年的铜川: the place is what the subtitle ends with.
    if (after?.[1] && /^[\u4e00-\u9fff]{2,4}$/.test(after[2] ?? '')) return after[2];
  }
  return undefined;
}
