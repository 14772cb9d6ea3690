import { describe, expect, it } from 'vitest';
import { breakUnits, wrapBalanced, wrapLines } from '../../src/lib/wrap';

// Every character 1 wide, so widths are character counts.
const width = (s: string) => [...s].length;

describe('breakUnits', () => {
  it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
    expect(breakUnits('抓项目引领。')).toEqual(['抓', '项', '目', '引', '领。']);
    expect(breakUnits('京东（铜川）园')).toEqual(['京', '东', '（铜', '川）', '园']);
  });

  it('keeps Latin words, numbers and the em-dash pair whole', () => {
    expect(breakUnits('5G+光网增长68.1%')).toEqual(['5G+', '光', '网', '增', '长', '68.1%']);
    expect(breakUnits('发展——回眸')).toEqual(['发', '展', '——', '回', '眸']);
  });
});

describe('wrapLines', () => {
  it('fills each line as far as it fits', () => {
    expect(wrapLines('高质量发展步伐进一步加快', 5, width)).toEqual(['高质量发展', '步伐进一步', '加快']);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapLines('一二三四，五六', 4, width);
    expect(lines).toEqual(['一二三', '四，五六']);
    for (const line of lines) expect(line).not.toMatch(/^[，。、）]/);
  });

  it('never ends a line with opening punctuation', () => {
    expect(wrapLines('一二三（四五）', 4, width)).toEqual(['一二三', '（四五）']);
  });

  it('moves a number to the next line whole and drops the space at the break', () => {
    expect(wrapLines('增长 68.1%', 5, width)).toEqual(['增长', '68.1%']);
  });

  it('cuts a word wider than a whole line between its characters', () => {
    expect(wrapLines('ABCDEFG', 3, width)).toEqual(['ABC', 'DEF', 'G']);
  });

  it('returns the text as one line when it fits', () => {
    expect(wrapLines('聚焦产业转型升级', 20, width)).toEqual(['聚焦产业转型升级']);
  });
});

describe('wrapBalanced', () => {
  it('evens out the lines instead of leaving one character alone', () => {
    expect(wrapLines('全面小康短板进一步补齐', 10, width)).toEqual(['全面小康短板进一步补', '齐']);
    expect(wrapBalanced('全面小康短板进一步补齐', 10, width)).toEqual(['全面小康短板', '进一步补齐']);
  });

  it('takes no more lines than filling them would', () => {
    const text = '运用第一、二种形态处理干部占比';
    expect(wrapBalanced(text, 6, width)).toHaveLength(wrapLines(text, 6, width).length);
  });

  it('leaves a text that fits on one line alone', () => {
    expect(wrapBalanced('城镇登记失业率', 10, width)).toEqual(['城镇登记失业率']);
  });
});
