import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/import/normalise';
import { findCity, findYear } from '../../src/import/place';
import { headingShape, readByline, splitHeading } from '../../src/import/shapes';
import { readStructure } from '../../src/import/structure';

const structure = (text: string) => readStructure(normalise(text).lines);

describe('the head of the article', () => {
  it('reads 【series】title, the title again and a ——subtitle line (the seed)', () => {
    const { head, notes } = structure(
      '【牢记嘱托 奋力谱写新篇章】凝心聚力推动高质量发展\n凝心聚力推动高质量发展\n——回眸2020年的铜川\n聚焦产业 步伐加快\n正文。',
    );
    expect(head).toEqual({
      series: '牢记嘱托 奋力谱写新篇章',
      title: '凝心聚力推动高质量发展',
      subtitle: '回眸2020年的铜川',
      source: '【牢记嘱托 奋力谱写新篇章】凝心聚力推动高质量发展',
    });
    expect(notes).toEqual([{ line: 2, message: 'the title is printed again here; it is shown once' }]);
  });

  it('reads 【series】 alone on its line with the title on the next', () => {
    expect(structure('【聚焦基层】\n石门镇这一年\n——回眸2021年的石门镇\n正文。').head).toMatchObject({
      series: '聚焦基层',
      title: '石门镇这一年',
      subtitle: '回眸2021年的石门镇',
    });
  });

  it('reads title——subtitle on one line', () => {
    expect(structure('砥砺奋进谱新篇——望川县2022年工作回顾\n一、聚焦工业 迈上新台阶\n正文。').head).toEqual({
      title: '砥砺奋进谱新篇',
      subtitle: '望川县2022年工作回顾',
      source: '砥砺奋进谱新篇——望川县2022年工作回顾',
    });
  });

  it('reads a title alone, and a byline printed under the head', () => {
    expect(structure('石门镇这一年\n本报记者 王春\n2021年，全镇发展。').head).toEqual({
      title: '石门镇这一年',
      source: '石门镇这一年',
      byline: '本报记者 王春',
    });
  });

  it('finds the year and the city in the head', () => {
    expect([findYear(['回眸2020年的铜川'], []), findCity(['回眸2020年的铜川'])]).toEqual([2020, '铜川']);
    expect([findYear(['2022年临河县工作回顾'], []), findCity(['2022年临河县工作回顾'])]).toEqual([2022, '临河县']);
    expect(findCity(['青川市2021年工作综述'])).toBe('青川市');
    expect(findCity(['奋进的一年'])).toBeUndefined();
  });

  it('takes the year most stated in the text when the head states none', () => {
    expect(findYear(['奋进的一年'], ['2021年，我县……2020年……', '2021年，全县……'])).toBe(2021);
    expect(findYear(['奋进的一年'], ['没有年份。'])).toBeUndefined();
  });
});

describe('section headings', () => {
  it('are short lines without sentence-ending punctuation', () => {
    expect(headingShape('聚焦产业转型升级 高质量发展步伐进一步加快')).toEqual({
      text: '聚焦产业转型升级 高质量发展步伐进一步加快',
    });
    expect(headingShape('抓项目引领。')).toBeUndefined();
    expect(headingShape('2020年，我市紧盯目标，不断提升经济发展质量')).toBeUndefined();
    expect(headingShape('（记者 段海洲）')).toBeUndefined();
    expect(headingShape('——回眸2020年的铜川')).toBeUndefined();
  });

  it.each([
    ['一、聚焦工业强县 经济总量迈上新台阶', '一、'],
    ['（一）聚焦工业强县 经济总量迈上新台阶', '（一）'],
    ['1. 聚焦工业强县 经济总量迈上新台阶', '1.'],
    ['2、聚焦工业强县 经济总量迈上新台阶', '2、'],
    ['第一部分 聚焦工业强县 经济总量迈上新台阶', '第一部分'],
  ])('may be numbered: %s', (line, numbering) => {
    expect(headingShape(line)).toEqual({ numbering, text: '聚焦工业强县 经济总量迈上新台阶' });
  });

  it('split into kicker and headline at the space, or are a headline alone', () => {
    expect(splitHeading('聚焦深化改革开放 追赶超越活力进一步激发')).toEqual({
      kicker: '聚焦深化改革开放',
      headline: '追赶超越活力进一步激发',
    });
    expect(splitHeading('生态环境质量持续改善')).toEqual({ headline: '生态环境质量持续改善' });
  });

  it('divide the article into sections, each with its paragraphs and byline', () => {
    const { sections } = structure(
      '标题\n——副题2020年\n聚焦产业 步伐加快\n2020年，我市……。\n抓项目。落实。(记者 段海洲)\n焦幸福城市 短板补齐\n2020年，我市……。(记者 段海洲)',
    );
    expect(sections.map((s) => [s.heading?.kicker, s.heading?.headline, s.paragraphs.length, s.byline])).toEqual([
      ['聚焦产业', '步伐加快', 2, '记者 段海洲'],
      ['焦幸福城市', '短板补齐', 1, '记者 段海洲'],
    ]);
  });

  it('read a heading on two lines as kicker and headline', () => {
    const { sections, notes } = structure('标题\n——副题\n聚焦产业转型升级\n高质量发展步伐进一步加快\n正文。');
    expect(sections[0]?.heading).toMatchObject({ kicker: '聚焦产业转型升级', headline: '高质量发展步伐进一步加快' });
    expect(notes[0]?.message).toContain('heading on two lines');
  });

  it('read a numbered kicker on one line and the headline on the next', () => {
    const { sections } = structure('标题\n——副题\n（一）聚焦产业升级\n工业经济量质齐升\n正文。');
    expect(sections[0]?.heading).toMatchObject({
      numbering: '（一）',
      kicker: '聚焦产业升级',
      headline: '工业经济量质齐升',
    });
    expect(sections[0]?.paragraphs.map((p) => p.text)).toEqual(['正文。']);
  });

  it('make one section without a heading when the article has none', () => {
    const { sections } = structure('石门镇这一年\n——回眸2021年的石门镇\n2021年，全镇……。\n抓产业。新发展基地6个。');
    expect(sections).toHaveLength(1);
    expect(sections[0]?.heading).toBeUndefined();
    expect(sections[0]?.paragraphs).toHaveLength(2);
  });

  it('flag a heading that might be a sentence', () => {
    expect(structure('标题\n——副题\n稳字当头，进字为先\n正文。').notes[0]?.message).toBe(
      '“稳字当头，进字为先” was read as a heading, but it might be a sentence: check it',
    );
  });
});

describe('bylines', () => {
  it('name the reporter: the first 记者’s names', () => {
    expect(readByline('记者 段海洲')).toEqual({ byline: '记者 段海洲', reporter: '段海洲' });
    expect(readByline('记者 林小雨 通讯员 周明')).toEqual({ byline: '记者 林小雨 通讯员 周明', reporter: '林小雨' });
    expect(readByline('本报记者  张三 李四')).toEqual({ byline: '本报记者 张三 李四', reporter: '张三 李四' });
    expect(readByline('通讯员 周明')).toEqual({ byline: '通讯员 周明', reporter: '周明' });
  });

  it('are found at a section’s end, or on a line of their own', () => {
    const { sections } = structure(
      '标题\n——副题\n聚焦产业 步伐加快\n落实。（记者 段海洲）\n聚焦民生 短板补齐\n落实。\n(记者 王春)',
    );
    expect(sections.map((s) => s.byline)).toEqual(['记者 段海洲', '记者 王春']);
  });
});
