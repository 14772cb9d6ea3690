/** Every word of the search's interface, in one place: the page, its script and the query's messages. */
export const SEARCH_TEXT = {
  /** The header's link to the search page, and the page's heading. */
  title: '搜索',
  description: '在全文中查找字词和数字，直达它所在的段落或数据。',
  label: '查找字词或数字',
  submit: '搜索',
  hint: '按 / 键开始输入，按 Esc 键清除。',
  noScript: '搜索需要浏览器运行 JavaScript。可以从各部分阅读全文：',
  tryOther: '可以换一个字词，或从各部分阅读全文：',
  /** Marks a result that is a figure card rather than a passage of the text. */
  figure: '数据',
  loadFailed: '未能载入搜索索引，请刷新页面再试。',
  found: (count: number) => `找到${count}处：`,
  notFound: (query: string) => `没有找到“${query}”。`,
  empty: '请输入要查找的字词或数字。',
  nothingToFind: (query: string) => `“${query}”里没有可查找的字：请输入汉字、数字或字母。`,
  tooLong: (length: number, max: number) => `要查找的字词最多${max}个字，现在有${length}个字。`,
};
