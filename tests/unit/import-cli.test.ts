import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/import/cli';

const SEED = 'tests/fixtures/tongchuan-2020-review.txt';
let dir: string;
let printed: string[];
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  printed = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the command; its exit code, and the one line it printed on an error. */
function importing(...args: string[]) {
  const code = run(args);
  return { code, error: errors.join('\n') };
}

const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** Where the seed goes in an archive: a folder of its place and year. */
const seedFolder = (archive: string) => join(archive, 'tongchuan-2020');

describe('npm run import: writing content', () => {
  it('writes the review into a folder of its own in the archive: review.yaml and one file per section, and prints the report', () => {
    const out = join(dir, 'content');
    expect(importing(SEED, '--out', out).code).toBe(0);
    expect(readdirSync(out)).toEqual(['tongchuan-2020']);
    expect(readdirSync(seedFolder(out)).sort()).toEqual(['import-report.html', 'review.yaml', 'sections']);
    expect(readdirSync(join(seedFolder(out), 'sections'))).toHaveLength(4);
    expect(printed.join('\n')).toContain('Sections: 4, topics: 15, figures: 24');
  });

  it('writes the report as data with --json', () => {
    const json = join(dir, 'reports', 'seed.json');
    expect(importing(SEED, '--out', join(dir, 'content'), '--json', json).code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { encoding: string; sections: unknown[] };
    expect(report.encoding).toBe('UTF-8');
    expect(report.sections).toHaveLength(4);
  });

  it('writes the report as a page beside the content, or where --report says, also in a dry run', () => {
    const out = join(dir, 'content');
    expect(importing(SEED, '--out', out).code).toBe(0);
    const page = readFileSync(join(seedFolder(out), 'import-report.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|src=/);
    expect(printed.join('\n')).toContain(`the report as a page: ${join(seedFolder(out), 'import-report.html')}`);
    const elsewhere = join(dir, 'pages', 'seed.html');
    expect(importing(SEED, '--out', join(dir, 'other'), '--dry-run', '--report', elsewhere).code).toBe(0);
    expect(existsSync(join(dir, 'other'))).toBe(false);
    expect(readFileSync(elsewhere, 'utf8')).toContain('data-figure="yuan-qi-wen-gang-pei"');
    expect(printed.at(-1)).toBe(`\nDry run: nothing written but the report page, ${elsewhere}.`);
  });

  it('writes nothing with --dry-run, and prints what it would write', () => {
    const out = join(dir, 'content');
    expect(importing(SEED, '--out', out, '--dry-run').code).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(printed.join('\n')).toContain(`=== would write ${join(seedFolder(out), 'review.yaml')}`);
    expect(printed.at(-1)).toBe('\nDry run: nothing written.');
  });

  it('refuses a review of the same place and year without --force, and replaces it alone with --force, keeping other files', () => {
    const out = join(dir, 'content');
    expect(importing(SEED, '--out', out).code).toBe(0);
    const folder = seedFolder(out);
    writeFileSync(
      join(folder, 'sections', '09-old.mdx'),
      readFileSync(join(folder, 'sections', readdirSync(join(folder, 'sections'))[0] ?? '')),
    );
    writeFileSync(join(folder, 'notes.txt'), 'the editor’s own');
    expect(importing(SEED, '--out', out)).toEqual({
      code: 2,
      error: `${folder}: already holds the review of 铜川 2020 (/tongchuan/2020/). Add --force to replace it (and only it), or choose another archive with --out.`,
    });
    expect(existsSync(join(folder, 'sections', '09-old.mdx'))).toBe(true);
    expect(importing(SEED, '--out', out, '--force').code).toBe(0);
    expect(readdirSync(join(folder, 'sections'))).not.toContain('09-old.mdx');
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('the editor’s own');
    expect(readdirSync(out).filter((n) => n.startsWith('.import-'))).toEqual([]);
  });

  it('refuses an archive that is not sound, naming the file, and writes nothing', () => {
    const out = join(dir, 'content');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'review.yaml'), 'old');
    expect(importing(SEED, '--out', out).code).toBe(2);
    expect(errors.join('\n')).toMatch(/^the archive: .*review\.yaml: files is where a single review’s files were kept/);
    expect(readdirSync(out)).toEqual(['review.yaml']);
  });
});

describe('npm run import: bad input is one line and exit 2, and nothing is written', () => {
  const cases: [string, () => string, (path: string) => string][] = [
    ['a missing path', () => join(dir, 'missing.txt'), (p) => `${p}: does not exist: check the path.`],
    ['a folder', () => dir, (p) => `${p}: is a folder: give the article file itself.`],
    ['an empty file', () => file('empty.txt', ''), (p) => `${p}: is empty: there is no text to import.`],
    [
      'a binary file',
      () => file('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])),
      (p) =>
        `${p}: is not a text file (it holds binary data). Export the article as plain text (.txt) and import that.`,
    ],
    [
      'an unreadable encoding',
      () => file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65])),
      (p) =>
        `${p}: cannot be read: it is neither UTF-8 nor GB18030 (GBK). Save the article as UTF-8 (or GB18030) plain text and import again.`,
    ],
  ];

  it.each(cases)('%s', (_, make, message) => {
    const path = make();
    const out = join(dir, 'content');
    expect(importing(path, '--out', out)).toEqual({ code: 2, error: message(path) });
    expect(existsSync(out)).toBe(false);
  });

  it('a wrong command line', () => {
    expect(importing().error).toBe(
      'import: needs the article to read. usage: npm run import -- path/to/article.txt [--out content] [--force] [--dry-run] [--json report.json] [--report page.html]',
    );
    expect(importing(SEED, '--of', 'x').code).toBe(2);
    expect(errors.at(-1)).toMatch(/^--of: is not an option\. usage:/);
  });

  it('imports a file with no headings as one section, with a warning', () => {
    const path = file('plain.txt', '石门镇这一年\n——回眸2021年的石门镇\n2021年，全镇新发展特色种植基地6个。\n');
    expect(importing(path, '--out', join(dir, 'content')).code).toBe(0);
    expect(readdirSync(join(dir, 'content', 'shimen-2021', 'sections'))).toHaveLength(1);
    expect(printed.join('\n')).toContain(
      'no section headings found: the whole article is one section, titled with the review’s title and subtitle',
    );
  });
});
