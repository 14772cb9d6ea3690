import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/import/decode';
import type { ImportReport } from '../../src/import/report';
import { normalise } from '../../src/import/normalise';
import type { SearchIndex } from '../../src/lib/search/documents';
import { buildFiles } from '../helpers/dist';
import { cleanEnv, testBuild } from '../helpers/build';
import { editedSource, sentences } from '../helpers/content';

// Three invented articles (tests/fixtures/import/README.md) imported with
// `npm run import` one after another into an archive that holds the seed, as
// a desk adds its reviews, and the archive built as it is, without a hand
// edit: every sentence of all four published, the front page naming them,
// the seed's old addresses leading to its sections, the two years of
// 青原市 linked figure by figure, every review found by the search. Every
// labelled article is also imported and scored in tests/unit/import-recall.test.ts.
const ARTICLES = [
  { name: 'qingyuan-2021', path: 'tests/fixtures/import/qingyuan-2021.txt', address: 'qingyuan/2021/' },
  { name: 'qingyuan-2022', path: 'tests/fixtures/import/qingyuan-2022.txt', address: 'qingyuan/2022/' },
  { name: 'tongxi-2021', path: 'tests/fixtures/import/tongxi-2021.txt', address: 'tongxi/2021/' },
];

const squash = (text: string) => text.replace(/\s+/g, '');
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('three articles imported one after another beside the seed', () => {
  const site = testBuild('import', undefined, { warm: true });
  const reports = new Map<string, ImportReport>();
  const outputs = new Map<string, string>();
  /** Every file of the archive, with its digest, after each import. */
  const snapshots: Map<string, string>[] = [];
  const snapshot = () => new Map(buildFiles(site.content).map((f) => [f, digest(join(site.content, f))]));
  // `npm run import`, as this Node with tsx's loader, without npx's second and a half.
  const importing = (path: string, ...more: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', path, '--out', site.content, ...more], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
  const page = (path: string) => parse(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));

  beforeAll(() => {
    snapshots.push(snapshot());
    for (const { name, path } of ARTICLES) {
      const json = join(site.content, '..', `${name}.json`);
      const imported = importing(path, '--json', json);
      if (imported.status !== 0) throw new Error(`${imported.stdout}\n${imported.stderr}`);
      outputs.set(name, imported.stdout);
      reports.set(name, JSON.parse(readFileSync(json, 'utf8')) as ImportReport);
      snapshots.push(snapshot());
    }
    const { status, output } = site.build();
    if (status !== 0) throw new Error(output);
  });

  it('writes each review into a folder of its own and changes no file of another review', () => {
    expect(readdirSync(site.content).sort()).toEqual([
      'qingyuan-2021',
      'qingyuan-2022',
      'tongchuan-2020',
      'tongxi-2021',
    ]);
    for (const [i, { name }] of ARTICLES.entries()) {
      const before = snapshots[i] ?? new Map();
      const after = snapshots[i + 1] ?? new Map();
      for (const [file, hash] of before) expect(after.get(file), file).toBe(hash);
      const added = [...after.keys()].filter((f) => !before.has(f));
      expect(
        added.every((f) => f.startsWith(`${name}/`)),
        added.join(', '),
      ).toBe(true);
    }
  });

  it('refuses a second review of a place and year, writing nothing; --force replaces that review alone', () => {
    const before = snapshot();
    const again = importing('tests/fixtures/import/qingyuan-2022.txt');
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('already holds the review of 青原市 2022 (/qingyuan/2022/). Add --force');
    expect(snapshot()).toEqual(before);
    expect(importing('tests/fixtures/import/qingyuan-2022.txt', '--force').status).toBe(0);
    const after = snapshot();
    for (const [file, hash] of before) if (!file.startsWith('qingyuan-2022/')) expect(after.get(file), file).toBe(hash);
  });

  it('links the place’s second year to the first, figure by figure, and says so under Check these', () => {
    const check = (reports.get('qingyuan-2022')?.check ?? []).map((n) => n.message);
    const links = check.filter((m) => / continues 2021年/.test(m));
    expect(links.length).toBeGreaterThanOrEqual(5);
    const jobs = reports
      .get('qingyuan-2022')
      ?.sections.flatMap((s) => s.figures)
      .find((f) => f.label === '城镇新增就业');
    expect(jobs?.indicator).toBeDefined();
    const earlier = reports
      .get('qingyuan-2021')
      ?.sections.flatMap((s) => s.figures)
      .find((f) => f.label === '城镇新增就业');
    expect(earlier?.indicator).toBe(jobs?.indicator);
    // Its card in 2022 lists 2021's value and links to its card; the indicator has a page.
    const section = reports.get('qingyuan-2022')?.sections.find((s) => s.figures.includes(jobs as never));
    const card = page(`qingyuan/2022/${section?.slug}`).getElementById(`fig-${jobs?.id}`);
    expect(squash(card?.text ?? '')).toContain('2021年2.1万人');
    expect(card?.querySelector('a[href*="/qingyuan/indicators/"]')).not.toBeNull();
    expect(existsSync(join(site.dist, 'qingyuan/indicators', jobs?.indicator ?? '', 'index.html'))).toBe(true);
  });

  it('publishes every sentence of every article, each review at its address', () => {
    const reviews = [
      { text: editedSource(), address: 'tongchuan/2020/' },
      ...ARTICLES.map(({ path, address }) => ({
        text: normalise(decode(readFileSync(path), path).text)
          .lines.map((l) => l.text)
          .join('\n'),
        address,
      })),
    ];
    for (const { text, address } of reviews) {
      const shown = squash(page(`${address}print`).querySelector('main')?.text ?? '');
      const all = sentences(text).filter((s) => !s.startsWith('【'));
      expect(all.length, address).toBeGreaterThan(5);
      for (const sentence of all) expect(shown, `${address}: ${sentence}`).toContain(squash(sentence));
    }
  });

  it('names all four on the front page, newest first, and keeps the seed’s old addresses', () => {
    const links = page('.')
      .querySelectorAll('main li h3 a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/qingyuan/2022/', '/qingyuan/2021/', '/tongxi/2021/', '/tongchuan/2020/']);
    const moved = readFileSync(join(site.dist, 'industry', 'index.html'), 'utf8');
    expect(moved).toContain('<link rel="canonical" href="https://review.example.org/tongchuan/2020/industry/">');
  });

  it('lets the search find every review: each review’s index holds its passages and cards', () => {
    for (const address of ['tongchuan/2020/', ...ARTICLES.map((a) => a.address)]) {
      const index = JSON.parse(readFileSync(join(site.dist, address, 'search-index.json'), 'utf8')) as SearchIndex;
      expect(index.documents.length, address).toBeGreaterThan(5);
      expect(
        index.sections.every((s) => s.path.startsWith(`/${address}`)),
        address,
      ).toBe(true);
    }
    const indexes = page('search').querySelector('site-search')?.getAttribute('data-indexes') ?? '';
    expect((JSON.parse(indexes) as { path: string }[]).map((i) => i.path).sort()).toEqual(
      ['tongchuan/2020/', ...ARTICLES.map((a) => a.address)].sort(),
    );
  });

  it('heads each imported section with its kicker and headline, and shows each figure’s hedge and unit on its card', () => {
    for (const { name, address } of ARTICLES) {
      const report = reports.get(name);
      for (const section of report?.sections ?? []) {
        const html = page(`${address}${section.slug}`);
        const kicker = section.title === section.headline ? '' : section.title;
        expect(squash(html.querySelector('h1')?.text ?? '')).toBe(squash(kicker + section.headline));
        for (const figure of section.figures) {
          const card = squash(html.getElementById(`fig-${figure.id}`)?.text ?? '');
          expect(card, figure.id).not.toBe('');
          if (figure.qualifier) expect(card, figure.id).toContain(squash(figure.qualifier));
          expect(card, figure.id).toContain(squash(figure.unit ?? ''));
        }
      }
    }
  });

  it('shows each head as the article prints it: a series and subtitle only where it has them', () => {
    for (const { name, address } of ARTICLES) {
      const { series, title, subtitle } = reports.get(name)?.review ?? { title: '' };
      const masthead = page(address).querySelector('main header');
      expect(squash(masthead?.querySelector('h1')?.text ?? '')).toBe(squash(title));
      expect(masthead?.text.includes('【'), name).toBe(Boolean(series));
      expect(masthead?.text.includes('——'), name).toBe(Boolean(subtitle));
    }
  });
});
