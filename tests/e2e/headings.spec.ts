import { expect, test } from '@playwright/test';
import { badHeadingLines, printedTextWidth } from './headings';

// The measure itself, on a page made to fail it: a heading with one
// character (and one with a character and its full stop) alone on its last
// line, one that starts a line with closing punctuation, one whose Han text
// breaks where no break is marked; and those it must pass: a break marked
// with <wbr> or a space, a kicker and headline set as blocks of their own,
// visually hidden text (which a 1 px box would set a character a line), and
// a run-in heading whose line the paragraph goes on filling.
test('the heading measure finds a character alone, closing punctuation first, a word cut', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(`
    <style>h1, h2, h3 { margin: 0; font: inherit; width: 200px; word-break: keep-all }</style>
    <body lang="zh-CN" style="margin: 0; font: 20px/1.4 'Noto Sans CJK SC', sans-serif">
      <h1>一二三四五六七八九十<wbr>甲</h1>
      <h2>一二三四五六七八九十<wbr>乙。</h2>
      <h3 style="line-break: anywhere">一二三四五六七八九十」丙丁</h3>
      <h2 style="word-break: normal">一二三四五六七八九十甲乙</h2>
      <h1>一二三四五<wbr>六七八九十<wbr>甲乙</h1>
      <h2>一二三四五六七八九十 甲乙</h2>
      <h1><span style="display: block">一二三四</span><span style="display: block">五六七八</span></h1>
      <h3>一二三四五<span style="position: absolute; width: 1px; height: 1px; overflow: hidden">编者更正</span></h3>
      <div style="width: 200px">一二三四五六七八<h3 style="display: inline; word-break: normal">九十甲</h3>正文</div>
    </body>`);
  expect(await badHeadingLines(page)).toEqual([
    '“一二三四五六七八九十甲” ends a line on one character: 一二三四五六七八九十 / 甲',
    '“一二三四五六七八九十乙。” ends a line on one character: 一二三四五六七八九十 / 乙。',
    '“一二三四五六七八九十」丙丁” starts a line with closing punctuation: 一二三四五六七八九十 / 」丙丁',
    '“一二三四五六七八九十甲乙” breaks its Han text where no break between words is marked: 一二三四五六七八九十 / 甲乙',
  ]);
});

test('the printed page is measured at the width of its text: A4 less its margins', () => {
  // src/styles/print.css: 210 mm less 24 mm each side, at 96 px an inch.
  expect(printedTextWidth()).toBe(612);
});
