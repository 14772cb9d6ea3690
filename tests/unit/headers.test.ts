import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor } from '../../deploy/headers.mjs';
import { cloudflarePattern, netlifyHeaderPattern } from '../helpers/hosts';

// public/_headers read as the two hosts that read such a file read it: each
// must give every kind of path exactly the headers of deploy/headers.mjs.
// (deploy/nginx.conf is held to the same rules by a real nginx:
// tests/dist/nginx.test.ts.)

interface Rule {
  pattern: string;
  set: [string, string][];
  /** Cloudflare's "! Name": drop what earlier rules set. */
  detach: string[];
}

function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`a header before any path: ${line}`);
    const detach = /^\s+!\s*(\S+)$/.exec(line);
    if (detach) rule.detach.push(detach[1] ?? '');
    else {
      const [, name = '', value = ''] = /^\s+([^:]+):\s*(.+)$/.exec(line) ?? [];
      rule.set.push([name, value]);
    }
  }
  return rules;
}

/** Netlify: a later rule's value of a header replaces an earlier one's; lines without a colon are skipped. */
function netlify(rules: Rule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => netlifyHeaderPattern(r.pattern).test(path))) {
    for (const [name, value] of rule.set) headers[name] = value;
  }
  return headers;
}

/** Cloudflare Pages: every matching rule adds its headers, a header set twice gets both values. */
function cloudflare(rules: Rule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => cloudflarePattern(r.pattern)?.test(path))) {
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

const rules = readRules(readFileSync('public/_headers', 'utf8'));
const paths = [
  '/',
  '/search/',
  '/tongchuan/',
  '/tongchuan/indicators/urban-new-jobs/',
  '/tongchuan/2020/',
  '/tongchuan/2020/industry/',
  '/tongchuan/2020/print/',
  '/tongchuan/2020/posters/fig-new-firms/',
  '/tongchuan/2020/posters/industry.png',
  '/tongchuan/2020/embed/industry-investment/',
  '/beiling/2021-midyear/embed/district-growth/',
  // Old addresses, whose small pages a host without rules serves.
  '/industry/',
  '/embed/industry-investment/',
  '/embed.js',
  '/_astro/share.BX1f2k3a.js',
  '/code/chart-runtime.2682e0f0fb.js',
  '/codex/',
  '/404.html',
];

describe('public/_headers', () => {
  it.each(paths)('gives %s the headers of deploy/headers.mjs on Netlify', (path) => {
    expect(netlify(rules, path)).toEqual(headersFor(path));
  });

  it.each(paths)('gives %s the headers of deploy/headers.mjs on Cloudflare Pages', (path) => {
    expect(cloudflare(rules, path)).toEqual(headersFor(path));
  });
});

describe('headersFor', () => {
  it('lets any site frame only the embeds, and keeps only the files named by their content', () => {
    const framing = (path: string) => headersFor(path)['Content-Security-Policy'];
    expect(framing('/tongchuan/2020/embed/industry-investment/')).toBe('frame-ancestors *');
    // The old address's small page, which sends a frame on to the new one.
    expect(framing('/embed/industry-investment/')).toBe('frame-ancestors *');
    expect(framing('/embed.js')).toBe("frame-ancestors 'self'");
    expect(framing('/tongchuan/2020/industry/')).toBe("frame-ancestors 'self'");
    expect(framing('/tongchuan/2020/embedded/')).toBe("frame-ancestors 'self'");
    expect(framing('/tongchuan/2020/industry/embed/')).toBe("frame-ancestors 'self'");
    expect(headersFor('/_astro/x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/code/engine.ff577e584f.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/tongchuan/2020/industry/')['Cache-Control']).toBe('no-cache');
  });
});
