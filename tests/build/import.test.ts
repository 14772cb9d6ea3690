import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/import/decode';
import type { ImportReport } from '../../src/import/report';
import { normalise } from '../../src/import/normalise';
import { cleanEnv, testBuild } from '../helpers/build';
import { sentences } from '../helpers/content';

// Articles imported with `npm run import` into empty content folders and
// built as they are, without a hand edit: the seed and two invented ones
// (tests/fixtures/import/README.md) whose shapes reach the site: a head with
// no series and no subtitle, and the hedges and percentage points of the
// genre (every labelled article is imported and checked with the build's
// schemas and checks in tests/unit/import-recall.test.ts; these are built).
const ARTICLES = [
  { name: 'tongchuan', path: 'tests/fixtures/tongchuan-2020-review.txt', sections: 4, encoding: 'UTF-8' },
  { name: 'beiling', path: 'tests/fixtures/import/beiling-2023.txt', sections: 4, encoding: 'UTF-8' },
  { name: 'tongxi', path: 'tests/fixtures/import/tongxi-2021.txt', sections: 3, encoding: 'UTF-8' },
];

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each(ARTICLES)('the import of $path', ({ name, path, sections, encoding }) => {
  const site = testBuild(`import-${name}`);
  const json = join(site.content, '..', 'report.json');
  let report: ImportReport;
  const page = (slug: string) => parse(readFileSync(join(site.dist, slug, 'index.html'), 'utf8'));

  beforeAll(() => {
    const imported = spawnSync(
      'npx',
      ['tsx', 'scripts/import.ts', path, '--out', site.content, '--force', '--json', json],
      {
        env: cleanEnv(),
        encoding: 'utf8',
      },
    );
    if (imported.status !== 0) throw new Error(`${imported.stdout}\n${imported.stderr}`);
    report = JSON.parse(readFileSync(json, 'utf8')) as ImportReport;
    const { status, output } = site.build();
    if (status !== 0) throw new Error(output);
  });

  it('reads the encoding and finds the sections', () => {
    expect(report.encoding).toBe(encoding);
    expect(report.sections).toHaveLength(sections);
  });

  it('builds a page for every section, with a card for every figure it found', () => {
    for (const section of report.sections) {
      const html = page(section.slug);
      for (const figure of section.figures) expect(html.getElementById(`fig-${figure.id}`), figure.id).not.toBeNull();
      for (const topic of section.topics) expect(html.getElementById(topic.id), topic.id).not.toBeNull();
    }
    expect(existsSync(join(site.dist, 'print', 'index.html'))).toBe(true);
  });

  it('heads each section with its kicker and headline, a heading printed without a kicker with its headline once', () => {
    for (const section of report.sections) {
      const kicker = section.title === section.headline ? '' : section.title;
      expect(squash(page(section.slug).querySelector('h1')?.text ?? '')).toBe(squash(kicker + section.headline));
    }
  });

  it('shows every sentence of the article', () => {
    const shown = squash(report.sections.map((s) => page(s.slug).querySelector('main')?.text ?? '').join(''));
    const text = normalise(decode(readFileSync(path), path).text)
      .lines.map((l) => l.text)
      .join('\n');
    const all = sentences(text);
    expect(all.length).toBeGreaterThan(5);
    for (const sentence of all) expect(shown).toContain(squash(sentence));
  });

  it('shows the head as the article prints it: a series and subtitle only where it has them', () => {
    const masthead = page('.').querySelector('main header');
    const { series, title, subtitle } = report.review;
    expect(masthead?.querySelector('h1')?.text).toBe(title);
    expect(masthead?.text.includes('【')).toBe(Boolean(series));
    expect(masthead?.text.includes('——')).toBe(Boolean(subtitle));
  });

  it('shows each figure’s hedge and unit on its card as the text writes them', () => {
    for (const section of report.sections) {
      const html = page(section.slug);
      for (const figure of section.figures.filter((f) => f.qualifier)) {
        const card = squash(html.getElementById(`fig-${figure.id}`)?.text ?? '');
        expect(card, figure.id).toContain(squash(figure.qualifier ?? ''));
        expect(card, figure.id).toContain(squash(figure.unit));
      }
    }
  });

  it('finds most figures and states each as the text does', () => {
    const figures = report.sections.flatMap((s) => s.figures);
    expect(figures.length).toBeGreaterThanOrEqual(10);
    for (const figure of figures) expect(figure.sentence).toContain(figure.quote);
  });
});
