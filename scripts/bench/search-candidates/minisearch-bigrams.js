// MiniSearch over characters and pairs of characters, as the library
// returns its results: every pair of the query somewhere in the passage.
import MiniSearch from 'minisearch';
import { fold, indexTokens, queryTokens } from '../../../src/lib/search/query';

/** @type {import('./harness.js').Load} */
export async function load(indexUrl) {
  /** @type {import('../../../src/lib/search/documents').SearchIndex} */
  const index = await (await fetch(indexUrl)).json();
  const miniSearch = new MiniSearch({
    fields: ['title', 'text'],
    tokenize: indexTokens,
    processTerm: (t) => t,
    searchOptions: {
      tokenize: (q) => q.split(/\s+/).flatMap(queryTokens),
      combineWith: 'AND',
      boost: { title: 2 },
    },
  });
  miniSearch.addAll(index.documents.map((d, id) => ({ id, title: fold(d.title).text, text: fold(d.text).text })));
  Object.assign(window, { serializedIndex: () => JSON.stringify(miniSearch) });
  return async (q) =>
    miniSearch.search(fold(q).text).map(({ id }) => {
      const d = index.documents[id];
      return `${index.sections[d?.section ?? 0]?.path}#${d?.anchor}`;
    });
}
