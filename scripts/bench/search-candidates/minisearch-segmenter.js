// MiniSearch over the words the browser's Intl.Segmenter finds (ICU's
// dictionary for Chinese), in the passages and in the query alike.
import MiniSearch from 'minisearch';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (/** @type {string} */ text) =>
  [...segmenter.segment(text.normalize('NFKC').toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);

/** @type {import('./harness.js').Load} */
export async function load(indexUrl) {
  /** @type {import('../../../src/lib/search/documents').SearchIndex} */
  const index = await (await fetch(indexUrl)).json();
  const miniSearch = new MiniSearch({
    fields: ['title', 'text'],
    tokenize: words,
    processTerm: (t) => t,
    searchOptions: { combineWith: 'AND', boost: { title: 2 } },
  });
  miniSearch.addAll(index.documents.map((d, id) => ({ id, title: d.title, text: d.text })));
  return async (q) =>
    miniSearch.search(q).map(({ id }) => {
      const d = index.documents[id];
      return `${index.sections[d?.section ?? 0]?.path}#${d?.anchor}`;
    });
}
