import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// One job per file: a source file that grows past this has more than one,
// and is split along its seams (as src/lib/checks/ was).
const MAX_LINES = 300;

const files = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

it(`no file in src/ or scripts/ is over ${MAX_LINES} lines`, () => {
  const over = ['src', 'scripts']
    .flatMap(files)
    .map((file) => ({ file, count: lines(readFileSync(file, 'utf8')) }))
    .filter(({ count }) => count > MAX_LINES)
    .map(({ file, count }) => `${file}: ${count} lines`);
  expect(over).toEqual([]);
});
