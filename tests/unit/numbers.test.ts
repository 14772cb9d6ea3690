import { describe, expect, it } from 'vitest';
import { chineseNumeral, statedNumbers, statesNumber } from '../../src/lib/numbers';

/** The numbers a phrase states, as [as written, values] pairs. */
const read = (phrase: string) => statedNumbers(phrase).map((n) => [n.text, n.readings.map((r) => r.value)]);

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['五', 5],
    ['十', 10],
    ['一十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['一百零五', 105],
    ['两万', 20000],
    ['三千', 3000],
  ])('reads %s as %d', (numeral, value) => {
    expect(chineseNumeral(numeral)).toBe(value);
  });

  it.each(['十四五', '一一', '二〇二〇', '万', '千', '一二三'])('refuses %s, which is not a numeral', (run) => {
    expect(chineseNumeral(run)).toBeUndefined();
  });
});

describe('statedNumbers', () => {
  it('finds numbers in digits, decimals included', () => {
    expect(read('进出口贸易额增长68.1%，城镇登记失业率3.58%')).toEqual([
      ['68.1', [68.1]],
      ['3.58', [3.58]],
    ]);
  });

  it('reads each number whole, never a part of it', () => {
    expect(read('完成十二届市委巡察全覆盖任务的85.2%')).toEqual([
      ['十二', [12]],
      ['85.2', [85.2]],
    ]);
    expect(statesNumber('完成十二届市委巡察全覆盖任务的85.2%', 2)).toBe(false);
    expect(statesNumber('新增企业7190户', 719)).toBe(false);
  });

  it('marks ordinals and names', () => {
    const [rank] = statedNumbers('增速位居全省第一');
    expect(rank).toMatchObject({ text: '一', ordinal: true, name: false });
    const [term] = statedNumbers('十二届市委');
    expect(term).toMatchObject({ text: '十二', ordinal: false, name: true });
  });

  it('reads a numeral ending in 万 both whole and before its magnitude', () => {
    expect(read('两万余人次')).toEqual([['两万', [20000, 2]]]);
    expect(read('1.1万户')).toEqual([['1.1', [1.1]]]);
  });

  it('skips digits that are part of a name, and runs of numeral characters that are not numerals', () => {
    expect(read('“5G+光网”双千兆，入选4A级旅游景区，“11·4”事故，“十四五”规划')).toEqual([]);
  });

  it('reads a year written digit by digit (二〇二三年) as the year, and such a run without 年 as nothing', () => {
    expect(read('二〇二三年，二零二〇年')).toEqual([
      ['二〇二三', [2023]],
      ['二零二〇', [2020]],
    ]);
    expect(read('二〇二三')).toEqual([]);
  });

  it('reads listed numerals one by one', () => {
    expect(read('运用第一、二种形态')).toEqual([
      ['一', [1]],
      ['二', [2]],
    ]);
  });
});
