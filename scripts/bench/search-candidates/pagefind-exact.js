// Pagefind as in ./pagefind.js, the query in quotes: its exact-phrase search.
import { load as loadPagefind } from './pagefind.js';

/** @type {import('./harness.js').Load} */
export async function load(indexUrl) {
  const search = await loadPagefind(indexUrl);
  return (q, options) => search(`"${q}"`, options);
}
