import { describe, expect, it } from 'vitest';
import { basePath, contentDir, DEFAULT_SITE_URL, siteUrl } from '../../src/lib/site-env.mjs';
import {
  absoluteUrl,
  anchors,
  figurePath,
  joinBase,
  sectionPath,
  shareImagePath,
  shortAddress,
} from '../../src/lib/urls';

describe('basePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['review/2020', '/review/2020/'],
    ['/review/2020/', '/review/2020/'],
    ['//review//2020', '/review/2020/'],
  ])('normalises %s to %s', (input, expected) => {
    expect(basePath(input)).toBe(expected);
  });
});

describe('siteUrl', () => {
  it('defaults to a placeholder https address', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(DEFAULT_SITE_URL).toMatch(/^https:\/\//);
  });

  it('drops a trailing slash', () => {
    expect(siteUrl('https://example.org/')).toBe('https://example.org');
  });

  it('refuses what is not an address', () => {
    expect(() => siteUrl('example.org')).toThrow(
      'SITE_URL must be an absolute address such as https://example.org, not "example.org"',
    );
    expect(() => siteUrl('ftp://example.org')).toThrow('SITE_URL must start with https:// or http://');
  });
});

describe('contentDir', () => {
  it('defaults to ./content and drops a trailing slash', () => {
    expect(contentDir(undefined)).toBe('./content');
    expect(contentDir('.tmp/content/')).toBe('.tmp/content');
  });
});

describe('URLs under a base path', () => {
  it('joins paths to the base', () => {
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/', sectionPath('industry'))).toBe('/industry/');
    expect(joinBase('/review/2020/', sectionPath('industry'))).toBe('/review/2020/industry/');
    expect(joinBase('/review/2020', '/data/figures.csv')).toBe('/review/2020/data/figures.csv');
  });

  it('makes absolute addresses on the site', () => {
    expect(absoluteUrl('https://example.org', '/review/2020/industry/')).toBe(
      'https://example.org/review/2020/industry/',
    );
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
  });

  it('names anchors in one way everywhere', () => {
    expect(anchors.figure('new-firms')).toBe('fig-new-firms');
    expect(anchors.quote('new-firms')).toBe('quote-new-firms');
    expect(anchors.chart('reform-trade')).toBe('chart-reform-trade');
  });

  it('keeps a fragment through the base path and the site address', () => {
    const path = joinBase('/review/2020/', figurePath('industry', 'new-firms'));
    expect(path).toBe('/review/2020/industry/#fig-new-firms');
    expect(absoluteUrl('https://example.org', path)).toBe('https://example.org/review/2020/industry/#fig-new-firms');
  });

  it('places pages by the base path, not by a path in the site address', () => {
    expect(absoluteUrl('https://example.org/news', joinBase('/review/2020/', 'party/'))).toBe(
      'https://example.org/review/2020/party/',
    );
  });

  it('places share images beside the pages, one for the overview', () => {
    expect(shareImagePath('industry')).toBe('og/industry.png');
    expect(shareImagePath()).toBe('og/index.png');
    expect(absoluteUrl('https://example.org', joinBase('/review/2020/', shareImagePath()))).toBe(
      'https://example.org/review/2020/og/index.png',
    );
  });
});

describe('shortAddress', () => {
  it('drops the scheme and keeps the rest as typed', () => {
    expect(shortAddress('https://example.org/review/2020/industry/')).toBe('example.org/review/2020/industry/');
    expect(shortAddress('http://localhost:4321/')).toBe('localhost:4321/');
  });
});
