import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';

// The README and the pages of docs/ link to each other, to files of the
// project and to headings (#fragment, by GitHub's rules for a heading's
// anchor). linkinator reads each page as Markdown, with the same anchors,
// and follows every link on this machine; links to other hosts are not
// followed (tests have no network).
const pages = ['README.md', ...readdirSync('docs').flatMap((f) => (f.endsWith('.md') ? [join('docs', f)] : []))];

const local = async (link: string) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);

const links = (path: string | string[]) => check({ path, markdown: true, checkFragments: true, linksToSkip: local });

describe('the README and docs/', () => {
  it('link only to files and headings that exist', async () => {
    const result = await links(pages);
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.parent}: ${link.url} (${link.status ?? 'no status'})`);
    expect(broken).toEqual([]);
  });

  it('every page of docs/ is linked from the README', async () => {
    const result = await links('README.md');
    const linked = new Set(result.links.map((link) => new URL(link.url, 'file:///').pathname.slice(1)));
    expect(pages.filter((page) => !linked.has(page) && page !== 'README.md')).toEqual([]);
  });
});
