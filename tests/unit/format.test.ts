import { describe, expect, it } from 'vitest';
import { figureDisplay, formatFigure, formatNumber } from '../../src/lib/format';

describe('formatNumber', () => {
  it('formats with Intl.NumberFormat zh-CN, grouping only from five digits', () => {
    expect(formatNumber(7190)).toBe('7190');
    expect(formatNumber(12000)).toBe('12,000');
    expect(formatNumber(68.1)).toBe('68.1');
    expect(formatNumber(3.58)).toBe('3.58');
  });
});

describe('formatFigure', () => {
  it('puts 余 after the number and before the unit', () => {
    expect(formatFigure({ value: 4600, unit: '名', qualifier: '余', kind: 'count' })).toBe('4600余名');
  });

  it('puts 预计 before the number', () => {
    expect(formatFigure({ value: 5, unit: '%', qualifier: '预计', kind: 'growth' })).toBe('预计5%');
  });

  it('writes a rank as an ordinal', () => {
    expect(formatFigure({ value: 1, unit: '', kind: 'rank' })).toBe('第1');
  });

  it('splits the display so the number can be set large', () => {
    expect(figureDisplay({ value: 37, unit: '所', kind: 'count' })).toEqual({ before: '', number: '37', after: '所' });
  });
});
