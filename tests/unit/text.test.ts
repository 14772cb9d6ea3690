import { describe, expect, it } from 'vitest';
import { chineseNumeral, findElements, numbersIn, plainText } from '../../src/lib/text';

describe('plainText', () => {
  it('keeps what the reader sees, lead-ins included, and drops the component tags', () => {
    const body = '开头。\n\n<Topic id="a" lead="抓项目引领。">\n预计<Fig id="x">增长5%</Fig>。\n</Topic>\n';
    expect(plainText(body)).toBe('开头。\n抓项目引领。预计增长5%。');
  });
});

describe('findElements', () => {
  it('finds each element with its id and inner text', () => {
    expect(findElements('a<Fig id="x">一</Fig>b<Fig id="y">二</Fig>', 'Fig')).toEqual([
      { id: 'x', inner: '一' },
      { id: 'y', inner: '二' },
    ]);
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
  ])('reads %s as %d', (numeral, value) => {
    expect(chineseNumeral(numeral)).toBe(value);
  });

  it('refuses what it cannot read', () => {
    expect(chineseNumeral('一二三')).toBeUndefined();
  });
});

describe('numbersIn', () => {
  it('finds Arabic numbers, decimals included', () => {
    expect(numbersIn('进出口贸易额增长68.1%，城镇登记失业率3.58%')).toEqual([68.1, 3.58]);
  });

  it('finds Chinese numerals, whole and listed', () => {
    expect(numbersIn('空气质量优良天数居关中五市第一')).toEqual(expect.arrayContaining([5, 1]));
    expect(numbersIn('运用第一、二种形态')).toEqual(expect.arrayContaining([1, 2]));
    expect(numbersIn('打通十余条')).toContain(10);
  });

  it('does not invent numbers', () => {
    expect(numbersIn('新增企业7190户')).toEqual([7190]);
  });
});
