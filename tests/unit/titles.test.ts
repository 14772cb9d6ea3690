import { describe, expect, it } from 'vitest';
import { pageTitle, sectionHeading, sectionKicker, TITLE_LENGTH } from '../../src/lib/titles';

describe('a section heading', () => {
  it('is kicker and headline where the kicker says something of its own', () => {
    const section = { title: '聚焦产业转型升级', headline: '高质量发展步伐进一步加快' };
    expect(sectionKicker(section)).toBe('聚焦产业转型升级');
    expect(sectionHeading(section)).toBe('聚焦产业转型升级 高质量发展步伐进一步加快');
  });

  it('is the headline once where the title repeats it (a heading printed without a kicker)', () => {
    const section = { title: '民生福祉持续增进', headline: '民生福祉持续增进' };
    expect(sectionKicker(section)).toBeUndefined();
    expect(sectionHeading(section)).toBe('民生福祉持续增进');
  });
});

describe('a page title', () => {
  it('names what the page belongs to', () => {
    expect(pageTitle('打印版', '回眸2020年的铜川')).toBe('打印版 — 回眸2020年的铜川');
  });

  it('drops what it belongs to where both would run past 70 characters, and cuts what is still too long', () => {
    const long =
      '地区生产总值增长、一般公共预算收入增长、外贸进出口总额增长、规模以上工业增加值增长、新能源汽车零部件产业集群实现产值增长';
    expect(pageTitle(long, '青原：稳中求进开新局')).toBe(long);
    const longer = long.repeat(2);
    expect(pageTitle(longer, '青原')).toBe(`${[...longer].slice(0, 69).join('')}…`);
    expect([...pageTitle(longer)].length).toBe(TITLE_LENGTH);
  });
});
