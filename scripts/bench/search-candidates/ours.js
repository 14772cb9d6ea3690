// MiniSearch over characters and pairs, with the site's exact check and
// order: the engine the site ships (src/lib/search/engine.ts).
import { createSearch } from '../../../src/lib/search/engine';
import { parseQuery } from '../../../src/lib/search/query';

/** @type {import('./harness.js').Load} */
export async function load(indexUrl) {
  const search = createSearch(await (await fetch(indexUrl)).json());
  return async (q) => {
    const parsed = parseQuery(q);
    if ('error' in parsed) return [];
    return search(parsed.terms).map((r) => r.href.replace(/:~:.*$/, ''));
  };
}
