import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/import/normalise';
import { lineRoles, readStructure } from '../../src/import/structure';
import { readPageInfo } from '../../src/import/structure/page-info';
import { headingShape, splitHeading } from '../../src/import/structure/shapes';

const structure = (text: string) => readStructure(normalise(text).lines);
const head = (text: string) => {
  const { lines: _lines, byline, ...rest } = structure(text).head;
  return { ...rest, ...(byline ? { byline: byline.printed } : {}) };
};
const headings = (text: string) => structure(text).sections.map((s) => s.heading?.printed);

describe('the head of the article', () => {
  it('reads 【series】title, the title again and a ——subtitle line (the seed)', () => {
    const { notes } = structure(
      '【牢记嘱托 奋力谱写新篇章】凝心聚力推动高质量发展\n凝心聚力推动高质量发展\n——回眸2020年的铜川\n聚焦产业 步伐加快\n正文。',
    );
    expect(
      head(
        '【牢记嘱托 奋力谱写新篇章】凝心聚力推动高质量发展\n凝心聚力推动高质量发展\n——回眸2020年的铜川\n聚焦产业 步伐加快\n正文。',
      ),
    ).toEqual({
      series: '牢记嘱托 奋力谱写新篇章',
      title: '凝心聚力推动高质量发展',
      subtitle: '回眸2020年的铜川',
      source: '【牢记嘱托 奋力谱写新篇章】凝心聚力推动高质量发展',
    });
    expect(notes).toEqual([{ line: 2, message: 'the title is printed again here; it is shown once' }]);
  });

  it('reads the lines of a web page copied with the article as the page’s: the publication and writer, nothing published', () => {
    const text = [
      '数说2023｜苇塘镇这一年',
      '来源：苇川日报 作者：谭一帆 发布时间：2024-01-08 09:12',
      '编辑：景安',
      '◆ 产业兴镇',
      '全镇农业总产值达到6.82亿元。',
    ].join('\n');
    expect(head(text)).toEqual({
      title: '数说2023｜苇塘镇这一年',
      source: '数说2023｜苇塘镇这一年',
      publication: '苇川日报',
      byline: '作者：谭一帆',
    });
    const read = structure(text);
    expect(read.head.byline?.reporters).toEqual(['谭一帆']);
    expect(read.head.lines).toEqual([1, 2, 3]);
    expect(read.sections.map((s) => [s.heading?.headline, s.paragraphs.map((p) => p.text)])).toEqual([
      ['产业兴镇', ['全镇农业总产值达到6.82亿元。']],
    ]);
    expect(lineRoles(normalise(text).lines, read).map((l) => l.role)).toEqual([
      'head',
      'page',
      'page',
      'heading',
      'text',
    ]);
    expect(read.notes.map((n) => n.line)).toEqual([2, 3]);
    expect(read.notes[1]?.message).toBe("“编辑：景安” is the web page's, not the article's: not published");
  });

  it('takes for a web page’s line only one made of the page’s fields, each with a short value', () => {
    expect(readPageInfo('稿源：青原日报 时间：2023-01-05')).toEqual({ publication: '青原日报' });
    expect(readPageInfo('时间：2020年，我市新增企业7190户。')).toBeUndefined();
    expect(readPageInfo('产业发展：特色产业提质扩面')).toBeUndefined();
    expect(readPageInfo('全文来源：青原日报')).toBeUndefined();
  });

  it('reads 【series】 alone on its line with the title on the next', () => {
    expect(head('【聚焦基层】\n石门镇这一年\n——回眸2021年的石门镇\n正文。')).toMatchObject({
      series: '聚焦基层',
      title: '石门镇这一年',
      subtitle: '回眸2021年的石门镇',
    });
  });

  it('reads title——subtitle on one line, and the heading after it as a section’s', () => {
    const text = '砥砺奋进谱新篇——望川县2022年工作回顾\n一、聚焦工业 迈上新台阶\n正文。';
    expect(head(text)).toEqual({
      title: '砥砺奋进谱新篇',
      subtitle: '望川县2022年工作回顾',
      source: '砥砺奋进谱新篇——望川县2022年工作回顾',
    });
    expect(headings(text)).toEqual(['一、聚焦工业 迈上新台阶']);
  });

  it('reads a whole title with no series and no subtitle, and does not make them up', () => {
    expect(head('北岭区2023年经济社会发展综述\n本报记者 王海川\n2023年，北岭区坚持稳中求进。')).toEqual({
      title: '北岭区2023年经济社会发展综述',
      source: '北岭区2023年经济社会发展综述',
      byline: '本报记者 王海川',
    });
  });

  it('reads a kicker line above the title as the series where there is no 【…】', () => {
    expect(
      head('勇挑大梁当先锋 奋力谱写新篇章\n宁川：经济回升向好\n——2023年宁川市经济社会发展回眸\n正文。'),
    ).toMatchObject({
      series: '勇挑大梁当先锋 奋力谱写新篇章',
      title: '宁川：经济回升向好',
      subtitle: '2023年宁川市经济社会发展回眸',
    });
  });

  it('takes a deck line that states figures as text, not as the subtitle', () => {
    const read = structure(
      '稳中求进开新局\n——全年地区生产总值达到412.6亿元，同比增长6.3%\n■ 本报记者 赵明远\n2021年，全市经济稳中向好。',
    );
    expect(read.head.subtitle).toBeUndefined();
    expect(read.sections[0]?.paragraphs.map((p) => [p.text, p.line, p.column])).toEqual([
      ['全年地区生产总值达到412.6亿元，同比增长6.3%', 2, 2],
      ['2021年，全市经济稳中向好。', 4, 0],
    ]);
    expect(read.notes.map((n) => n.message)).toContain(
      "the line under the title “——全年地区生产总值达到412.6亿元，同比增长6.3%” states what the article states: it opens the first section's text, and is no subtitle",
    );
  });

  it('reads a report’s date line as its subtitle and its speaker as no reporter', () => {
    const read = structure(
      '政府工作报告\n——2022年1月12日在青原市第十五届人民代表大会第一次会议上\n青原市人民政府市长 周立群\n各位代表：\n现在，我代表市人民政府向大会报告工作。',
    );
    expect(read.head.subtitle).toBe('2022年1月12日在青原市第十五届人民代表大会第一次会议上');
    expect(read.head.byline).toMatchObject({ printed: '青原市人民政府市长 周立群', reporters: [], speaker: true });
    expect(read.sections).toHaveLength(1);
  });
});

describe('bylines under the head are never a section', () => {
  it.each([
    ['■ 本报记者 赵明远 通讯员 孙悦', ['赵明远']],
    ['本报记者 王海川 实习生 刘一诺', ['王海川']],
    ['记者 陈思远 报道', ['陈思远']],
    ['文/乌兰图雅', ['乌兰图雅']],
    ['■ 何静 林涛', ['何静', '林涛']],
    ['□ 本报记者 钱文博 见习记者 夏雨晴', ['钱文博', '夏雨晴']],
  ])('%s', (byline, reporters) => {
    const read = structure(
      `青原：稳中求进开新局\n${byline}\n一、聚焦产业升级 工业经济量质齐升\n全市规模以上工业增加值增长8.1%。`,
    );
    expect(read.sections.map((s) => s.heading?.printed)).toEqual(['一、聚焦产业升级 工业经济量质齐升']);
    expect(read.head.byline?.reporters).toEqual(reporters);
  });
});

describe('credits of no writer', () => {
  const article = (...end: string[]) =>
    structure(
      [
        '青原：稳中求进开新局',
        '本报记者 赵明远',
        '摄影 李强',
        '一、聚焦产业升级 工业经济量质齐升',
        '全市规模以上工业增加值增长8.1%。',
        ...end,
      ].join('\n'),
    );

  it('join the byline they stand under, and stay text where they close the article', () => {
    const read = article('图为青原工业园一角。（摄影 李强）', '责任编辑：石澜');
    expect(read.head.byline?.printed).toBe('本报记者 赵明远 摄影 李强');
    const [section] = read.sections;
    expect(section?.byline).toBeUndefined();
    expect(section?.paragraphs.map((p) => p.text)).toEqual([
      '全市规模以上工业增加值增长8.1%。',
      '图为青原工业园一角。（摄影 李强）',
      '责任编辑：石澜',
    ]);
    expect(read.notes.map((n) => [n.line, n.message.slice(0, 12)])).toEqual([
      [6, 'a photo capt'],
      [7, '“责任编辑：石澜” cr'],
    ]);
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
    ['01 聚焦工业强县 经济总量迈上新台阶', '01'],
    ['第一部分 聚焦工业强县 经济总量迈上新台阶', '第一部分'],
    ['一是聚焦工业强县 经济总量迈上新台阶', '一是'],
    ['第一部分：聚焦工业强县 经济总量迈上新台阶', '第一部分：'],
    ['01｜聚焦工业强县 经济总量迈上新台阶', '01｜'],
  ])('may be numbered: %s', (line, numbering) => {
    expect(headingShape(line)).toEqual({ numbering, text: '聚焦工业强县 经济总量迈上新台阶' });
  });

  it('are not an item of a list of figures (▶ 粮食总产量：3.46万吨), and leave out the mark set before them', () => {
    expect(headingShape('▶ 粮食总产量：3.46万吨')).toBeUndefined();
    expect(headingShape('农村居民人均可支配收入：21560元，增长7.2%')).toBeUndefined();
    expect(headingShape('◆ 产业兴镇')).toEqual({ text: '产业兴镇' });
    expect(headingShape('产业发展：特色产业提质扩面')).toEqual({ text: '产业发展：特色产业提质扩面' });
  });

  it('set in 【】 are the words inside them', () => {
    expect(headingShape('【产业篇】')).toEqual({ text: '产业篇' });
    expect(headingShape('一、【产业篇】')).toEqual({ numbering: '一、', text: '产业篇' });
    expect(headingShape('【产业篇】特色产业提质增效')).toEqual({ text: '【产业篇】特色产业提质增效' });
  });

  it('split into kicker and headline at the space or the comma, or are a headline alone', () => {
    expect(splitHeading('聚焦深化改革开放 追赶超越活力进一步激发')).toEqual({
      kicker: '聚焦深化改革开放',
      headline: '追赶超越活力进一步激发',
    });
    expect(splitHeading('坚持扩规提质，经济实力稳步提升')).toEqual({
      kicker: '坚持扩规提质',
      headline: '经济实力稳步提升',
    });
    expect(splitHeading('生态环境质量持续改善')).toEqual({ headline: '生态环境质量持续改善' });
  });

  it('divide the article into sections, each with its paragraphs and byline', () => {
    const { sections } = structure(
      '标题\n——副题2020年\n聚焦产业 步伐加快\n2020年，我市……。\n抓项目。落实。(记者 段海洲)\n焦幸福城市 短板补齐\n2020年，我市……。(记者 段海洲)',
    );
    expect(
      sections.map((s) => [s.heading?.kicker, s.heading?.headline, s.paragraphs.length, s.byline?.printed]),
    ).toEqual([
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

  it('read a numbering on a line of its own with the heading on the next', () => {
    expect(headings('标题\n——副题\n01\n工业经济挑大梁\n正文。\n02\n开放通道更畅通\n正文。')).toEqual([
      '01 工业经济挑大梁',
      '02 开放通道更畅通',
    ]);
  });

  it('read headings run into their paragraphs when a numbered run of them carries the text', () => {
    const text =
      '标题\n——副题\n2021年工作回顾\n过去一年成绩来之不易。\n（一）聚焦项目建设，发展动能持续增强。全年实施重点项目168个。\n（二）聚焦产业升级，经济结构不断优化。新增企业32家。';
    const { sections } = structure(text);
    expect(sections.map((s) => s.heading?.printed)).toEqual([
      '2021年工作回顾',
      '（一）聚焦项目建设，发展动能持续增强',
      '（二）聚焦产业升级，经济结构不断优化',
    ]);
    expect(sections[1]?.paragraphs).toEqual([{ text: '全年实施重点项目168个。', line: 5, column: 19 }]);
  });

  it('leave numbered leads that number again, or that a heading follows, as points of their text', () => {
    const again =
      '标题\n——副题\n（一）抓项目。实施项目46个。\n（二）抓创新。新增企业12家。\n（一）抓民生。新增就业1200人。';
    expect(headings(again)).toEqual([undefined]);
    const followed =
      '标题\n——副题\n1. 抓项目。实施项目46个。\n2. 抓创新。新增企业12家。\n聚焦民生 群众获得感增强\n正文。';
    expect(headings(followed)).toEqual([undefined, '聚焦民生 群众获得感增强']);
  });

  it('leave numbered leads within headed sections as points of their text', () => {
    const text =
      '标题\n——副题\n一、聚焦工业\n（一）抓项目。实施项目46个。\n（二）抓创新。新增企业12家。\n二、聚焦民生\n正文。';
    expect(headings(text)).toEqual(['一、聚焦工业', '二、聚焦民生']);
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
