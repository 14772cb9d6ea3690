import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/lib/css-string';

describe('cssString', () => {
  it('quotes plain text', () => {
    expect(cssString('凝心聚力推动高质量发展')).toBe('"凝心聚力推动高质量发展"');
  });

  it('escapes what would end the string or the declaration early', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('两行\n文字')).toBe('"两行\\a 文字"');
  });

  it('cannot close the style element it is written into', () => {
    expect(cssString('</style><script>')).toBe('"\\3c /style>\\3c script>"');
  });
});
