import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBuild } from '../helpers/build';

/** Builds a copy of the content with one edit to one file. */
function buildWith(name: string, file: string, edit: (source: string) => string) {
  const site = testBuild(name);
  const path = join(site.content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return site.build();
}

// Bad content stops the build with a message naming the file, the field and
// what is wrong: the schema's checks and the cross-checks alike.
describe('a build of bad content', () => {
  it('stops on a value the quote does not state', () => {
    const { status, output } = buildWith('bad-value', 'sections/02-reform.mdx', (s) =>
      s.replace('value: 7190', 'value: 7191'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'sections/02-reform.mdx: figures[0].value 7191 does not occur in its quote “新增企业7190户”',
    );
  });

  it('stops on a mistyped field', () => {
    const { status, output } = buildWith('bad-type', 'sections/01-industry.mdx', (s) =>
      s.replace('order: 1', 'order: first'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('01-industry');
    expect(output).toContain('order');
    expect(output).toContain('must be a whole number from 1');
  });
});
