// Pagefind's own search over pages the benchmark indexed with it (one per
// section, a heading with an id for each passage and figure card, so each
// sub-result is a place the site could link to).
/**
 * The part of Pagefind's browser API used here.
 * @typedef {{ sub_results: { url: string }[] }} PageData
 * @typedef {{
 *   options: (options: { baseUrl: string }) => Promise<void>,
 *   init: () => Promise<void>,
 *   search: (q: string) => Promise<{ results: { data: () => Promise<PageData> }[] }>,
 * }} Pagefind
 */

/** @type {import('./harness.js').Load} */
export async function load() {
  /** @type {Pagefind} */
  const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
  // Results link to the section pages at the site's root, not under the bundle's folder.
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  return async (q, { all }) => {
    const { results } = await pagefind.search(q);
    const pages = await Promise.all((all ? results : results.slice(0, 1)).map((r) => r.data()));
    return pages.flatMap((page) => page.sub_results.map((sub) => sub.url));
  };
}
