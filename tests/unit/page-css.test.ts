import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageCss } from '../../src/lib/page-css';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head></head><body>${body}</body></html>`;

describe('pageCss', () => {
  it('keeps the rules of what is on the page and drops the rest', async () => {
    const css = '.card{color:red}.poster-only{color:blue}#main{margin:0}#gone{margin:1px}table{border:0}';
    const kept = await pageCss(css, page('<main id="main"><p class="card">字</p></main>'), '');
    expect(kept).toContain('.card{color:red}');
    expect(kept).toContain('#main{margin:0}');
    expect(kept).not.toContain('poster-only');
    expect(kept).not.toContain('#gone');
    expect(kept).not.toContain('table');
  });

  it('reads Tailwind class names whole, brackets and colons included', async () => {
    const css =
      '.aria-\\[current\\=page\\]\\:font-bold[aria-current=page]{font-weight:700}.grid-cols-\\[2rem_2rem\\]{grid-template-columns:2rem 2rem}.sm\\:px-6{padding:0}';
    const kept = await pageCss(
      css,
      page(
        '<a class="aria-[current=page]:font-bold" aria-current="page">甲</a><div class="grid-cols-[2rem_2rem]"></div>',
      ),
      '',
    );
    expect(kept).toContain('font-weight:700');
    expect(kept).toContain('grid-template-columns');
    expect(kept).not.toContain('sm\\:px-6');
  });

  it('keeps what the browser code can add later, and rules on attributes it sets', async () => {
    const css = '.result-title{color:red}mark{background:yellow}share-control:not([data-wechat]) .hint{display:none}';
    const code = "const a = document.createElement('mark'); a.className = 'result-title';";
    const kept = await pageCss(css, page('<share-control><span class="hint">提示</span></share-control>'), code);
    expect(kept).toContain('.result-title');
    expect(kept).toContain('mark{');
    expect(kept).toContain('[data-wechat]');
  });

  it('keeps rules inside at-rules for what is on the page, every custom property and every font face', async () => {
    const css =
      ':root{--running-head:"铜川";--unused:1px}@media print{.card{color:black}.gone{color:red}}@font-face{font-family:Q;src:local(Q)}@page{@top-left{content:var(--running-head)}}';
    const kept = await pageCss(css, page('<p class="card">字</p>'), '');
    expect(kept).toContain('--running-head');
    expect(kept).toContain('--unused');
    expect(kept).toContain('@media print{.card{color:black}}');
    expect(kept).toContain('@font-face');
    expect(kept).not.toContain('.gone');
  });

  // PurgeCSS drops a :where() that holds only a pseudo-class; the site's own
  // rule for [hidden] is written so that it survives on a page that has no
  // hidden element yet (the share control hides its fallback link in the browser).
  it('keeps the rule that hides [hidden] on every page', async () => {
    const preflight = readFileSync('src/styles/preflight.css', 'utf8');
    const kept = await pageCss(preflight, page('<p>字</p>'), '');
    expect(kept).toMatch(/\[hidden\]:not\(\[hidden='until-found'\]\)\s*\{\s*display: none !important;/);
  });
});
