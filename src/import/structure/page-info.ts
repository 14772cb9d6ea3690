/**
 * The lines a newspaper's web page prints around an article copied from it
 * (来源：苇川日报　作者：谭一帆　发布时间：2024-01-08 09:12, 编辑：景安,
 * 字号：大 中 小): the page's, not the article's words. The importer takes
 * the publication (来源) and the writer (作者) from them, publishes none of
 * it as text, and says so.
 */
import { readByline, type Byline } from './bylines';

/** The fields such a line is made of, each written 字段：value. */
const FIELDS = [
  '来源',
  '稿源',
  '作者',
  '记者',
  '通讯员',
  '发布时间',
  '发布日期',
  '时间',
  '日期',
  '编辑',
  '责任编辑',
  '责编',
  '审核',
  '校对',
  '字号',
  '浏览次数',
  '浏览',
  '阅读',
  '点击',
] as const;
const FIELD = new RegExp(`(?:^|\\s)(${FIELDS.join('|')})[：:]`, 'g');

export interface PageInfo {
  /** 来源: the paper or site the article was published in. */
  publication?: string;
  /** 作者, 记者, 通讯员 read as a byline. */
  byline?: Byline;
}

/** A line made only of the page's fields, or undefined. */
export function readPageInfo(line: string): PageInfo | undefined {
  const marks = [...line.matchAll(FIELD)];
  if (!marks.length || (marks[0]?.index ?? 0) !== 0) return undefined;
  const fields = marks.map((m, i) => {
    const name = m[1] ?? '';
    const from = (m.index ?? 0) + m[0].length;
    return { name, value: line.slice(from, marks[i + 1]?.index ?? line.length).trim() };
  });
  if (fields.some((f) => !f.value || f.value.length > 30 || /[。！？]/.test(f.value))) return undefined;
  const info: PageInfo = {};
  const publication = fields.find((f) => f.name === '来源' || f.name === '稿源')?.value;
  if (publication) info.publication = publication;
  const credits = fields
    .filter((f) => ['作者', '记者', '通讯员'].includes(f.name))
    .map((f) => `${f.name}：${f.value}`)
    .join(' ');
  const byline = credits ? readByline(credits) : undefined;
  if (byline) info.byline = byline;
  return info;
}
