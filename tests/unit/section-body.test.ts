import { describe, expect, it } from 'vitest';
import { BodyError, plainText, readBody } from '../../src/lib/section-body';

/** The problem readBody finds in a body, as "line N has …". */
function problem(body: string): string {
  try {
    readBody(body);
    return 'no problem';
  } catch (error) {
    if (error instanceof BodyError) return error.message;
    throw error;
  }
}

describe('readBody', () => {
  it('keeps what the reader sees, lead-ins included, and drops the component tags', () => {
    const body =
      '开头。\n\n<Topic id="a" lead="抓项目引领。">\n预计<Fig id="x">增长5%</Fig>。\n</Topic>\n\n<Chart id="c" />\n';
    expect(plainText(body)).toBe('开头。\n抓项目引领。预计增长5%。');
    expect(readBody(body)).toMatchObject({
      topics: [{ id: 'a', lead: '抓项目引领。', line: 3 }],
      marks: [{ id: 'x', phrase: '增长5%', line: 4 }],
      charts: [{ id: 'c', line: 7 }],
    });
  });

  it('reads attributes however they are quoted', () => {
    expect(readBody('a<Fig id=\'x\'>一</Fig>b<Fig id="y">二</Fig>').marks.map((m) => m.id)).toEqual(['x', 'y']);
  });

  it('lets an MDX comment stand', () => {
    expect(plainText('甲{/* 编者：待核 */}乙')).toBe('甲乙');
  });

  it.each([
    ['{1+1}', 'line 1 has {1+1} (JavaScript code), which is not allowed'],
    ['\n\n{process.env.HOME}', 'line 3 has {process.env.HOME} (JavaScript code)'],
    ['import fs from "node:fs"', 'line 1 has import or export (JavaScript code)'],
    ['<script>alert(1)</script>', 'line 1 has the HTML element <script>'],
    ['<style>p{}</style>', 'line 1 has the HTML element <style>'],
    ['<iframe src="https://example.com" />', 'line 1 has the HTML element <iframe>'],
    ['文字<img src="x.png" onload="alert(1)" />', 'line 1 has the HTML element <img>'],
    [
      '<Topic id="a" lead="b" onclick="alert(1)">文字</Topic>',
      'line 1 has <Topic onclick="…">, but <Topic> takes only "id" and "lead"',
    ],
    ['<Topic id={name} lead="b">文字</Topic>', 'line 1 has <Topic id=…> without text in quotes'],
    ['<Topic {...props}>文字</Topic>', 'line 1 has <Topic {…}> (code in a tag)'],
    ['<Topic id="a">文字</Topic>', 'line 1 has <Topic> without its "lead"'],
    ['<Widget />', 'line 1 has <Widget> (not one of our components)'],
    ['# 标题', 'line 1 has a heading (#)'],
    ['![图](https://example.com/x.png)', 'line 1 has an image'],
    ['见 https://example.com', 'line 1 has a link'],
    ['*强调*', 'line 1 has emphasis (*…*)'],
    ['文字<Chart id="c" />文字', 'line 1 has <Chart> inside a sentence'],
    ['<!-- 注释 -->', 'line 1 cannot be read as MDX'],
  ])('refuses %j', (body, expected) => {
    expect(problem(body)).toContain(expected);
  });
});
