import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOW_TO_GET_JAVA, describeNu, nuErrors, realErrors, type NuMessage } from '../../scripts/lib/nu-checker.mjs';

// The real checker on small pages: the CSS its grammar does not know yet
// passes, a real CSS error and a script after </html> still fail.
const page = (css: string, after = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title><style>${css}</style></head><body><p>字</p></body></html>${after}`;

const pages = {
  newer: page(
    '@property --x { syntax: "<length>"; inherits: false; initial-value: 0px; }' +
      '@supports (not (margin-trim: block)) { p { color: red; } }',
  ),
  badCss: page('@property --x { syntax: "*"; inherits: false; } p { colour: red; }'),
  stray: page('p { color: red; }', '<script type="module">1</script>'),
};

const dir = mkdtempSync(join(tmpdir(), 'nu-checker-'));
const files = Object.fromEntries(
  Object.entries(pages).map(([name, html]) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    return [name, file];
  }),
) as Record<keyof typeof pages, string>;

describe('the Nu Html Checker', () => {
  let found: NuMessage[] = [];
  beforeAll(() => {
    found = nuErrors(Object.values(files));
  }, 60_000);
  const of = (name: keyof typeof pages, messages: NuMessage[]) =>
    messages.filter((m) => describeNu(m, dir).startsWith(`${name}.html:`)).map((m) => m.message);

  it('reports @property and margin-trim, and leaves out exactly those', () => {
    expect(of('newer', found)).toEqual([
      'CSS: Unrecognized at-rule “@property”',
      "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
    ]);
    expect(of('newer', realErrors(found))).toEqual([]);
  });

  it('still fails a real CSS error beside @property', () => {
    expect(of('badCss', realErrors(found))).toEqual(["CSS: “colour”: Property “colour” doesn't exist."]);
  });

  it('fails a script after </html>', () => {
    expect(of('stray', realErrors(found))).toContain('Stray start tag “script”.');
  });

  it('names the file, line and column', () => {
    const [message] = realErrors(found).filter((m) => m.message.includes('colour'));
    expect(message && describeNu(message, dir)).toMatch(/^badCss\.html:1:\d+: CSS: “colour”/);
  });
});

describe('without Java', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('says how to install it', () => {
    vi.stubEnv('JAVA_HOME', join(dir, 'no-java-here'));
    expect(() => nuErrors([files.newer])).toThrow(HOW_TO_GET_JAVA);
  });
});
