import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { searchIndex } from '../../src/lib/search/documents';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query';
import { search as words } from '../../src/lib/ui';
import { sectionPath } from '../../src/lib/urls';
import { loadSections } from '../helpers/content';
import { archive, SEED_PATH, seed } from './site';

// The search against the built site. The query set is every topic lead and
// figure label of the seed and the words of tests/fixtures/search-queries.json;
// a passage of any review is relevant when it holds the query exactly. Every
// relevant passage of the archive must be found, nothing else, and the first
// result must hold the query (for a lead: its own topic). The search starts
// from the seed, as its header's link does (?in=), so the seed's come first.
const sections = loadSections();
/** Every passage and card of every review, each at its place (review/slug/#anchor). */
const documents = archive.reviews.flatMap((review) => {
  const index = searchIndex('', review.sections, (slug) => `${review.path}${sectionPath(slug)}`);
  return index.documents.map((d) => ({ ...d, place: `${index.sections[d.section]?.path}#${d.anchor}` }));
});
const fixture = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as {
  words: string[];
  absent: string[];
};
/** The places (review/slug/#anchor) whose words hold a query exactly. */
const holding = (query: string) =>
  new Set(documents.filter((d) => `${d.title}\n${d.text}`.includes(query)).map((d) => d.place));

const leads = sections.flatMap((s) =>
  [...s.body.matchAll(/<Topic id="([^"]+)" lead="([^"]+)"/g)].map(([, id = '', lead = '']) => ({
    query: lead,
    first: seed(`${s.data.slug}/#${id}`),
  })),
);
const labels = sections.flatMap((s) => s.data.figures.map((f) => f.label));

const field = (page: Page) => page.getByRole('searchbox', { name: words.label });
const status = (page: Page) => page.locator('site-search [role="status"]');
const results = (page: Page) => page.locator('[data-search-results] > li');

/** Runs a query through the field and returns its results' places (slug/#anchor) in order. */
async function search(page: Page, query: string): Promise<{ places: string[]; hrefs: string[]; said: string }> {
  await field(page).fill(query);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'ready');
  const hrefs = await results(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const base = new URL(test.info().project.use.baseURL ?? '').pathname;
  const places = hrefs.map((href) => {
    const url = new URL(href, 'http://site');
    return `${url.pathname.slice(base.length)}${url.hash.replace(/:~:.*$/, '')}`;
  });
  return { places, hrefs, said: (await status(page).textContent()) ?? '' };
}

/** The search page as the seed's header links to it, with a query or none. */
async function openSearch(page: Page, query = ''): Promise<void> {
  const scope = `in=${encodeURIComponent(SEED_PATH)}`;
  await page.goto(query ? `search/?${scope}&q=${encodeURIComponent(query)}` : `search/?${scope}`);
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'ready');
}

test.describe('the query set', () => {
  const cases = [
    ...leads.map(({ query, first }) => ({ kind: 'topic lead', query, first })),
    ...labels.map((query) => ({ kind: 'figure label', query, first: undefined })),
    ...fixture.words.map((query) => ({ kind: 'word', query, first: undefined })),
  ];

  test('finds exactly the passages and cards that hold each query, the one that holds it first', async ({ page }) => {
    expect(leads.length).toBeGreaterThan(0);
    expect(fixture.words.length).toBeGreaterThanOrEqual(30);
    await openSearch(page);
    for (const { kind, query, first } of cases) {
      const truth = holding(query);
      expect(truth.size, `${kind} “${query}” occurs nowhere in the text: update the query set`).toBeGreaterThan(0);
      const { places, said } = await search(page, query);
      expect.soft(new Set(places), `${kind} “${query}”`).toEqual(truth);
      expect.soft(places, `${kind} “${query}”: no place twice`).toHaveLength(truth.size);
      if (first) expect.soft(places[0], `${kind} “${query}” first`).toBe(first);
      else expect.soft(truth.has(places[0] ?? ''), `${kind} “${query}” first: ${places[0]}`).toBe(true);
      expect.soft(said).toBe(words.found(truth.size));
    }
  });

  test('finds nothing for words that do not occur, says so and offers the reviews', async ({ page }) => {
    expect(fixture.absent.length).toBeGreaterThanOrEqual(10);
    await openSearch(page);
    for (const query of fixture.absent) {
      expect(holding(query).size, `“${query}” occurs in the text: it cannot be an absent word`).toBe(0);
      const { places, said } = await search(page, query);
      expect.soft(places, query).toEqual([]);
      expect.soft(said).toBe(words.notFound(query));
    }
    const offered = page.locator('[data-search-others]');
    await expect(offered).toBeVisible();
    await expect(offered).toContainText(words.tryOther);
    for (const review of archive.reviews) {
      await expect(offered.getByRole('link', { name: new RegExp(review.meta.title) })).toHaveAttribute(
        'href',
        new RegExp(`/${review.path}$`),
      );
    }
  });

  test('links every result to a place that exists, its text fragment to words of that place @sub-path', async ({
    page,
  }) => {
    await openSearch(page);
    const hrefs = new Set<string>();
    for (const query of [...leads.map((l) => l.query), ...labels, ...fixture.words]) {
      for (const href of (await search(page, query)).hrefs) hrefs.add(href);
    }
    const byPage = new Map<string, string[]>();
    for (const href of hrefs) {
      const path = href.replace(/#.*$/, '');
      byPage.set(path, [...(byPage.get(path) ?? []), href]);
    }
    for (const [path, links] of byPage) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      for (const href of links) {
        const [fragment = '', directives = ''] = href.replace(/^[^#]*#/, '').split(':~:');
        const texts = directives
          .split('&')
          .filter(Boolean)
          .map((d) => d.replace(/^text=/, '').split(','))
          .map((parts) => parts.map((p) => decodeURIComponent(p).replace(/^-|-$/g, '')).join(''));
        // The browser highlights the first match on the page: it must lie in the target's block.
        const problem = await page.evaluate(
          ({ id, texts }) => {
            const target = document.getElementById(id);
            if (!target) return `no #${id}`;
            const block = target.closest('.topic, article, li') ?? target;
            const squash = (s: string) => s.replace(/\s+/g, '');
            const before = document.createRange();
            before.setStart(document.body, 0);
            before.setEndBefore(block);
            for (const text of texts) {
              if (!squash(block.textContent ?? '').includes(squash(text))) return `“${text}” is not in #${id}`;
              if (squash(before.toString()).includes(squash(text))) return `“${text}” occurs before #${id}`;
            }
            return undefined;
          },
          { id: decodeURIComponent(fragment), texts },
        );
        expect.soft(problem, href).toBeUndefined();
      }
    }
  });
});

test.describe('queries as readers type them', () => {
  test('numbers with full-width digits, a full-width or no percent sign, words with spaces', async ({ page }) => {
    await openSearch(page);
    const places = async (query: string) => (await search(page, query)).places;
    const firms = await places('7190');
    expect(firms.length).toBeGreaterThan(0);
    expect(await places('７１９０')).toEqual(firms);
    const trade = await places('68.1%');
    expect(trade.length).toBeGreaterThan(0);
    expect(await places('68.1％')).toEqual(trade);
    expect(await places('６８．１％')).toEqual(trade);
    expect(await places('68.1')).toEqual(trade);
    expect(await places(' 营商环境。')).toEqual(await places('营商环境'));
    expect(await places('营商 执法检查')).toEqual([seed('party/#leadership')]);
  });

  test('a number is never found inside a longer one', async ({ page }) => {
    await openSearch(page);
    expect((await search(page, '190')).places).toEqual([]);
    expect((await search(page, '719')).places).toEqual([]);
  });

  test('say what is wrong with a query that cannot be searched', async ({ page }) => {
    await openSearch(page);
    await page.getByRole('button', { name: words.submit }).click();
    await expect(status(page)).toHaveText(words.empty);
    expect((await search(page, '。，')).said).toBe(words.nothingToFind('。，'));
    const long = '铜'.repeat(MAX_QUERY_LENGTH + 1);
    expect((await search(page, long)).said).toBe(words.tooLong(long.length, MAX_QUERY_LENGTH));
    await expect(results(page)).toHaveCount(0);
  });
});

test.describe('the search page', () => {
  test('reads its query from the address, and keeps the address in step so a search can be shared @sub-path', async ({
    page,
  }) => {
    await openSearch(page, '幼儿园');
    await expect(field(page)).toHaveValue('幼儿园');
    await expect(status(page)).toHaveText(words.found(holding('幼儿园').size));
    await field(page).fill('空气质量');
    await expect(page).toHaveURL(
      new RegExp(`search/\\?in=${encodeURIComponent(SEED_PATH)}&q=${encodeURIComponent('空气质量')}$`),
    );
    await page.reload();
    await expect(field(page)).toHaveValue('空气质量');
    await expect(status(page)).toHaveText(words.found(holding('空气质量').size));
  });

  test('shows each result’s kicker, its lead and the words around the hit, the hit marked', async ({ page }) => {
    await openSearch(page, '营商环境');
    const first = results(page).first();
    // Its kicker names the review first: the archive's search finds every review's.
    await expect(first.getByRole('link')).toHaveAccessibleName('铜川 · 2020年 · 聚焦深化改革开放 优化提升营商环境。');
    await expect(first.locator('mark')).toHaveText('营商环境');
    const second = results(page).nth(1);
    await expect(second.locator('[data-snippet] mark')).toHaveText('营商环境');
    await expect(second.locator('[data-snippet]')).toContainText('开展了优化营商环境条例');
  });

  test('is reached from every page’s header by a plain link, from a review’s to search it first @sub-path', async ({
    page,
  }) => {
    await page.goto(seed());
    await expect(page.getByRole('banner').getByRole('link', { name: words.title })).toHaveAttribute(
      'href',
      new RegExp(`/search/\\?in=${encodeURIComponent(SEED_PATH)}$`),
    );
    await page.getByRole('banner').getByRole('link', { name: words.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await expect(page.getByRole('banner').getByRole('link', { name: words.title })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('/ focuses the field, Escape clears the query, its results and the address', async ({ page }) => {
    await openSearch(page, '铜川');
    await expect(results(page)).not.toHaveCount(0);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue('铜川');
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
    await expect(results(page)).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    // The review it searches first stays in the address; the query goes.
    await expect(page).toHaveURL(new RegExp(`search/\\?in=${encodeURIComponent(SEED_PATH)}$`));
    await page.keyboard.type('石林');
    await expect(status(page)).toHaveText(words.found(1));
  });

  test('says so when its index cannot be loaded, and tries again with the next query @sub-path', async ({ page }) => {
    await page.route('**/search-index.json', (route) => route.abort());
    await openSearch(page, '铜川');
    await expect(status(page)).toHaveText(words.loadFailed);
    await page.unroute('**/search-index.json');
    await field(page).fill('石林');
    await expect(status(page)).toHaveText(words.found(1));
  });

  test('announces the count through a live region', async ({ page }) => {
    await openSearch(page);
    await expect(status(page)).toHaveRole('status');
    await field(page).fill('院士');
    await expect(status(page)).toHaveText(words.found(holding('院士').size));
  });
});

test.describe('a result’s link @sub-path', () => {
  /** The share of a screenshot's pixels in the highlight colour of the light scheme (--hit). */
  const highlighted = (png: Buffer) => {
    const { data, width, height } = PNG.sync.read(png);
    let hit = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (Math.abs(r - 0xff) < 12 && Math.abs(g - 0xe2) < 12 && Math.abs(b - 0x7a) < 12) hit++;
    }
    return hit / (width * height);
  };

  test('lands on the paragraph with the hit in view and highlighted, and Back returns to the results', async ({
    page,
  }) => {
    test.skip(test.info().project.use.colorScheme === 'dark', 'the highlight colour checked is the light one');
    await openSearch(page, '营商环境');
    await results(page).nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/party\/#leadership/);
    // Where the hit is in the window: the browser scrolls to it once the page has loaded.
    const hit = () =>
      page.evaluate(() => {
        const paragraph = document.getElementById('leadership')?.closest('.topic');
        const walker = document.createTreeWalker(paragraph ?? document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf('营商环境') ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 4);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y, width, height, inView: y >= 0 && y + height <= innerHeight };
        }
        return undefined;
      });
    await expect.poll(async () => (await hit())?.inView, { message: 'the hit is in view' }).toBe(true);
    const { inView: _, ...clip } = (await hit()) ?? { inView: false, x: 0, y: 0, width: 0, height: 0 };
    await expect.poll(async () => highlighted(await page.screenshot({ clip }))).toBeGreaterThan(0.3);

    await page.goBack();
    await expect(field(page)).toHaveValue('营商环境');
    await expect(status(page)).toHaveText(words.found(2));
    await expect(results(page)).toHaveCount(2);
  });

  test('to a figure lands on its card, the card marked as the target', async ({ page }) => {
    await openSearch(page, '7190');
    await results(page).last().getByRole('link').click();
    await expect(page).toHaveURL(/reform\/#fig-new-firms$/);
    await expect(page.locator(':target')).toHaveAttribute('id', 'fig-new-firms');
    await expect(page.locator('#fig-new-firms')).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs it and offers the reviews', async ({ page }) => {
    await page.goto('search/?q=铜川');
    await expect(page.getByText(words.noScript)).toBeVisible();
    for (const review of archive.reviews) {
      await expect(page.getByRole('link', { name: new RegExp(review.meta.title) }).first()).toBeVisible();
    }
  });
});
