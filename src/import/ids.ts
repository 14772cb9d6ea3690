/**
 * ASCII ids and slugs from Chinese words, through pinyin-pro, so an editor
 * can read them. Ids are kept unique across the review and
 * clear of the ids the pages write themselves (src/lib/urls.ts).
 */
import { pinyin } from 'pinyin-pro';
import { anchors, PAGE_IDS } from '../lib/urls';

/** Top-level pages a section slug must not take. */
const ROUTES = ['print', 'data', 'og', 'charts', 'index', '404', 'search', 'posters', 'poster', 'embed', 'api'];

/**
 * Pinyin of a phrase, one syllable a word (zhua-xiang-mu-yin-ling): the
 * library has no word list to join syllables by, and a wrong join reads
 * worse than none. Other ASCII (5G) is kept, lowercased.
 */
export function pinyinWords(phrase: string, most: number): string[] {
  const words: string[] = [];
  for (const run of phrase.match(/[\u3400-\u9fff]+|[A-Za-z0-9]+/g) ?? []) {
    if (/[\u3400-\u9fff]/.test(run)) {
      const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
      words.push(...syllables.map((s) => s.replace(/[^a-z]/g, '')).filter(Boolean));
    } else words.push(run.toLowerCase());
  }
  return words.slice(0, most);
}

export class IdRegistry {
  private readonly taken = new Set<string>([...Object.values(PAGE_IDS), ...ROUTES]);

  /** An unused id from the phrase (or the fallback), claiming the ids it gives rise to on the page. */
  claim(phrase: string, fallback: string, maxWords: number, derived: (id: string) => string[] = (id) => [id]): string {
    const words = pinyinWords(phrase, maxWords);
    // An id starts with a letter, as HTML checkers and CSS selectors want: a heading's leading year (2021年…) is left out.
    while (/^\d+$/.test(words[0] ?? '')) words.shift();
    const base = words.join('-') || fallback;
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const ids = derived(id);
      if (ids.every((x) => !this.taken.has(x))) {
        ids.forEach((x) => this.taken.add(x));
        return id;
      }
    }
  }

  slug(phrase: string, fallback: string): string {
    return this.claim(phrase, fallback, 6, (slug) => [
      slug,
      anchors.section(slug),
      anchors.sectionHeading(slug),
      anchors.sectionFigures(slug),
      anchors.correction(slug),
    ]);
  }

  figure(phrase: string, fallback: string): string {
    return this.claim(phrase, fallback, 5, (id) => [`figure:${id}`, anchors.figure(id), anchors.quote(id)]);
  }

  chart(name: string): string {
    return this.claim('', name, 0, (id) => [`chart:${id}`, anchors.chart(id), anchors.chartSummary(id)]);
  }

  topic(phrase: string, fallback: string): string {
    return this.claim(phrase.replace(/[。！]$/, ''), fallback, 5, (id) => [id]);
  }
}
