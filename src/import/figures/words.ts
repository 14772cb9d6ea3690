/** The words around a number that tell what it is: its unit, its kind, its hedge, a rank's verb, a label's subject. */

/**
 * Units the text writes after a number (after 万, 亿 or 万亿 where it has
 * one), longest first so 人次 wins over 人 and 标准箱 over 标箱.
 */
export const UNITS = [
  // money
  ...['美元', '欧元', '港元', '日元', '英镑', '元'],
  // land, length, volume, weight, energy
  ...['平方公里', '平方千米', '平方米', '立方米', '公顷', '亩', '公里', '千米', '米'],
  ...['吨标准煤', '标准煤', '吨', '公斤', '千克'],
  ...['千瓦时', '千瓦', '兆瓦', '度'],
  // containers, transport, people
  ...['标准箱', '标箱', '架次', '航次', '车次', '班次', '艘', '辆', '列', '趟'],
  ...['人次', '人', '名', '户', '家', '位'],
  // livestock, plants
  ...['头只', '头', '只', '羽', '匹', '株', '棵'],
  // things counted
  ...['个百分点', '个月', '个', '项', '条', '所', '件', '座', '处', '场', '次', '部', '套', '台', '批', '篇', '期'],
  ...['类', '种', '栋', '间', '张', '份', '起', '宗', '笔', '支', '盏', '床', '校', '村', '眼', '块'],
  // time, proportion
  ...['个工作日', '工作日', '分钟', '小时', '天', '年', '倍', '%', '‰'],
].sort((a, b) => b.length - a.length);

/** Marks a paper sets before a byline (■ 何静), a heading (◆ 产业兴镇) or an item of a list (▶ 粮食总产量：3.46万吨). */
export const LEADING_MARK = /^[■□◎●○▲△◆◇▶►▸★☆]\s*/;

/** Magnitudes between a number and its unit: 1.12万亿元, 1.2亿美元, 2.1万人. */
export const MAGNITUDE = /^(余|多)?(万亿|亿|万)?(余|多)?/;

/** Hedges written before the number (超过1000家, 逾2万户, 突破150万标准箱, 近3000户, 约860万元), longest first. */
export const BEFORE_HEDGES = ['超过', '突破', '超', '逾', '约', '近'] as const;
/** Hedges written after the unit: 80%以上, 4%以内, 3.5%以下, 6%左右. */
export const AFTER_UNIT_HEDGES = /^(以上|以内|以下|左右)/;
/** Words in which 约, 近 or 超 does not hedge: 节约3吨, 最近3年, 赶超. */
export const NOT_HEDGE = /[节制签预契公合条邀违履践特最附临靠将赶]$/;

export const GROWTH = /(增长|增加|上升|提高|提升|增速|增幅|下降|减少|降低|下滑|回落|收窄)$/;
export const DECLINE = /下降|减少|降低|下滑|回落|收窄/;
export const SHARE = /占|比重|比例|的$/;
/** Words linking a subject to its number (占比达到97.3%); 为 only where it is not part of a word (作为). */
export const LINKS = /(?:达到|达|(?<![作行成认视称以])为|了|至|到)+$/;
/** Words between a subject and its number that a label leaves out: 完成, 实现, 稳定在 … */
export const LABEL_LINKS =
  /(?:达到|达|(?<![作行成认视称以])为|了|至|到|完成|实现|稳定在|保持在|控制在|发展到|提高到|提升到|增加到|增至|提高至)+$/;
export const RANK_VERB = /(位居|位列|居于|稳居|跃居|名列|排名|排在|保持|居|列|排)([^，]*)$/;

/**
 * Words that name no subject of their own: a growth, rank or total stated
 * after another figure (…412.6亿元，同比增长6.3%; 增速居全省第三; 总数达到712家)
 * is named by that figure's subject.
 */
export const RELATIVE =
  /^(?:同比|同口径|比上年末?|较上年末?|比去年|较去年|比年初|较年初|分别|其中|全年|今年|当年|继续|仍然|仍|保持|稳定|连续|首次|持续)*(?:增长|增加|上升|提高|提升|增速|增幅|下降|减少|降低|下滑|回落|收窄|总量|总数|总额|总计|合计|规模|占比|比重|[高低]于全[省国市]平均水平|占.*)*$/;
/** Words before a subject that belong to the sentence, not to what is counted: 全年, 全市, 其中. */
export const SUBJECT_START =
  /^(?:全年|今年|去年|当年|全市|全县|全区|全州|全旗|全镇|全乡|全省|其中|累计|共|初步核算|预计)+/;

/** Verbs that start a count of new things (新增, 新开通 …): a total (总数达到46条) is of the things, not of the new ones. */
export const NEW_THINGS =
  /^(?:新(?:增|建|开通|培育|认定|登记|签约|引进|入驻|开工|改建|改扩建|设立|注册|上市|落地|成立)|累计|实施)/;

/** Verbs that make a total ending a list (…等28个项目) the subject of what follows: it counts what was done. */
export const DONE = /建成|投用|投产|竣工|开工|落地|签约|完工|开业|运营|获批|入选|获评|通过验收/;
