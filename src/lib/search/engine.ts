/**
 * The search itself. MiniSearch keeps the inverted index of characters and
 * character pairs and ranks candidates (BM25, a topic's lead counting
 * double); what is ours is what a hit is (./query.ts: every term exactly),
 * the order (passages of the text before figure cards) and where a result
 * links: the topic's anchor with a text fragment that highlights the hit,
 * or the figure's card.
 */
import MiniSearch from 'minisearch';
import type { SearchDocument, SearchIndex, SearchSection } from './documents';
import { fold, hitsIn, indexTokens, pieces, queryTokens, snippet, textDirective, type Piece } from './query';

export interface SearchResult {
  /** The review it is in, as the index names it. */
  review: string;
  document: SearchDocument;
  section: SearchSection;
  /** The exact place: /<slug>/#<topic id>:~:text=… or /<slug>/#fig-<id>. */
  href: string;
  /** The lead, headline or label, hits marked. */
  title: Piece[];
  /** The words around the first hit, hits marked. */
  snippet: Piece[];
}

/** Builds the index in the browser from the documents; returns the search over them. */
export function createSearch(index: SearchIndex): (terms: string[]) => SearchResult[] {
  const miniSearch = new MiniSearch<{ id: number; title: string; text: string }>({
    fields: ['title', 'text'],
    tokenize: indexTokens,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (query) => query.split(' ').flatMap(queryTokens),
      combineWith: 'AND',
      boost: { title: 2 },
    },
  });
  miniSearch.addAll(index.documents.map((d, id) => ({ id, title: fold(d.title).text, text: fold(d.text).text })));

  return (terms) => {
    const results: SearchResult[] = [];
    for (const { id } of miniSearch.search(terms.join(' '))) {
      const document = index.documents[id as number];
      const section = document && index.sections[document.section];
      if (!document || !section) continue;
      // The index finds passages with every pair of characters; only those
      // with every term, whole, are hits.
      const holds = (term: string) => [document.title, document.text].some((field) => hitsIn(field, [term]).length);
      if (!terms.every(holds)) continue;
      const titleHits = hitsIn(document.title, terms);
      const textHits = hitsIn(document.text, terms);
      results.push({
        review: index.review,
        document,
        section,
        href: `${section.path}#${document.anchor}${fragment(document, terms)}`,
        title: pieces(document.title, titleHits),
        snippet: snippet(document.text, textHits),
      });
    }
    // Passages first, each group in the index's order of relevance.
    return [...results.filter((r) => r.document.kind === 'text'), ...results.filter((r) => r.document.kind !== 'text')];
  };
}

/**
 * A text fragment for each term's first hit in a passage, so the page
 * scrolls to it and highlights it; a figure card needs none, since the card
 * itself is the target.
 */
function fragment(document: SearchDocument, terms: string[]): string {
  if (document.kind !== 'text') return '';
  const directives = terms.flatMap((term) => {
    for (const field of [document.title, document.text]) {
      const [first] = hitsIn(field, [term]);
      if (first) return [textDirective(field, first)];
    }
    return [];
  });
  return directives.length ? `:~:${directives.join('&')}` : '';
}
