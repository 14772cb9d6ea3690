import { describe, expect, it } from 'vitest';
import { findCity, findYear } from '../../src/import/structure/place';

describe('the year the review looks back on', () => {
  it('is the year of the head', () => {
    expect(findYear(['回眸2020年的铜川'], [])).toEqual({ year: 2020, from: 'head' });
    expect(findYear(['【年终特稿·回眸2021】'], [])).toEqual({ year: 2021, from: 'head' });
    expect(findYear(['回眸二〇二三年的苇塘'], [])).toEqual({ year: 2023, from: 'head' });
    expect(findYear([], ['二〇二三年，苇塘镇坚持产业兴镇。'])).toEqual({ year: 2023, from: 'text' });
  });

  it('is the year before a report’s date, unless the text names the year it reviews', () => {
    expect(findYear(['2022年1月12日在青原市第十五届人民代表大会第一次会议上'], [])).toEqual({
      year: 2021,
      from: 'date',
    });
    expect(findYear(['青原市2022年政府工作报告'], [])).toEqual({ year: 2021, from: 'date' });
    expect(findYear(['2023年1月10日在…会议上'], ['一、2021年工作回顾'])).toEqual({ year: 2021, from: 'text' });
  });

  it('is the year the text states most when the head states none, history aside', () => {
    expect(findYear(['奋进的一年'], ['2021年，我县……2020年……', '2021年，全县……'])?.year).toBe(2021);
    expect(
      findYear(
        ['稳中求进开新局'],
        ['2022年，青原市……开发区2009年被确定为省级开发区，2015年撤县设区以来，2009年被列入……'],
      ),
    ).toEqual({ year: 2022, from: 'text' });
    expect(findYear(['奋进的一年'], ['没有年份。'])).toBeUndefined();
  });
});

describe('the place the review is about', () => {
  it.each([
    [['回眸2020年的铜川'], '铜川'],
    [['2022年临河县工作回顾'], '临河县'],
    [['青川市2021年工作综述'], '青川市'],
    [['北岭区2023年经济社会发展综述'], '北岭区'],
    [['2022年1月12日在青原市第十五届人民代表大会第一次会议上', '政府工作报告'], '青原市'],
    [['岳川县政府工作报告'], '岳川县'],
    [['白石旗：绿色发展绘就草原新画卷'], '白石旗'],
    [['石门镇这一年'], '石门镇'],
  ])('is named in the head: %j', (head, city) => {
    expect(findCity(head)).toBe(city);
  });

  it('is written as the text writes it when the head names it without 市, 县 …', () => {
    expect(findCity(['青原：稳中求进开新局'], ['面对冲击，青原市坚持稳字当头。'])).toBe('青原市');
  });

  it('is the place the text names most when the head names none', () => {
    const text = [
      '2022年，云溪县上下攻坚克难，全县经济稳中向好。',
      '城镇新增就业4260人，云溪县被评为示范县，城市品质提升，开发区扩容。',
    ];
    expect(findCity(['奋力跑出“加速度”'], text)).toBe('云溪县');
    expect(findCity(['奋进的一年'], ['全市经济稳中向好，城乡面貌一新。'])).toBeUndefined();
  });
});
