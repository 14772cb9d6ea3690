import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/csp';
import { finishPage, policyFor } from '../../src/lib/finish-page';

const hash = (text: string) => `'${cspHash(text)}'`;

describe('policyFor', () => {
  it('allows by hash exactly the given code, keeping every other source and directive', () => {
    const policy = `default-src 'self';img-src 'self'; script-src 'self' ${hash('a')} ${hash('b')} ${hash('c')}; style-src 'self' ${hash('x')}`;
    expect(policyFor(policy, { scripts: ['b', 'd', 'b'], styles: ['y'] })).toBe(
      `default-src 'self'; img-src 'self'; script-src 'self' ${hash('b')} ${hash('d')}; style-src 'self' ${hash('y')}`,
    );
  });

  it('leaves a directive with nothing to allow allowing nothing, not falling back to default-src', () => {
    expect(policyFor(`default-src 'self'; script-src ${hash('a')}`, { scripts: [], styles: [] })).toBe(
      `default-src 'self'; script-src 'none'`,
    );
  });

  it('adds no directive the policy did not have', () => {
    expect(policyFor(`default-src 'self'`, { scripts: ['a'], styles: ['b'] })).toBe(`default-src 'self'`);
  });
});

describe('finishPage', () => {
  const style = '.used{color:red}.unused{color:blue}';
  const script = 'console.log(1)';
  const html = [
    '<!DOCTYPE html><html lang="zh-CN"><head>',
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(script)} ${hash('other')}; style-src 'self' ${hash(style)} ${hash('.x{}')}">`,
    `<style>${style}</style><style>.gone{color:red}</style>`,
    '</head><body><p class="used">字</p>',
    `<script type="module">${script}</script><script type="application/ld+json">{"a":1}</script>`,
    '</body></html>',
  ].join('');

  it('cuts the CSS to the page, drops a style left empty, and allows exactly what is left', async () => {
    const finished = await finishPage(html, '');
    expect(finished).toBe(
      [
        '<!DOCTYPE html><html lang="zh-CN"><head>',
        `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash('.used{color:red}')}">`,
        '<style>.used{color:red}</style>',
        '</head><body><p class="used">字</p>',
        `<script type="module">${script}</script><script type="application/ld+json">{"a":1}</script>`,
        '</body></html>',
      ].join(''),
    );
  });

  it('leaves a page without a policy or style as it was', async () => {
    const plain = '<!DOCTYPE html><html><head><title>甲</title></head><body><p>乙</p></body></html>';
    expect(await finishPage(plain, '')).toBe(plain);
  });
});
