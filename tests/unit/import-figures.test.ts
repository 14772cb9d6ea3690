import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/import/figures';

/** The one figure a phrase states, without its place in the paragraph. */
function figure(paragraph: string) {
  const { figures } = findFigures(paragraph);
  expect(figures).toHaveLength(1);
  const { start: _start, ...rest } = figures[0] ?? { start: 0 };
  return rest;
}

const reasons = (paragraph: string) => findFigures(paragraph).unused.map((u) => [u.text, u.reason]);

describe('figures: growth and decline', () => {
  it('reads a growth in % with its subject as the label', () => {
    expect(figure('进出口贸易额增长68.1%，增速较快。')).toEqual({
      kind: 'growth',
      value: 68.1,
      unit: '%',
      label: '进出口贸易额增长',
      quote: '进出口贸易额增长68.1%',
    });
  });

  it('reads a decline as a negative growth', () => {
    expect(figure('PM2.5平均浓度下降8.6%。')).toMatchObject({
      kind: 'growth',
      value: -8.6,
      quote: 'PM2.5平均浓度下降8.6%',
    });
  });

  it('records a level reached (提高到2.1%) as a rate, with a note', () => {
    expect(figure('研发投入强度提高到2.1%。')).toMatchObject({
      kind: 'rate',
      value: 2.1,
      note: 'a level reached (提高到), recorded as a rate: make it a growth only if it is a change',
    });
  });
});

describe('figures: shares and rates', () => {
  it('reads 占比 and 任务的 as shares', () => {
    expect(figure('新能源产业产值占比达到41.5%。')).toMatchObject({
      kind: 'share',
      value: 41.5,
      label: '新能源产业产值占比',
    });
    expect(figure('完成十二届市委巡察全覆盖任务的85.2%。')).toMatchObject({ kind: 'share', value: 85.2 });
  });

  it('reads other percentages as rates', () => {
    expect(figure('政务服务事项网上可办率达到98.2%。')).toMatchObject({
      kind: 'rate',
      value: 98.2,
      label: '政务服务事项网上可办率',
    });
    expect(figure('城镇登记失业率3.58%。')).toMatchObject({ kind: 'rate', value: 3.58 });
  });
});

describe('figures: counts with units', () => {
  it.each([
    ['新增企业7190户。', 7190, '户', undefined, '新增企业'],
    ['新增市场主体1.1万户。', 1.1, '万户', undefined, '新增市场主体'],
    ['完成投资20亿元。', 20, '亿元', undefined, '完成投资'],
    ['城镇新增就业3000余名。', 3000, '名', '余', '城镇新增就业'],
    ['培训党员干部2万余人次。', 2, '万人次', '余', '培训党员干部'],
    ['接待游客10余万人。', 10, '万人', '余', '接待游客'],
    ['制定20余项援企稳岗配套政策。', 20, '项', '余', '援企稳岗配套政策'],
  ])('reads %s', (paragraph, value, unit, qualifier, label) => {
    expect(figure(paragraph)).toMatchObject({ kind: 'count', value, unit, label, ...(qualifier ? { qualifier } : {}) });
    if (!qualifier) expect(figure(paragraph).qualifier).toBeUndefined();
  });

  it('names what is counted from both sides when little follows the unit', () => {
    expect(figure('出台激励干部担当作为21条措施。')).toMatchObject({ value: 21, label: '出台激励干部担当作为措施' });
  });
});

describe('figures: Chinese numerals', () => {
  it.each([
    ['金隅冀东、尧柏两条万吨水泥熟料生产线加快建设。', 2, '条', undefined],
    ['举办农民丰收节等活动十余场。', 10, '场', '余'],
    ['全年培训党员干部两万余人次。', 20000, '人次', '余'],
    ['连续两年获评“最具投资营商价值城市”。', 2, '年', undefined],
  ])('reads %s', (paragraph, value, unit, qualifier) => {
    expect(figure(paragraph)).toMatchObject({ kind: 'count', value, unit });
    expect(figure(paragraph).qualifier).toBe(qualifier);
  });

  it('leaves numerals that are words alone, silently', () => {
    expect(findFigures('一揽子项目开工建设，城乡一体化，“一村一研判”。')).toEqual({ figures: [], unused: [] });
  });
});

describe('figures: hedges', () => {
  it.each([
    ['预计全社会固定资产投资增长5%。', '预计', '预计全社会固定资产投资增长5%'],
    ['粮食总产量约12.6万吨。', '约', '粮食总产量约12.6万吨'],
    ['新增学位近5000个。', '近', '新增学位近5000个'],
    ['民生支出占比达到80%以上。', '以上', '民生支出占比达到80%以上'],
    ['城镇登记失业率控制在4%以内。', '以内', '城镇登记失业率控制在4%以内'],
  ])('reads the hedge of %s', (paragraph, qualifier, quote) => {
    expect(figure(paragraph)).toMatchObject({ qualifier, quote });
  });

  it('does not take 约 in 节约 or 近 in 最近 for a hedge', () => {
    expect(figure('节约用水300吨。').qualifier).toBeUndefined();
    expect(figure('最近3年新建学校8所。').qualifier).toBeUndefined();
  });
});

describe('figures: ranks', () => {
  it('reads a rank among named peers, with their number when the text states it', () => {
    expect(figure('空气质量优良天数居关中五市第一。')).toEqual({
      kind: 'rank',
      value: 1,
      unit: '',
      peers: '关中五市',
      outOf: 5,
      label: '空气质量优良天数',
      quote: '空气质量优良天数居关中五市第一',
    });
    expect(figure('综合指数位列汾渭平原11个地市第一。')).toMatchObject({ peers: '汾渭平原11个地市', outOf: 11 });
  });

  it('reads 位居全省第一 and 在全省排名第二', () => {
    expect(figure('增速位居全省第一。')).toMatchObject({ kind: 'rank', value: 1, peers: '全省', label: '增速' });
    expect(figure('增速在全市排名第二。')).toMatchObject({ kind: 'rank', value: 2, peers: '全市', label: '增速' });
  });

  it('makes no figure of a position without peers', () => {
    expect(findFigures('运用第一、二种形态处理干部。').figures).toEqual([]);
  });
});

describe('figures: numbers that are not figures', () => {
  it('lists years, dates, names and ordinals with why', () => {
    expect(reasons('2020年，我市在11月24日召开会议，参加第十届活动周，创建87周年活动。')).toEqual([
      ['2020年', 'a year'],
      ['11月', 'a date or time'],
      ['24日', 'a date or time'],
      ['第十届', 'names something (…届)'],
      ['87周年', 'no unit the importer knows follows it'],
    ]);
  });

  it('leaves numbers in quotation marks and titles, and names like 5G and “11·4”', () => {
    expect(findFigures('深入推进“三年行动”，汲取“11·4”事故教训，5G基站建成。').figures).toEqual([]);
  });

  it('lists the total of a list ending in 等 rather than making it a figure', () => {
    expect(reasons('开展市场监管等5个领域综合行政执法改革。')).toEqual([
      ['5个', 'the total of a list ending in 等: promote it if it is a headline figure'],
    ]);
  });

  it('lists bounds of what follows (…以上 before a noun), which state no amount', () => {
    expect(findFigures('其中10亿元以上项目6个。').figures.map((f) => [f.value, f.unit])).toEqual([[6, '个']]);
    expect(reasons('实现20户以上自然村通硬化路全覆盖。')).toEqual([
      ['20户以上', 'a bound (…以上, …以下) of what follows it, not an amount the text states'],
    ]);
  });

  it('leaves numerals that are part of a phrase or a name alone (一村一品, 二期, 三次产业, 二次会议, 两位数)', () => {
    expect(findFigures('推动一村一品，厂房二期建成，三次产业结构调整为11∶42∶47。').figures).toEqual([]);
    expect(findFigures('完成了区六届人大二次会议确定的目标任务，保持两位数增长。').figures).toEqual([]);
  });

  it('lists a span of time and the name of a plan, which count nothing', () => {
    expect(reasons('近3年来，全县新增企业12家。')).toEqual([
      ['3年', 'a span of time or the name of a plan (…年来, …年行动)'],
    ]);
    expect(findFigures('实施三年行动计划。').figures).toEqual([]);
    expect(figure('连续5年保持增长。')).toMatchObject({ value: 5, unit: '年' });
  });

  it('makes the total of a list ending in 等 a figure when it counts what was done, with a note', () => {
    expect(figure('云溪高新区标准化厂房二期等28个项目建成投用。')).toMatchObject({
      value: 28,
      unit: '个',
      note: 'the total of a list ending in 等: keep it if it is a headline figure',
    });
  });
});

describe('figures: the units and hedges of the genre', () => {
  it.each([
    ['实际使用外资1.2亿美元。', 1.2, '亿美元'],
    ['实际使用外资8600万美元。', 8600, '万美元'],
    ['金融机构本外币存款余额达到1.12万亿元。', 1.12, '万亿元'],
    ['出让经营性用地18宗。', 18, '宗'],
    ['新改建农村公路186公里。', 186, '公里'],
    ['完成营造林1.2万公顷。', 1.2, '万公顷'],
    ['新能源装机容量达到210万千瓦。', 210, '万千瓦'],
    ['全年发电量达到52.6亿千瓦时。', 52.6, '亿千瓦时'],
    ['集装箱吞吐量达到150万标准箱。', 150, '万标准箱'],
    ['海铁联运量完成18.6万标箱。', 18.6, '万标箱'],
    ['煤炭产量1800万吨。', 1800, '万吨'],
    ['改造老旧小区58.3万平方米。', 58.3, '万平方米'],
    ['接待游客320万人次。', 320, '万人次'],
    ['开行中欧班列126列。', 126, '列'],
    ['航班起降3.6万架次。', 3.6, '万架次'],
    ['年输气能力12亿立方米。', 12, '亿立方米'],
    ['牲畜存栏126万头只。', 126, '万头只'],
    ['审批时限压缩至5个工作日。', 5, '个工作日'],
    ['急救平均响应时间缩短至12分钟。', 12, '分钟'],
  ])('reads %s', (paragraph, value, unit) => {
    expect(figure(paragraph)).toMatchObject({ kind: 'count', value, unit });
  });

  it('reads percentage points as a rate, a fall as a negative one', () => {
    expect(figure('城镇化率比上年提高1.3个百分点。')).toMatchObject({ kind: 'rate', value: 1.3, unit: '个百分点' });
    expect(figure('失业率比上年下降0.4个百分点。')).toMatchObject({ kind: 'rate', value: -0.4, unit: '个百分点' });
  });

  it.each([
    ['增长6.8%左右。', '左右', '增长6.8%左右'],
    ['有进出口实绩的企业超3000家。', '超', '有进出口实绩的企业超3000家'],
    ['床位超过4200张。', '超过', '床位超过4200张'],
    ['带动逾2万户牧民增收。', '逾', '带动逾2万户牧民增收'],
    ['茶叶综合产值突破2亿元。', '突破', '茶叶综合产值突破2亿元'],
    ['失业率控制在3.5%以下。', '以下', '失业率控制在3.5%以下'],
    ['全县民宿发展到300多家。', '多', '全县民宿发展到300多家'],
  ])('reads the hedge of %s', (paragraph, qualifier, quote) => {
    expect(figure(paragraph)).toMatchObject({ qualifier, quote });
  });

  it('does not take 超 in 赶超 for a hedge', () => {
    expect(figure('赶超3家同行。').qualifier).toBeUndefined();
  });
});

describe('figures: phrases that state several', () => {
  const read = (paragraph: string) => findFigures(paragraph).figures.map((f) => [f.quote, f.value, f.unit, f.label]);

  it('reads number-first phrases: what the number counts follows it', () => {
    expect(read('41个项目竣工投产，229个项目开工建设。')).toEqual([
      ['41个项目竣工投产', 41, '个', '项目竣工投产'],
      ['229个项目开工建设', 229, '个', '项目开工建设'],
    ]);
  });

  it('gives each item of a list its own quote, and a label from the first where it has none', () => {
    expect(read('出让工业用地26宗、1860亩。')).toEqual([
      ['出让工业用地26宗', 26, '宗', '出让工业用地'],
      ['1860亩', 1860, '亩', '出让工业用地'],
    ]);
    expect(read('改造老旧小区112个、惠及居民1.8万户。')).toEqual([
      ['改造老旧小区112个', 112, '个', '改造老旧小区'],
      ['惠及居民1.8万户', 1.8, '万户', '惠及居民'],
    ]);
  });

  it('names each of a list after 分别 by its own subject', () => {
    expect(read('规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长9.8%、12.3%、10.6%。')).toEqual([
      ['规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长9.8%', 9.8, '%', '规模以上工业增加值增长'],
      ['12.3%', 12.3, '%', '固定资产投资增长'],
      ['10.6%', 10.6, '%', '社会消费品零售总额增长'],
    ]);
    expect(read('接待游客320万人次，实现旅游综合收入28.6亿元，分别增长15.2%和18.4%。').slice(2)).toEqual([
      ['分别增长15.2%', 15.2, '%', '接待游客增长'],
      ['18.4%', 18.4, '%', '旅游综合收入增长'],
    ]);
    expect(read('全年规模以上工业增加值、固定资产投资分别增长9.8%、12.3%。').map((f) => f[3])).toEqual([
      '规模以上工业增加值增长',
      '固定资产投资增长',
    ]);
  });

  it('keeps 预计 in the quote of every item of a list it stands before, as the build checks a qualifier', () => {
    const { figures } = findFigures('预计全年地区生产总值完成318.6亿元、增长5.4%，一般公共预算收入完成21.37亿元。');
    expect(figures.map((f) => [f.quote, f.value, f.qualifier, f.label])).toEqual([
      ['预计全年地区生产总值完成318.6亿元', 318.6, '预计', '地区生产总值'],
      ['预计全年地区生产总值完成318.6亿元、增长5.4%', 5.4, '预计', '地区生产总值增长'],
      ['一般公共预算收入完成21.37亿元', 21.37, undefined, '一般公共预算收入'],
    ]);
  });
});

describe('figures: labels', () => {
  const labels = (paragraph: string) => findFigures(paragraph).figures.map((f) => f.label);

  it('name an item of a list of figures by the words before its colon, and quote them', () => {
    const { figures } = findFigures('▶ 农村居民人均可支配收入：21560元，增长7.2%');
    expect(figures.map((f) => [f.label, f.quote, f.start])).toEqual([
      ['农村居民人均可支配收入', '农村居民人均可支配收入：21560元', 2],
      ['农村居民人均可支配收入增长', '增长7.2%', 21],
    ]);
    expect(labels('产业发展：全年新增企业7190户。')).toEqual(['新增企业']);
  });

  it('leave out 预计 written between the subject and its verb', () => {
    expect(labels('地区生产总值预计达到865.2亿元，同比增长6.1%。')).toEqual(['地区生产总值', '地区生产总值增长']);
  });

  it('name a growth by its subject, never 增长 or 同比增长 alone', () => {
    expect(labels('全年地区生产总值达到412.6亿元，同比增长6.3%；一般公共预算收入完成31.2亿元，增长8.1%。')).toEqual([
      '地区生产总值',
      '地区生产总值增长',
      '一般公共预算收入',
      '一般公共预算收入增长',
    ]);
    expect(labels('外贸进出口总额增长12.5%。')).toEqual(['外贸进出口总额增长']);
  });

  it('name a rank, a total or a share that names no subject by the figure before it', () => {
    expect(labels('规模以上工业增加值增长9.2%，增速居全省第三。')).toEqual([
      '规模以上工业增加值增长',
      '规模以上工业增加值增速',
    ]);
    expect(labels('新增规模以上工业企业63家，总数达到712家。')).toEqual([
      '新增规模以上工业企业',
      '规模以上工业企业总数',
    ]);
    expect(labels('全县民生支出达到31.6亿元，占一般公共预算支出的比重为82.3%。')).toEqual([
      '民生支出',
      '民生支出占一般公共预算支出的比重',
    ]);
  });

  it('do not take a subject across sentences', () => {
    expect(labels('全县地区生产总值达到236.8亿元。增长6.1%。')).toEqual(['地区生产总值', '增长']);
  });
});

describe('figures: quotes', () => {
  it('quotes the clause, and keeps quotation marks inside it whole', () => {
    expect(figure('全面实现“设立一日办结，注销当场办结”，连续两年获评“最具价值城市”。').quote).toBe(
      '连续两年获评“最具价值城市”',
    );
  });

  it('gives each figure its part of a list when a clause states several', () => {
    const { figures } = findFigures('全年新增企业7190户、个体工商户1.2万户。');
    expect(figures.map((f) => [f.quote, f.start])).toEqual([
      ['全年新增企业7190户', 0],
      ['个体工商户1.2万户', 12],
    ]);
  });

  it('keeps the figure in digits where two share a phrase that cannot be split', () => {
    const { figures, unused } = findFigures('查处违反中央八项规定精神问题23起。');
    expect(figures.map((f) => f.value)).toEqual([23]);
    expect(unused.map((u) => u.reason)).toEqual(['stated in the same phrase as another figure']);
  });

  it('splits a count stated first from what the things it counts did, each with its quote', () => {
    const { figures, unused } = findFigures('32个省市重点项目完成投资108.6亿元。');
    expect(figures.map((f) => [f.quote, f.value, f.unit, f.label, f.start])).toEqual([
      ['32个省市重点项目', 32, '个', '省市重点项目', 0],
      ['完成投资108.6亿元', 108.6, '亿元', '省市重点项目完成投资', 9],
    ]);
    expect(unused).toEqual([]);
    // Not where a verb comes before the count: its things did not do the rest.
    expect(findFigures('实施32个项目完成投资108.6亿元。').figures.map((f) => f.value)).toEqual([32]);
  });

  it('takes an amount followed by 的 for what another figure counts, not for the figure', () => {
    const { figures, unused } = findFigures('其中超过50万元的村达到9个。');
    expect(figures.map((f) => [f.value, f.unit, f.label])).toEqual([[9, '个', '超过50万元的村']]);
    expect(unused.map((u) => [u.text, u.reason])).toEqual([
      ['超过50万元', 'tells what another figure counts (…的): not an amount the text states'],
    ]);
  });
});
