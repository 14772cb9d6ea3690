/**
 * The search page's field, upgraded in the browser. The query lives in the
 * address (/search/?q=…), so a search can be shared and the Back button
 * returns to it. The engine and the indexes load only when the reader
 * searches (a query in the address, focus or typing): until then this page
 * costs little more than any other. Each review has an index of its own:
 * the first (the review the reader came from, ?in=<its address>, else the
 * newest) shows its results as soon as it arrives, the others' follow, so
 * the first results cost one review's index however large the archive.
 */
import type { SearchIndex } from '../lib/search/documents';
import type * as Engine from '../lib/search/engine';
import { parseQuery, type Piece } from '../lib/search/query';
import { search as words } from '../lib/ui';

type Search = (terms: string[]) => Engine.SearchResult[];

/** A review's index, as the page lists them (data-indexes, newest first). */
interface IndexRef {
  /** The review's address, relative to the base, as ?in= names it. */
  path: string;
  url: string;
}

/**
 * The engine is loaded by its address on the page (data-engine, bundled by
 * src/lib/browser-bundle.ts): with no import of its own this script is
 * written into the page, and the first paint waits for no script file.
 */
async function loadSearch(engine: Promise<typeof Engine>, indexUrl: string): Promise<Search> {
  const [{ createSearch }, response] = await Promise.all([engine, fetch(indexUrl)]);
  if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
  return createSearch((await response.json()) as SearchIndex);
}

/** Fills an element with text, hits in <mark>. */
function fill(element: Element | null, parts: Piece[]): void {
  element?.replaceChildren(
    ...parts.map(({ text, hit }) => {
      if (!hit) return text;
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
}

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  #engine?: Promise<typeof Engine>;
  #searches = new Map<string, Promise<Search>>();
  /** Counts queries, so a slow first load cannot overwrite a newer query's results. */
  #latest = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.show(input.value, { explain: true });
    });
    input.addEventListener('input', (event) => {
      // Pinyin being composed in an input method is not yet the query.
      if (!(event as InputEvent).isComposing) void this.show(input.value);
    });
    input.addEventListener('compositionend', () => void this.show(input.value));
    input.addEventListener('focus', () => void this.search(this.indexes()[0]).catch(() => undefined), { once: true });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !input.value) return;
      event.preventDefault();
      input.value = '';
      void this.show('');
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });

    const query = new URL(location.href).searchParams.get('q') ?? '';
    input.value = query;
    void this.show(query);
  }

  /** The reviews' indexes in the order they are searched: the one the reader came from first, then newest first. */
  indexes(): IndexRef[] {
    const all = JSON.parse(this.dataset['indexes'] ?? '[]') as IndexRef[];
    const scope = new URL(location.href).searchParams.get('in');
    return [...all.filter((i) => i.path === scope), ...all.filter((i) => i.path !== scope)];
  }

  /** The search over one review's index, loaded once (a failed load is tried again next time). */
  search(ref: IndexRef | undefined): Promise<Search> {
    if (!ref) return Promise.reject(new Error('no index'));
    this.#engine ??= import(/* @vite-ignore */ this.dataset['engine'] ?? '') as Promise<typeof Engine>;
    let search = this.#searches.get(ref.url);
    if (!search) {
      search = loadSearch(this.#engine, ref.url);
      search.catch(() => this.#searches.delete(ref.url));
      this.#searches.set(ref.url, search);
    }
    return search;
  }

  /**
   * Shows the results of a query, keeps it in the address and says how
   * many there are. An empty query clears the page; what is wrong with a
   * query is said only when the reader asks for it (explain) or it is not
   * merely empty.
   */
  async show(raw: string, { explain = false } = {}): Promise<void> {
    const run = ++this.#latest;
    const url = new URL(location.href);
    if (raw.trim()) url.searchParams.set('q', raw.trim());
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);

    const parsed = parseQuery(raw);
    if ('error' in parsed) {
      this.render([], explain || raw.trim() ? parsed.error : '');
      return;
    }
    this.dataset['state'] = 'loading';
    const [first, ...rest] = this.indexes();
    const results: Engine.SearchResult[] = [];
    try {
      results.push(...(await this.search(first))(parsed.terms));
      if (run !== this.#latest) return;
      if (rest.length && results.length) this.render(results, words.foundSoFar(results.length), { pending: true });
      for (const search of await Promise.all(rest.map((ref) => this.search(ref)))) {
        results.push(...search(parsed.terms));
      }
    } catch {
      if (run !== this.#latest) return;
      this.render(results, words.loadFailed);
      return;
    }
    if (run !== this.#latest) return;
    this.render(results, results.length ? words.found(results.length) : words.notFound(parsed.text), {
      offerSections: results.length === 0,
    });
  }

  /** Shows the results; while more reviews' results are to come (pending), the page is not yet ready. */
  render(results: Engine.SearchResult[], message: string, { offerSections = false, pending = false } = {}): void {
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('[data-search-results]');
    const template = this.querySelector<HTMLTemplateElement>('template[data-search-result]');
    const others = this.querySelector<HTMLElement>('[data-search-others]');
    if (status) status.textContent = message;
    if (others) others.hidden = !offerSections;
    list?.replaceChildren(
      ...results.map((result) => {
        const item = template?.content.firstElementChild?.cloneNode(true) as HTMLElement;
        const link = item.querySelector('a');
        if (link) link.href = result.href;
        const kicker = item.querySelector('[data-kicker]');
        if (kicker) {
          kicker.textContent = [
            result.review,
            result.section.kicker,
            ...(result.document.kind === 'figure' ? [words.figure] : []),
          ].join(' · ');
        }
        fill(item.querySelector('[data-title]'), result.title);
        fill(item.querySelector('[data-snippet]'), result.snippet);
        return item;
      }),
    );
    this.dataset['state'] = pending ? 'loading' : 'ready';
  }
}

customElements.define('site-search', SiteSearch);
