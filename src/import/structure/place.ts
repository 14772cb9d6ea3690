/**
 * The review's year and place. The year: a heading or sentence that names
 * the year reviewed (2021年工作回顾), else the head (回眸2020年的铜川), where
 * a report's date (——2022年1月12日在…会议上, 2022年政府工作报告) looks back
 * on the year before; else the text's own year, history (2009年被确定为…)
 * aside. The place: the head (北岭区2023年…, 青原：…, 在青原市第十五届…),
 * written as the text writes it (青原市), else the place the text names most.
 */
import { digitYear } from '../../lib/numbers';
import { yearReviewed } from '../../lib/report-year';

const YEAR = /((?:19|20)\d{2})(?:年|(?![\d.年月]))/;
/** The year a report reviews, as it says: 2021年工作回顾, 回顾2021年. */
const REVIEWED = /((?:19|20)\d{2})年(?:工作|经济社会发展)?(?:回顾|总结)|回顾((?:19|20)\d{2})年/;
/** A year that tells history, not the year reviewed: 2009年被确定为, 2015年撤县设区, 自2015年以来. */
const HISTORY = /^(?:年?(?:被|撤|建|设|成立|获批|列入|入选|起|以来|至|—|-|~|到)|年[^，。]{0,12}以来)/;

const SUFFIX = '市县区镇州旗乡盟';
const PLACE = new RegExp(`^[\\u4e00-\\u9fff]{2,4}?[${SUFFIX}]`);
/** Words ending like a place that are not one (开发区, 城市, 城乡 …), and starts that make a phrase (全市, 我县). */
const NOT_PLACE =
  /^(?:开发|示范|园|景|城|社|片|山|库|灾|保税|自贸|功能|试验|核心|老城|主城|新城|高新|经开|工业|产业|商业|风景|旅游|生态|保护|服务|先行|集聚|城关|街道|农村|城乡|乡镇|城镇|省|地|县|市|都|超|夜|上|集|股|家|故|下|返|重|古|名|红|国|党|神)$|^[全我本该各此其每两三四五六七八九十一多邻周副]/;

/** A year written digit by digit in numerals (二〇二三年) read in digits, for finding the year only. */
const inDigits = (words: string) =>
  words.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (run) => String(digitYear(run) ?? run));

/** The year the article reviews, and where it was found, or undefined. */
export function findYear(
  headWords: string[],
  textWords: string[],
): { year: number; from: 'text' | 'head' | 'date' } | undefined {
  const [head, text] = [headWords.map(inDigits), textWords.map(inDigits)];
  for (const words of [...text, ...head]) {
    const m = REVIEWED.exec(words);
    const year = m?.[1] ?? m?.[2];
    if (year) return { year: Number(year), from: 'text' };
  }
  for (const words of head) {
    const reviewed = yearReviewed(words);
    if (reviewed) return { year: reviewed, from: 'date' };
    const stated = YEAR.exec(words)?.[1];
    if (stated) return { year: Number(stated), from: 'head' };
  }
  // The year the text states most, history and dates aside; at a paragraph's start (2021年，…) it counts thrice.
  const counts = new Map<number, number>();
  for (const words of text) {
    for (const m of words.matchAll(/(?:19|20)\d{2}(?=年)/g)) {
      const after = words.slice(m.index + 4);
      if (HISTORY.test(after) || /^年\d{1,2}月/.test(after) || /[—\-~至到]$/.test(words.slice(0, m.index))) continue;
      const weight = m.index === 0 ? 3 : 1;
      counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + weight);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  return best === undefined ? undefined : { year: best, from: 'text' };
}

/** A place named in a line of the head, with or without its 市/县/区 …. */
function placeInHead(words: string): string | undefined {
  const patterns = [
    /(?:19|20)\d{2}年的([\u4e00-\u9fff]{2,6})$/, // 回眸2020年的铜川
    new RegExp(`(?:19|20)\\d{2}年的?([\\u4e00-\\u9fff]{2,5}?[${SUFFIX}])`), // 2022年临河县工作回顾
    new RegExp(`([\\u4e00-\\u9fff]{2,5}?[${SUFFIX}])(?:[\\u4e00-\\u9fff]{0,2})?(?:19|20)\\d{2}年`), // 北岭区2023年…
    new RegExp(`在([\\u4e00-\\u9fff]{2,5}?[${SUFFIX}])第`), // 在青原市第十五届人民代表大会…
    new RegExp(`^([\\u4e00-\\u9fff]{2,5}?[${SUFFIX}])(?:人民)?政府工作报告`), // 岳川县政府工作报告
    /^([\u4e00-\u9fff]{2,5})[：:]/, // 青原：稳中求进开新局
    /([\u4e00-\u9fff]{2,4})这一年/, // 石门镇这一年
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(words)?.[1];
    if (found && !NOT_PLACE.test(found.replace(new RegExp(`[${SUFFIX}]$`), ''))) return found;
  }
  return undefined;
}

/** Places the text names after a break (2022年，云溪县上下…), counted. */
function placesInText(text: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of text) {
    for (const m of words.matchAll(/(?:^|[，。；：、“（\s在是了])(?=[\u4e00-\u9fff])/g)) {
      const place = PLACE.exec(words.slice(m.index + m[0].length))?.[0];
      if (!place || NOT_PLACE.test(place.slice(0, -1))) continue;
      counts.set(place, (counts.get(place) ?? 0) + 1);
    }
  }
  return counts;
}

/** The place the review is about, as the article writes it; undefined where it names none. */
export function findCity(head: string[], text: string[] = []): string | undefined {
  const inText = placesInText(text);
  const headed = head.map(placeInHead).find(Boolean);
  if (headed) {
    if (new RegExp(`[${SUFFIX}]$`).test(headed)) return headed;
    // 青原 in the head, 青原市 in the text: the text's form.
    const written = [...inText.keys()].find((p) => p.slice(0, -1) === headed);
    return written ?? headed;
  }
  return [...inText.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
