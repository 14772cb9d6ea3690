import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { contentLoader } from '../../src/lib/content-loader';

/** A project folder with a sections folder holding the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-loader-'));
  mkdirSync(join(root, 'content', 'sections'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', 'sections', name), text);
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
const loader = contentLoader({
  base: 'content/sections',
  match: '.mdx',
  missing: 'are missing: add at least one section as an .mdx file',
  check: (_path, file) => void checked.push(file),
});

describe('the content loader', () => {
  it('checks every file, named relative to the project, before Astro reads one', async () => {
    const root = project({ '01-a.mdx': 'a', '02-b.mdx': 'b', 'notes.txt': 'c' });
    checked.length = 0;
    await expect(loader.load(context(root, []))).rejects.toThrow();
    expect(checked).toEqual(['content/sections/01-a.mdx', 'content/sections/02-b.mdx']);
  });

  it('turns what the glob loader would only warn about into an error', async () => {
    const logged: string[] = [];
    const root = project({ '01-a.mdx': 'a' });
    await expect(loader.load(context(root, logged))).rejects.toThrow(
      'content/sections/: files made the content loader warn: No entry type found for 01-a.mdx',
    );
    expect(logged).toEqual([]);
  });

  it('says what to add when there is no file', async () => {
    const root = project({});
    await expect(loader.load(context(root, []))).rejects.toThrow(
      'content/sections/: files are missing: add at least one section as an .mdx file',
    );
  });
});
