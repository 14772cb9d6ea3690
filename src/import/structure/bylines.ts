/**
 * Bylines in the forms newsrooms print them: 本报记者 赵明远 通讯员 孙悦,
 * 记者 陈思远 报道, 文/乌兰图雅, ■ 何静 林涛, （记者 郑可欣 何川） at a
 * paragraph's end, 本报讯（记者 李晓东）at its start; and the speaker of a
 * government work report (青原市人民政府市长 周立群), who is not a reporter.
 */
import { LEADING_MARK } from '../figures/words';

/** Who is credited, as printed, and the names after it. */
export interface Credit {
  role: string;
  names: string[];
}

export interface Byline {
  /** The byline's words without brackets or a leading mark (本报记者 赵明远 通讯员 孙悦). */
  printed: string;
  credits: Credit[];
  /** The reporters it names: 记者 and whoever wrote it (文/, ■, … 报道), not 通讯员, 实习生 or a photographer. */
  reporters: string[];
  /** How it separates names: the site joins the reporters the same way. */
  separator: ' ' | '、';
  /** The speaker of a government work report (市长 …): no reporter. */
  speaker?: boolean;
}

const ROLE_WORDS =
  '(?:本报|本刊|本台|本网)?(?:特约|首席|见习|全媒体|融媒体|融媒|全媒|摄影)?(?:记者|通讯员|实习生|实习记者)';
/** Others a byline credits, who are not reporters: 摄影 李强, 责任编辑 王芳. */
const OTHER_ROLES = '摄影|摄像|图片|制图|视频|编辑|责任编辑|责编|审核|统筹|策划';
const ROLE = new RegExp(`^(?:${ROLE_WORDS}|${OTHER_ROLES})$`);
/** Credits before a slash: 文/, 文/图 …, 撰文/, 图/. */
const SLASH = /^(文字|撰文|文\/图|文·图|文图|文|图|摄影|摄)\s*[/／]\s*/;
/** A name: Chinese characters, or a transcribed name with a middle dot (阿依古丽·买买提). */
const NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}$/;
/** The first character (or two) of a name: the surnames a name-only byline (■ 何静 林涛) must start with. */
const SURNAMES =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟言福';
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '呼延',
  '独孤',
  '南宫',
  '轩辕',
];
/** The speaker of a government work report: 市长, 代县长 …, with the government's name before it. */
const SPEAKER =
  /^((?:[\u4e00-\u9fff]{2,12}?人民政府)?(?:代理|代)?(?:[\u4e00-\u9fff]{2,6}?)?(?:市|县|区|州|旗|盟|镇|乡)长)\s*(.+)$/;

const looksLikeName = (word: string) =>
  NAME.test(word) && (SURNAMES.includes(word[0] ?? '') || COMPOUND_SURNAMES.some((s) => word.startsWith(s)));

/** The words of a byline, split where it separates names (spaces, 、, ，), with roles set apart (记者赵明远). */
function words(text: string): { words: string[]; separator: ' ' | '、' } {
  const separator = /[、，,]/.test(text) ? '、' : ' ';
  const spaced = text.replace(new RegExp(`(${ROLE_WORDS})(?=[\\u4e00-\\u9fff])`, 'g'), '$1 ');
  return { words: spaced.split(/[\s、，,]+/).filter(Boolean), separator };
}

/** Credits from words: each role takes the names after it; names before any role take the role given. */
function credits(list: string[], first: string): Credit[] | undefined {
  const out: Credit[] = [];
  for (const word of list) {
    if (ROLE.test(word)) out.push({ role: word, names: [] });
    else if (word === '报道' || word === '摄') continue;
    else if (NAME.test(word)) {
      if (!out.length) out.push({ role: first, names: [] });
      out.at(-1)?.names.push(word);
    } else return undefined;
  }
  return out.length && out.every((c) => c.names.length) ? out : undefined;
}

function reporters(list: Credit[]): string[] {
  return list
    .filter((c) => /^(?:文|文字|撰文|文\/图|文·图|文图|)$/.test(c.role) || /记者$/.test(c.role))
    .filter((c) => !/摄影/.test(c.role))
    .flatMap((c) => c.names);
}

const made = (printed: string, list: Credit[], separator: ' ' | '、'): Byline => ({
  printed,
  credits: list,
  reporters: reporters(list),
  separator,
});

/**
 * A byline standing for a whole line (or a bracket's content): 本报记者 赵明远,
 * 记者 陈思远 报道, 文/X, ■ X Y, （记者 X 通讯员 Y）. Undefined for anything else.
 */
export function readByline(line: string): Byline | undefined {
  const bare = line
    .trim()
    .replace(/^[（(]\s*(.*?)\s*[）)]$/, '$1')
    .trim();
  const marked = LEADING_MARK.test(bare);
  /**
   * The words as printed, which the site shows; `text` is read, with each
   * 记者：X, 文：X, 文丨X or 摄影 | Y read as 记者 X, 文/X and 摄影 Y.
   */
  const printed = bare.replace(LEADING_MARK, '').trim();
  const text = printed.replace(
    new RegExp(`(^|\\s)(${ROLE_WORDS}|${OTHER_ROLES}|文|撰稿|撰文|作者)\\s*[：:丨|｜]\\s*`, 'g'),
    (_, space: string, role: string) => `${space}${/^(?:文|撰稿|撰文|作者)$/.test(role) ? '文/' : `${role} `}`,
  );
  if (!text || text.length > 40 || /[。！？；：“”《》]/.test(text)) return undefined;

  const slash = SLASH.exec(text);
  if (slash) {
    // 文/X 图/Y: each slash credit is a role.
    const parts = text.split(/\s+(?=(?:文字|撰文|文|图|摄影|摄)\s*[/／])/);
    const list: Credit[] = [];
    for (const part of parts) {
      const role = SLASH.exec(part)?.[1] ?? '';
      const { words: names } = words(part.replace(SLASH, ''));
      const found = credits(names, role);
      if (!found) return undefined;
      list.push(...found);
    }
    return made(printed, list, words(text).separator);
  }

  const { words: list, separator } = words(text.replace(/\s*报道$/, ' 报道'));
  if (list.some((w) => ROLE.test(w))) {
    const found = credits(list, '');
    return found ? made(printed, found, separator) : undefined;
  }
  // Without a role, the names must read as names: 陈思远 报道, ■ 何静 林涛 (but not 专题报道).
  const names = list.filter((w) => w !== '报道');
  const named = names.length > 0 && names.length <= 6 && names.every(looksLikeName);
  if (named && (marked || list.at(-1) === '报道')) return made(printed, [{ role: '', names }], separator);
  const speaker = SPEAKER.exec(text);
  const spoken = speaker?.[2] ? words(speaker[2]).words : [];
  if (speaker && spoken.length && spoken.every((n) => NAME.test(n))) {
    return {
      printed,
      credits: [{ role: speaker[1] ?? '', names: spoken }],
      reporters: [],
      separator,
      speaker: true,
    };
  }
  return undefined;
}

/**
 * Whether a byline credits someone who wrote the text (记者, 通讯员, 文/ …)
 * or the speaker of a report, and not only a photographer or an editor
 * (摄影 韦晨, 责任编辑：石澜), whom a section's byline does not name alone.
 */
export function creditsWriter(byline: Byline): boolean {
  return byline.speaker === true || byline.reporters.length > 0 || byline.credits.some((c) => WRITER.test(c.role));
}
const WRITER = new RegExp(`^${ROLE_WORDS}$`);

/** A byline in brackets at the end of a paragraph: …全面升级。（记者 段海洲）, not a photo's credit (…一角。（摄影 韦晨）). */
export function bylineAtEnd(paragraph: string): Byline | undefined {
  const bracket = /[（(]([^（）()]{2,40})[）)]\s*$/.exec(paragraph);
  if (!bracket?.[1] || bracket.index === 0) return undefined;
  const byline = readByline(bracket[1]);
  return byline && creditsWriter(byline) ? byline : undefined;
}

/** The dateline a news story opens with: 本报讯（记者 李晓东 通讯员 张婷）…, 本报讯 记者 X 报道：… */
export function bylineAtStart(paragraph: string): Byline | undefined {
  const bracketed = /^本报讯\s*[（(]([^（）()]{2,40})[）)]/.exec(paragraph);
  if (bracketed?.[1]) return readByline(bracketed[1]);
  const reported = /^本报讯\s*(.{2,30}?报道)\s*[：:]/.exec(paragraph);
  return reported?.[1] ? readByline(reported[1]) : undefined;
}

/** Two bylines as one: a head's 本报记者 X with a line 通讯员 Y under it. */
export function joinBylines(a: Byline | undefined, b: Byline): Byline {
  if (!a) return b;
  return {
    ...a,
    printed: `${a.printed} ${b.printed}`,
    credits: [...a.credits, ...b.credits],
    reporters: [...a.reporters, ...b.reporters],
  };
}
