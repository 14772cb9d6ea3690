import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { plainText } from '../../src/lib/section-body';
import { editedSource, loadSections, sentences } from '../helpers/content';
import { archive, seed, sitemapPages } from './site';

const sections = loadSections();
const sourceSentences = sentences(editedSource());

/** The reader-visible text of the main landmark, without line breaks. */
async function mainText(page: import('@playwright/test').Page): Promise<string> {
  return (await page.getByRole('main').innerText()).replace(/\s*\n\s*/g, '');
}

test('the seed’s overview reaches every section, the print edition and the open data', async ({ page }) => {
  await page.goto(seed());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('凝心聚力推动高质量发展');
  await expect(page.getByText('——回眸2020年的铜川')).toBeVisible();
  const cards = page.getByRole('region', { name: '分述' }).getByRole('link');
  await expect(cards).toHaveCount(sections.length);
  for (const section of sections) {
    await expect(page.getByRole('link', { name: new RegExp(section.data.headline) })).toHaveAttribute(
      'href',
      new RegExp(`${section.data.slug}/$`),
    );
  }
  const band = page.getByRole('region', { name: '数说2020' }).getByRole('listitem');
  const featured = sections.flatMap((s) => s.data.figures.filter((f) => f.featured));
  await expect(band).toHaveCount(featured.length);
  for (const [i, figure] of featured.entries()) await expect(band.nth(i)).toContainText(figure.label);
  await expect(page.getByRole('link', { name: /打印版/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /CSV/ }).first()).toBeVisible();
});

test('the sitemap lists the archive, the search, each place and indicator, and every review’s overview, sections and print edition', () => {
  expect(sitemapPages().sort()).toEqual(
    [
      '',
      'search/',
      ...archive.places.flatMap((p) => [`${p.slug}/`, ...p.indicators.map((i) => `${p.slug}/indicators/${i.id}/`)]),
      ...archive.reviews.flatMap((r) => [
        r.path,
        `${r.path}print/`,
        ...r.sections.map((s) => `${r.path}${s.data.slug}/`),
      ]),
    ].sort(),
  );
});

test('the front page names every review, newest first, with its place, year and featured figures', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年度回顾');
  const cards = page.getByRole('region', { name: '各篇回顾' }).getByRole('listitem');
  await expect(cards).toHaveCount(archive.reviews.length);
  for (const [i, review] of archive.reviews.entries()) {
    const card = cards.nth(i);
    await expect(card).toContainText(`${review.meta.city} · ${review.meta.year}年`);
    await expect(card.getByRole('link')).toHaveAttribute('href', new RegExp(`/${review.path}$`));
    const featured = review.sections.flatMap((s) => s.data.figures.filter((f) => f.featured)).slice(0, 3);
    for (const figure of featured) await expect(card).toContainText(figure.label);
  }
  for (const place of archive.places) {
    await expect(page.getByRole('link', { name: `${place.name}历年回顾` })).toHaveAttribute(
      'href',
      new RegExp(`/${place.slug}/$`),
    );
  }
});

test('each review’s pages name their review and offer its place’s other years', async ({ page }) => {
  for (const review of archive.reviews) {
    const place = archive.places.find((p) => p.slug === review.meta.place);
    for (const path of [review.path, `${review.path}${review.sections[0]?.data.slug}/`]) {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('link', { name: review.meta.title })).toHaveAttribute(
        'href',
        new RegExp(`/${review.path}$`),
      );
      const years = page.getByRole('navigation', { name: `${place?.name}的各年回顾` });
      for (const other of place?.reviews ?? []) {
        const link = years.getByRole('link', { name: `${other.meta.city} · ${other.meta.year}年` });
        await expect(link).toHaveAttribute('href', new RegExp(`/${other.path}$`));
        if (other === review) await expect(link).toHaveAttribute('aria-current', 'true');
        else await expect(link).not.toHaveAttribute('aria-current');
      }
    }
  }
});

for (const section of sections) {
  const path = seed(`${section.data.slug}/`);
  test.describe(`/${path}`, () => {
    test('shows the heading, byline and every sentence of its source section', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(section.data.headline);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(section.data.title);
      const text = await mainText(page);
      for (const sentence of sentences(plainText(section.body))) expect(text).toContain(sentence);
    });

    test('anchors each topic and links each figure to its card and back', async ({ page }) => {
      await page.goto(path);
      for (const [, id, lead] of section.body.matchAll(/<Topic id="([^"]+)" lead="([^"]+)"/g)) {
        await expect(page.locator(`[id="${id}"]`)).toHaveText(lead ?? '');
        await expect(page.locator(`[id="${id}"]`)).toHaveRole('heading');
      }
      for (const figure of section.data.figures) {
        const mark = page.locator(`#quote-${figure.id}`);
        await expect(mark).toHaveText(figure.quote);
        await expect(mark).toHaveAttribute('href', `#fig-${figure.id}`);
        const card = page.locator(`#fig-${figure.id}`);
        await expect(card).toContainText(figure.label);
        await expect(card.getByRole('link', { name: /见原文/ })).toHaveAttribute('href', `#quote-${figure.id}`);
      }
      const first = section.data.figures[0];
      if (first) {
        await page.locator(`#quote-${first.id}`).click();
        await expect(page).toHaveURL(new RegExp(`#fig-${first.id}$`));
        await expect(page.locator(`#fig-${first.id}`)).toBeInViewport();
      }
    });

    test('links to the previous and next section and back to the overview', async ({ page }) => {
      await page.goto(path);
      const i = sections.indexOf(section);
      const nav = page.getByRole('navigation', { name: '上一部分与下一部分' });
      const prev = sections[i - 1];
      const next = sections[i + 1];
      if (prev) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`/${prev.data.slug}/$`));
      else await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
      if (next) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`/${next.data.slug}/$`));
      else await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
      await nav.getByRole('link', { name: '返回总览' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('凝心聚力推动高质量发展');
    });
  });
}

test('the corrected heading carries the editor’s note', async ({ page }) => {
  const corrected = sections.find((s) => s.data.corrections.length > 0);
  test.skip(!corrected, 'no corrections in this content');
  await page.goto(seed(`${corrected?.data.slug}/`));
  const note = page.getByRole('complementary', { name: '编者更正' });
  await expect(note).toContainText('焦幸福城市建设');
  await page.getByRole('link', { name: /编者更正/ }).click();
  await expect(page).toHaveURL(/#livelihood-correction$/);
});

test('the seed’s print edition holds every sentence of the source, in order', async ({ page }) => {
  await page.goto(seed('print/'));
  const text = await mainText(page);
  let from = 0;
  for (const sentence of sourceSentences.filter((s) => !s.startsWith('【'))) {
    const at = text.indexOf(sentence, from);
    expect(at, sentence).toBeGreaterThanOrEqual(0);
    from = at;
  }
  await expect(page.getByRole('heading', { level: 2, name: /聚焦/ })).toHaveCount(sections.length);
});

test('every page has its own title', async ({ request }) => {
  const titles = new Set<string>();
  for (const path of sitemapPages()) {
    const html = parse(await (await request.get(path)).text());
    titles.add(html.querySelector('title')?.textContent ?? '');
  }
  expect(titles.size).toBe(sitemapPages().length);
});

test('an unknown address gets the 404 page, which offers every review', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
  for (const review of archive.reviews) await expect(page.locator(`a[href$="/${review.path}"]`).first()).toBeAttached();
});

test('the open data lists every figure with its permalink', async ({ request }) => {
  const json = (await (await request.get(seed('data/figures.json'))).json()) as {
    id: string;
    section: string;
    url: string;
  }[];
  const figures = sections.flatMap((s) => s.data.figures.map((f) => ({ id: f.id, section: s.data.slug })));
  expect(json.map(({ id, section }) => ({ id, section }))).toEqual(figures);
  for (const row of json) expect(row.url).toMatch(new RegExp(`^https?://.+/${row.section}/#fig-${row.id}$`));
  const csv = await (await request.get(seed('data/figures.csv'))).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(figures.length + 1);
});
