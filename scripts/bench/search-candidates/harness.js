// The page each candidate runs in, served as it is beside the candidate's
// bundle (candidate.js, which exports load()). window.firstSearch(q) loads
// the candidate and its index, searches, shows the first result as a link
// and resolves to the milliseconds that took; a query in the address
// (?q=…) does the same on arrival and notes the time in firstResultAt.
// window.runQuery(q) then returns every result's place, for recall and
// precision: the section page's path and the anchor a result links to
// (/reform/#business-environment).

/**
 * A candidate's search: the places of its results, best first (only the first unless all).
 * @typedef {(q: string, options: { all: boolean }) => Promise<string[]>} Search
 * @typedef {(indexUrl: string) => Promise<Search>} Load
 */

/** @type {Search | undefined} */
let search;

async function firstSearch(/** @type {string} */ query) {
  const started = performance.now();
  // @ts-expect-error the benchmark writes the candidate's bundle beside this file
  const { load } = /** @type {{ load: Load }} */ (await import('./candidate.js'));
  const loaded = await load(new URL('search-index.json', document.baseURI).href);
  search = loaded;
  const [first] = await loaded(query, { all: false });
  const link = document.createElement('a');
  link.href = first ?? '#';
  link.textContent = first ?? '—';
  document.body.append(link);
  return performance.now() - started;
}

Object.assign(window, {
  firstSearch,
  runQuery: (/** @type {string} */ q) => search?.(q, { all: true }),
});

export {};

const query = new URL(location.href).searchParams.get('q');
if (query) {
  await firstSearch(query);
  Object.assign(window, { firstResultAt: performance.now() });
}
