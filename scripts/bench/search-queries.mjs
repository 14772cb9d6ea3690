// The query set of `npm run bench:search` (./search.mjs), and how well a
// candidate answers it: a passage is relevant when it holds the query
// exactly.
/**
 * @typedef {{ section: number, anchor: string, kind: 'text' | 'figure', title: string, text: string }} Doc
 * @typedef {{ sections: { path: string, kicker: string }[], documents: Doc[] }} Index
 * @typedef {{ query: string, kind: string, expected?: string }} Query
 * @typedef {{ queries: Query[], holding: (q: string) => Set<string> }} QuerySet
 */

/**
 * The query set: every topic lead (its own passage expected first), every
 * figure label, the fixture's words (which must occur) and absent words
 * (which must not); and the places that hold a query, which are the
 * relevant results.
 * @param {Index} index the site's search index
 * @param {{ words: string[], absent: string[] }} fixture
 * @returns {QuerySet}
 */
export function querySet(index, fixture) {
  const place = (/** @type {Doc} */ d) => `${index.sections[d.section]?.path}#${d.anchor}`;
  const topics = index.documents.filter((d) => d.kind === 'text' && !d.anchor.endsWith('-heading'));
  /** @type {Query[]} */
  const queries = [
    ...topics.map((d) => ({ query: d.title, kind: 'topic lead', expected: place(d) })),
    ...index.documents.filter((d) => d.kind === 'figure').map((d) => ({ query: d.title, kind: 'figure label' })),
    ...fixture.words.map((query) => ({ query, kind: 'word' })),
    ...fixture.absent.map((query) => ({ query, kind: 'absent' })),
  ];
  const holding = (/** @type {string} */ q) =>
    new Set(index.documents.filter((d) => `${d.title}\n${d.text}`.includes(q)).map(place));
  return { queries, holding };
}

/** Recall, precision and first results over the query set, on a warm page. */
/**
 * @param {import('@playwright/test').Page} page a candidate's page, its search loaded
 * @param {QuerySet} set
 */
export async function quality(page, { queries, holding }) {
  let relevant = 0;
  let found = 0;
  let returned = 0;
  let firstRight = 0;
  let present = 0;
  let absentWithResults = 0;
  /** @type {string[]} */
  const misses = [];
  for (const { query, kind, expected } of queries) {
    /** @type {string[]} */
    const results = await page.evaluate((q) => Reflect.get(window, 'runQuery')(q), query);
    const truth = holding(query);
    const hits = new Set(results.filter((r) => truth.has(r)));
    returned += results.length;
    found += hits.size;
    if (kind === 'absent') {
      if (results.length) absentWithResults++;
      continue;
    }
    present++;
    relevant += truth.size;
    const right = expected ? results[0] === expected : truth.has(results[0] ?? '');
    if (right) firstRight++;
    else misses.push(`${query} (${kind})`);
  }
  return {
    recall: found / relevant,
    precision: returned ? found / returned : 1,
    firstRight,
    present,
    absentWithResults,
    absent: queries.length - present,
    misses,
  };
}
