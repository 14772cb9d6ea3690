import { describe, expect, it } from 'vitest';
import { IdRegistry, pinyinWords } from '../../src/import/ids';

describe('ids from Chinese words', () => {
  it('spell the words in pinyin, one syllable a word, other ASCII kept', () => {
    expect(pinyinWords('抓项目引领', 5)).toEqual(['zhua', 'xiang', 'mu', 'yin', 'ling']);
    expect(pinyinWords('农村居民人均', 3)).toEqual(['nong', 'cun', 'ju']);
    expect(pinyinWords('5G网络', 5)).toEqual(['5g', 'wang', 'luo']);
    expect(pinyinWords('旅游', 5)).toEqual(['lv', 'you']);
  });

  it('are unique: a second one gets a number', () => {
    const ids = new IdRegistry();
    expect([ids.figure('增速', 'f'), ids.figure('增速', 'f'), ids.topic('抓项目。', 't')]).toEqual([
      'zeng-su',
      'zeng-su-2',
      'zhua-xiang-mu',
    ]);
  });

  it('never take an id or a page the site writes itself', () => {
    const ids = new IdRegistry();
    expect(ids.topic('', 'main')).toBe('main-2');
    expect(ids.slug('', 'print')).toBe('print-2');
    expect(ids.slug('产业', 's')).toBe('chan-ye');
    // chan-ye claims chan-ye-heading and section-chan-ye, so a topic cannot take them.
    expect(ids.topic('', 'chan-ye-heading')).toBe('chan-ye-heading-2');
  });

  it('fall back to a plain name when the words give no letters', () => {
    expect(new IdRegistry().figure('……', 'figure')).toBe('figure');
  });
});
