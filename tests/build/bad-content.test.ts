import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { testBuild } from '../helpers/build';

interface Case {
  /** What an editor did wrong. */
  name: string;
  /** The file changed, under the content folder. */
  file: string;
  edit: (source: string) => string;
  /** The message's first line, after the copied content folder's path. */
  message: string;
  /** Written as bytes of another encoding instead of UTF-8. */
  encoding?: 'gb18030';
}

const reform = 'sections/02-reform.mdx';
const party = 'sections/04-party.mdx';
const replace = (from: string, to: string) => (source: string) => {
  if (!source.includes(from)) throw new Error(`the case's edit finds no “${from}”`);
  return source.replace(from, to);
};

/** A paragraph of the reform section's text, to put something into. */
const IN_TEXT = '深化对台交流合作，';
const TEXT_LINE = 54;

// Each case is content an editor could plausibly write. Every one must stop
// the build (exit non-zero) with one line naming the file and the field or
// line, and what to do, and no stack trace after it.
const cases: Case[] = [
  {
    name: 'a value the quote does not state',
    file: reform,
    edit: replace('value: 7190', 'value: 7191'),
    message: `${reform}: figures[0].value 7191 does not occur in its quote “新增企业7190户”. Every number must be one the text states.`,
  },
  {
    name: 'a field of the wrong type',
    file: 'sections/01-industry.mdx',
    edit: replace('order: 1', 'order: first'),
    message: 'sections/01-industry.mdx: order must be a whole number from 1',
  },
  {
    name: 'a misspelt field',
    file: reform,
    edit: replace('byline:', 'bylin:'),
    message: `${reform}: frontmatter has "bylin", which is not a field of a section: check the spelling or remove it`,
  },
  {
    name: 'frontmatter that is not YAML',
    file: reform,
    edit: replace('order: 2\n', 'order: 2\n  extra: indented\n'),
    message: `${reform}:3: YAML cannot be read: Nested mappings are not allowed in compact mappings. Check the indentation, the colons and the quotes on that line.`,
  },
  {
    name: 'a wrong unit',
    file: reform,
    edit: replace('unit: 户', 'unit: 万户'),
    message: `${reform}: figures[0].unit "万户" does not occur with its value in its quote “新增企业7190户”. Write the unit (and any 余, 多, 以上 or 以内 as the qualifier) as the text does right after the number: “7190户”.`,
  },
  {
    name: 'a value that is the number of a name (十二届)',
    file: party,
    edit: replace('value: 85.2', 'value: 12'),
    message: `${party}: figures[7].value 12 occurs in its quote “完成十二届市委巡察全覆盖任务的85.2%” only as “十二届市委”, which names or orders something (第…, …届) rather than counting it. A figure's value must be an amount the text states.`,
  },
  {
    name: 'a value that is a part of another number',
    file: party,
    edit: replace('value: 85.2', 'value: 2'),
    message: `${party}: figures[7].value 2 does not occur in its quote “完成十二届市委巡察全覆盖任务的85.2%”. Every number must be one the text states.`,
  },
  {
    name: 'a chart title with a number the text does not state',
    file: reform,
    edit: replace('title: 进出口贸易额增长68.1%', 'title: 进出口贸易额增长86.1%'),
    message: `${reform}: charts[0].title “进出口贸易额增长86.1%” has 86.1, a number the text does not state. Every number on the site must be one the text states: correct it or leave it out.`,
  },
  {
    name: 'an overview text with a number the text does not state',
    file: 'review.yaml',
    edit: replace('title: 空气质量排名', 'title: 空气质量九项排名'),
    message:
      'review.yaml: charts[1].title “空气质量九项排名” has 九, a number the text does not state. Every number on the site must be one the text states: correct it or leave it out.',
  },
  {
    name: 'a JavaScript expression in the text',
    file: reform,
    edit: replace(IN_TEXT, `${IN_TEXT}{1+1}`),
    message: `${reform}:${TEXT_LINE}: text has {1+1} (JavaScript code), which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove the braces and what is between them.`,
  },
  {
    name: 'an expression that would publish the build machine’s home folder',
    file: reform,
    edit: (s) => `${s}\n{process.env.HOME}\n`,
    message: `${reform}:59: text has {process.env.HOME} (JavaScript code), which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove the braces and what is between them.`,
  },
  {
    name: 'an import',
    file: reform,
    edit: (s) => `${s}\nimport { readFileSync } from 'node:fs';\n`,
    message: `${reform}:59: text has import or export (JavaScript code), which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove the line.`,
  },
  {
    name: 'a script',
    file: reform,
    edit: (s) => `${s}\n<script>alert(1)</script>\n`,
    message: `${reform}:59: text has the HTML element <script>, which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove it; the site sets the text itself.`,
  },
  {
    name: 'a style element',
    file: reform,
    edit: (s) => `${s}\n<style>{'p { color: red }'}</style>\n`,
    message: `${reform}:59: text has the HTML element <style>, which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove it; the site sets the text itself.`,
  },
  {
    name: 'an iframe',
    file: reform,
    edit: (s) => `${s}\n<iframe src="https://example.com/" />\n`,
    message: `${reform}:59: text has the HTML element <iframe>, which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove it; the site sets the text itself.`,
  },
  {
    name: 'an image with an event attribute',
    file: reform,
    edit: replace(IN_TEXT, `${IN_TEXT}<img src="x.png" onload="alert(1)" />`),
    message: `${reform}:${TEXT_LINE}: text has the HTML element <img>, which is not allowed: a section's text holds only paragraphs and the components <Topic>, <Fig>, <Chart>. Remove it; the site sets the text itself.`,
  },
  {
    name: 'an event attribute on one of our components',
    file: reform,
    edit: replace('<Topic id="opening-up"', '<Topic id="opening-up" onmouseover="alert(1)"'),
    message: `${reform}:53: text has <Topic onmouseover="…">, but <Topic> takes only "id" and "lead". Remove the attribute.`,
  },
  {
    name: 'a mark in single quotes naming no figure',
    file: reform,
    edit: replace('<Fig id="new-firms">', "<Fig id='no-such-figure'>"),
    message: `${reform}: <Fig id="no-such-figure"> names a figure that is not in this section’s figures. Add it to figures or correct the id.`,
  },
  {
    name: 'a topic id in single quotes that is not ASCII',
    file: reform,
    edit: replace('<Topic id="opening-up"', "<Topic id='对外开放'"),
    message: `${reform}: <Topic id="对外开放"> must use lowercase ASCII letters, digits and hyphens`,
  },
  {
    name: 'a topic id the page already uses',
    file: reform,
    edit: replace('<Topic id="opening-up"', '<Topic id="main"'),
    message: `${reform}: <Topic id="main"> gives the page the id “main”, which the page itself (main) already uses. Choose another id.`,
  },
  {
    name: 'a file saved as GB18030',
    file: reform,
    edit: (s) => s,
    encoding: 'gb18030',
    message: `${reform}: encoding is not UTF-8 (it reads as GB18030/GBK, as many newsroom systems save text). Save the file as UTF-8 and build again.`,
  },
];

describe('a build of bad content', () => {
  for (const c of cases) {
    it(`stops on ${c.name}`, () => {
      const site = testBuild('bad-content');
      const path = join(site.review, c.file);
      const text = c.edit(readFileSync(path, 'utf8'));
      writeFileSync(path, c.encoding ? iconv.encode(text, c.encoding) : text);
      const { status, output } = site.build();
      expect(status).not.toBe(0);
      const lines = output.split('\n');
      const first = lines.findIndex((line) => line.startsWith(`${site.review}/`));
      expect(lines[first], output).toBe(`${site.review}/${c.message}`);
      expect(output).not.toMatch(/Stack trace|^\s+at /m);
      // At the build's first step (src/integrations/check-content.ts), before Astro reads anything.
      expect(output).toContain('[check-content]');
    });
  }

  it('stops on two sections with one slug, and names both files', () => {
    const site = testBuild('bad-content');
    const extra = join(site.review, 'sections', '05-fixture.mdx');
    copyFileSync('tests/fixtures/extra-section/05-fixture.mdx', extra);
    writeFileSync(extra, replace('slug: fixture-extra', 'slug: party')(readFileSync(extra, 'utf8')));
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${site.review}/sections/05-fixture.mdx: slug “party” is already used by ${site.review}/sections/04-party.mdx. Each section needs its own slug.`,
    );
    expect(output).toContain('[check-content]');
  });
});
