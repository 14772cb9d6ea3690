import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartPaths, PICTURE_VARIANTS } from '../../src/lib/charts/files';
import { pdfFileName } from '../../src/lib/pdf-file.mjs';
import { posterEntries } from '../../src/lib/posters';
import { movedPages, movedReviews } from '../../src/lib/redirects';
import { posterPaths, reviewPath, shareImagePath } from '../../src/lib/urls';
import { loadArchive } from '../helpers/content';
import { cloudflarePattern, filledIn, netlifyRedirectPattern } from '../helpers/hosts';

// public/_redirects read as the two hosts that read such a file read it:
// every old address of the seed (the review first published at the site's
// root) must lead to the same page or file at its new address. The file is
// written from the live content (tests/unit/redirect-files.test.ts holds
// it to that); the seed of the tests' archive has the same addresses.

interface Rule {
  from: string;
  to: string;
  code: string;
}

function readRules(text: string): Rule[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', code = '', ...rest] = line.trim().split(/\s+/);
      if (rest.length) throw new Error(`more than a rule on a line: ${line}`);
      return { from, to, code };
    });
}

/** What a host does with a request: a redirect, or the file it serves (null: none). */
type Answer = { status: number; location: string } | { status: 200; file: string | null };

/** The request's path and its query string. */
const split = (address: string) => {
  const url = new URL(address, 'https://review.example.org');
  return { path: url.pathname, search: url.search };
};

/**
 * Cloudflare Pages: a rule without a splat or placeholder is looked up by
 * the exact path first, then the others in order; a redirect is followed
 * even where a file exists; the query string is kept; a status it does not
 * know (as Netlify's "301!") is no status, which is 302.
 */
function cloudflare(rules: Rule[], address: string): Answer {
  const { path, search } = split(address);
  const dynamic = (rule: Rule) => /[*:]/.test(rule.from);
  const exact = rules.find((rule) => !dynamic(rule) && rule.from === path);
  const found = exact
    ? { rule: exact, groups: {} }
    : rules
        .filter(dynamic)
        .map((rule) => ({ rule, groups: cloudflarePattern(rule.from)?.exec(path)?.groups }))
        .find(({ groups }) => groups);
  if (!found) return { status: 200, file: null };
  const status = [301, 302, 303, 307, 308].includes(Number(found.rule.code)) ? Number(found.rule.code) : 302;
  return { status, location: `${filledIn(found.rule.to, found.groups)}${search}` };
}

/**
 * Netlify: the first rule that matches, but a file at the address answers
 * instead of any rule not forced with "!" (shadowing); the query string is
 * kept.
 */
function netlify(rules: Rule[], files: Set<string>, address: string): Answer {
  const { path, search } = split(address);
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const found = rules
    .map((rule) => ({ rule, match: netlifyRedirectPattern(rule.from).exec(path) }))
    .find(({ rule, match }) => match && (rule.code.endsWith('!') || !files.has(file)));
  if (!found?.match) return { status: 200, file: files.has(file) ? file : null };
  return {
    status: Number.parseInt(found.rule.code, 10),
    location: `${filledIn(found.rule.to, found.match.groups)}${search}`,
  };
}

const rules = readRules(readFileSync('public/_redirects', 'utf8'));
const archive = loadArchive();
const reviews = movedReviews(archive);
const seed = reviews.find((r) => r.meta.movedFrom.includes('/'));
if (!seed) throw new Error('the tests’ archive has no review that was at the root');
const to = `/${reviewPath(seed.meta)}`;
const absolute = (path: string) => `https://review.example.org/${path}`;

/** The small pages the build writes at each old page's address, which a host serves as files. */
const moves = movedPages(reviews, absolute);
const smallPages = new Map(moves.map((m) => [`/${m.from}index.html`, `/${m.to}`]));

/** Every file the seed had at the root but its pages, each relative to its address. */
const files = [
  ...posterEntries(seed, (p) => absolute(`${to.slice(1)}${p}`)).map((e) => posterPaths.picture(e.name)),
  shareImagePath(),
  ...seed.sections.map((s) => shareImagePath(s.data.slug)),
  ...seed.charts.flatMap((id) => [
    ...[...PICTURE_VARIANTS, 'download' as const].map((variant) => chartPaths.picture(id, variant)),
    chartPaths.csv(id),
  ]),
  'data/figures.csv',
  'data/figures.json',
  pdfFileName(seed.meta.slug),
  'search-index.json',
];
// At the root, an old address is the new one without the review's address before it.
const pages = moves.map((m) => m.from);
const oldAddresses = [...pages, ...files].map((rest) => ({ from: `/${rest}`, to: `${to}${rest}` }));

/** Where an answer leads a reader: a redirect's address, or the address a small page sends on to. */
const leadsTo = (answer: Answer, address: string) =>
  'location' in answer ? answer.location : ((answer.file && smallPages.get(answer.file)) ?? address);

describe('public/_redirects', () => {
  it('lists the seed’s old addresses, pages and files of every kind', () => {
    expect(oldAddresses.length).toBeGreaterThan(100);
    expect(oldAddresses).toEqual(
      expect.arrayContaining(
        [
          'industry/',
          'print/',
          'posters/index/',
          'posters/industry.png',
          'og/index.png',
          'embed/industry-investment/',
          'charts/industry-investment-wide-dark.webp',
          'charts/industry-investment.png',
          'charts/industry-investment.csv',
          'data/figures.csv',
          'tongchuan-2020-review.pdf',
        ].map((rest) => ({ from: `/${rest}`, to: `/tongchuan/2020/${rest}` })),
      ),
    );
  });

  it.each(oldAddresses)('sends $from on to $to with a 301 on Cloudflare Pages', ({ from, to }) => {
    expect(cloudflare(rules, from)).toEqual({ status: 301, location: to });
    expect(cloudflare(rules, `${from}?from=timeline&q=%E9%93%9C%E5%B7%9D`)).toEqual({
      status: 301,
      location: `${to}?from=timeline&q=%E9%93%9C%E5%B7%9D`,
    });
  });

  it.each(oldAddresses)('leads $from to $to on Netlify', ({ from, to }) => {
    const answer = netlify(rules, new Set(smallPages.keys()), from);
    // A page's old address is shadowed by its small page; every file's has none, so its rule answers.
    if (smallPages.has(from.endsWith('/') ? `${from}index.html` : from)) expect(answer.status).toBe(200);
    else expect(answer).toEqual({ status: 301, location: to });
    expect(leadsTo(answer, from)).toBe(to);
  });

  it('sends no address of the archive anywhere', () => {
    const current = ['/', '/search/', '/search/?q=铜川', '/tongchuan/', '/embed.js', '/share.png', '/404.html'];
    for (const address of [...current, ...oldAddresses.map((a) => a.to)]) {
      expect(cloudflare(rules, address), address).toEqual({ status: 200, file: null });
      expect(netlify(rules, new Set(), address), address).toEqual({ status: 200, file: null });
    }
  });
});
