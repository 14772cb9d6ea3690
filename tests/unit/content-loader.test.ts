import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { archiveFiles } from '../../src/lib/archive-layout';
import { contentLoader, entryId } from '../../src/lib/content-loader';

/** A project folder whose content/ holds the given files (paths relative to content/). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-loader-'));
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', name)), { recursive: true });
    writeFileSync(join(root, 'content', name), text);
  }
  return root;
}

/** What Astro hands a loader, with no entry types known, so the glob loader warns about every file. */
function context(root: string, logged: string[]): LoaderContext {
  const entries = new Map<string, unknown>();
  return {
    collection: 'sections',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: {
      warn: (m: string) => logged.push(`warn: ${m}`),
      error: (m: string) => logged.push(`error: ${m}`),
      info: () => {},
      debug: () => {},
    },
    parseData: async ({ data }: { data: unknown }) => data,
    store: { keys: () => entries.keys(), get: (id: string) => entries.get(id), set: () => true, delete: () => {} },
    generateDigest: () => 'digest',
    entryTypes: new Map(),
  } as unknown as LoaderContext;
}

const checked: string[] = [];
const loader = contentLoader({ base: 'content', part: 'sections', check: (_path, file) => void checked.push(file) });

/** Two reviews, each a folder with its review.yaml and sections. */
const archive = {
  'a-2020/review.yaml': 'a',
  'a-2020/sections/01-a.mdx': 'a',
  'a-2020/sections/02-b.mdx': 'b',
  'a-2020/sections/notes.txt': 'c',
  'b-2021/review.yaml': 'b',
  'b-2021/sections/01-c.mdx': 'c',
};

describe('the content loader', () => {
  it('checks every section of every review, named relative to the project, before Astro reads one', async () => {
    checked.length = 0;
    await expect(loader.load(context(project(archive), []))).rejects.toThrow();
    expect(checked).toEqual([
      'content/a-2020/sections/01-a.mdx',
      'content/a-2020/sections/02-b.mdx',
      'content/b-2021/sections/01-c.mdx',
    ]);
  });

  it('keys entries by their review’s folder and their file', () => {
    expect(entryId('a-2020/review.yaml')).toBe('a-2020');
    expect(entryId('a-2020/sections/01-a.mdx')).toBe('a-2020/01-a');
  });

  it('turns what the glob loader would only warn about into an error', async () => {
    const logged: string[] = [];
    // Every section here makes it warn (the test's Astro knows no MDX), and
    // Astro's glob loader reads them side by side: the first to warn is any one.
    await expect(loader.load(context(project(archive), logged))).rejects.toThrow(
      /^content\/: files made the content loader warn: No entry type found for (a-2020\/sections\/0[12]-[ab]|b-2021\/sections\/01-c)\.mdx$/,
    );
    expect(logged).toEqual([]);
  });
});

describe('the archive’s layout', () => {
  const problem = (files: Record<string, string>) => {
    const root = project(files);
    try {
      archiveFiles(join(root, 'content'), 'sections', (p) => p.slice(root.length + 1));
      return 'no problem';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('says what to add when there is no review', () => {
    expect(problem({})).toBe(
      'content/: files are missing: add a review as a folder holding review.yaml and sections/ (npm run import makes one)',
    );
  });

  it('says where a single review’s files go now', () => {
    expect(problem({ 'review.yaml': 'a', 'sections/01-a.mdx': 'a' })).toBe(
      'content/review.yaml: files is where a single review’s files were kept: each review now has a folder of its own. Move review.yaml and sections/ into content/<place>-<year>/ (for example content/tongchuan-2020/).',
    );
  });

  it('names a review’s folder without its review.yaml, or without sections', () => {
    expect(problem({ 'a-2020/sections/01-a.mdx': 'a' })).toBe(
      'content/a-2020/: review.yaml is missing: add review.yaml, the review as a whole, beside the sections folder',
    );
    expect(problem({ 'a-2020/review.yaml': 'a' })).toBe(
      'content/a-2020/sections/: files are missing: add at least one section as an .mdx file',
    );
  });

  it('names a file that is not a review’s folder', () => {
    expect(problem({ ...archive, 'notes.md': 'x' })).toBe(
      'content/notes.md: files is not a review’s folder: the archive holds only folders, one a review (review.yaml and sections/). Move the file elsewhere.',
    );
  });
});
