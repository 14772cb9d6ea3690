/**
 * Every word the site writes of its own, as opposed to the article's:
 * labels, links, notes, messages. Change the wording here and it changes
 * everywhere; a traditional-characters edition or a second language would
 * be a second set of these. Grouped by where the words appear, so a
 * browser bundle that needs one group (the chart code, the search) carries
 * only it; the share controls, on every page, get theirs from data
 * attributes their components write from here and carry none.
 */

/** The page around the article: header, footer, skip link, the way back online. */
export const site = {
  skipToMain: '跳到正文',
  sectionsNav: '各部分',
  footerNav: '更多',
  overview: '总览',
  printEdition: '打印版',
  dataCsv: '数据（CSV）',
  dataJson: '数据（JSON）',
  /** Before the source's heading, in the footer and on the cover. */
  source: '原文',
  reporter: '记者',
  byline: (reporter: string) => `记者 ${reporter}`,
  onlineThisPage: '在线阅读本页',
  onlineThisSection: '在线阅读本部分',
  onlineWhole: '在线阅读全文',
} as const;

/** The overview. */
export const overview = {
  sections: '分述',
  numbers: (year: number) => `数说${year}`,
  charts: (year: number) => `图说${year}`,
  more: '打印与数据',
  printLink: '打印版：全文一页，适合打印',
  allDataCsv: '全部数据（CSV，可用电子表格打开）',
  allDataJson: '全部数据（JSON）',
} as const;

/** A section's page. */
export const section = {
  figures: '本部分数据',
  correctionMark: '〔注〕',
  correction: '编者更正',
  correctionNote: '编者注：',
  pagerNav: '上一部分与下一部分',
  previous: '上一部分',
  next: '下一部分',
  backToOverview: '返回总览',
  seeSource: '见原文',
} as const;

/** A figure as a card or a chart writes it. */
export const figure = {
  /** Before a rank's position: 第1. */
  rankBefore: '第',
} as const;

/** Sharing: the share control, heading links, QR codes. */
export const share = {
  pageLink: '本页链接',
  copyLink: '复制链接',
  share: '分享',
  copied: '链接已复制',
  copiedShort: '已复制',
  notCopied: '未能自动复制，请长按或手动复制地址：',
  linkToFigure: (label: string) => `链接到本数据：${label}`,
  linkToTopic: (lead: string) => `链接到本段：${lead}`,
  qrLabel: (section: string, url: string) => `「${section}」网址的二维码：${url}`,
  scanToRead: '用手机扫码，阅读本部分',
  /** In WeChat, which shares a page from its own menu and nowhere else. */
  weChatHint: '点击右上角「···」发送给朋友或分享到朋友圈',
} as const;

/** Posters: the tall pictures readers save and send in WeChat, and the page that shows each. */
export const poster = {
  /** Beside the QR code on every poster. */
  scanToRead: '长按识别二维码，阅读全文',
  /** The share control's link to the poster's page; on a figure card, with what it shows. */
  link: '海报',
  linkTo: (what: string) => `海报：${what}`,
  pageTitle: (what: string) => `海报：${what}`,
  saveHint: '长按图片保存，或发送给朋友',
  download: '下载海报（PNG）',
  back: (what: string) => `返回：${what}`,
} as const;

/** Embedding a chart in another site's page. */
export const embed = {
  control: '嵌入',
  instructions: '把以下代码粘贴到网页中，即可嵌入本图：',
  copyCode: '复制代码',
  copied: '代码已复制',
  notCopied: '未能自动复制，请手动选中代码复制。',
  /** On the framed chart, the way to the chart in its place. */
  viewOnSite: '在原报道中查看',
} as const;

/** A chart and its words: alternative text, table, source line, downloads. */
export const chart = {
  forms: {
    growth: '增速条形图',
    share: '占比条形图，满格为100%',
    rank: '名次图，每格一个名次',
    count: '数量条形图',
  },
  valueHeads: { growth: '增速', share: '占比', rank: '名次', count: '数量' },
  item: '项目',
  peers: '范围',
  rest: '其余',
  rank: (position: string) => `第${position}`,
  field: (size: string) => `（共${size}）`,
  showTable: '查看数据表',
  tableCaption: (title: string) => `${title}：数据`,
  source: '原文：',
  downloads: '下载：',
  csv: '数据（CSV）',
  png: '图片（PNG）',
  credit: (title: string, reporter: string) => `来源：${title}（记者 ${reporter}）`,
} as const;

/** The print edition and the PDF. */
export const print = {
  contents: '目录',
  colophon: '编辑说明',
  colophonSource: '原文',
  colophonText: '文字',
  colophonData: '数据',
  colophonFonts: '字体',
  colophonOnline: '在线版',
  /** The colophon's note on the text, as the importer writes it into review.yaml (textNote): what it changed. */
  textAsPrinted: (edits: string[]) => `全文照录原文${edits.map((e) => `，${e}`).join('')}。`,
  punctuationEdit: '半角标点改用中文全角标点',
  digitsEdit: '全角数字与字母改用半角',
  corrections: (kickers: string[]) => `编者的更正见${kickers.map((t) => `“${t}”`).join('、')}部分的编者注。`,
  dataFromText: '文中数字均出自原文。全部数据可在网上下载：',
  fonts:
    '打印版与PDF的文字用 Noto Sans SC（思源黑体）排印，字体随本项目提供（@fontsource/noto-sans-sc），按 SIL Open Font License 1.1 许可使用。',
  downloadPdf: (size: string) => `下载PDF（${size}）`,
  printFromBrowser: '也可用浏览器直接打印本页',
} as const;

/** The archive: every review, each place's years, and an indicator across them. */
export const archive = {
  /** The front page's heading and the site's name where no review is in view. */
  title: '年度回顾',
  description: (count: number) => `${count}篇年度回顾报道，逐年可查，数字均出自原文。`,
  intro: '每篇报道全文照录原文，按部分阅读、分享、打印；同一地方的同一项数据，逐年相连。',
  /** Before a review's place and year on its card: 铜川 · 2020年. */
  placeYear: (place: string, year: number) => `${place} · ${year}年`,
  featured: '主要数据',
  read: (title: string) => `阅读：${title}`,
  /** A place's page. */
  placeTitle: (place: string) => `${place}历年回顾`,
  placeDescription: (place: string, years: number[]) => `${place}${years.join('、')}年的年度回顾，以及逐年相连的数据。`,
  reviews: '各篇回顾',
  places: '按地方',
  placeSummary: (reviews: number, indicators: number) =>
    indicators ? `${reviews}篇回顾，${indicators}项数据逐年相连` : `${reviews}篇回顾`,
  indicators: '历年数据',
  /** In a review's header: the same place's other years. */
  otherYears: '其他年份',
  yearsNav: (place: string) => `${place}的各年回顾`,
  backToArchive: '全部回顾',
} as const;

/** One figure across a place's years: its card's other years, its page, its chart. */
export const indicator = {
  year: (year: number) => `${year}年`,
  otherYears: '其他年份：',
  seeAll: '历年数据',
  pageTitle: (label: string) => `${label}：历年数据`,
  pageDescription: (place: string, label: string, years: number[]) =>
    `${place}${label}，${years[0]}年至${years.at(-1)}年各年报道所述的数字。`,
  chartTitle: (label: string, years: number[]) => `${label}（${years[0]}—${years.at(-1)}年）`,
  chartSummary: (values: string[]) => `${values.join('，')}。`,
  note: '每年的数字是当年回顾报道所述，口径以原文为准；年份之间不作推算。',
  table: '各年数字与出处',
  yearHead: '年份',
  valueHead: '数字',
  sourceHead: '原文',
  /** Under an indicator chart's download: the reviews its values come from. */
  credit: (titles: string[]) => `来源：${titles.join('；')}`,
} as const;

/** A page at an old address, sending the reader on to its new one. */
export const moved = {
  title: '本页已迁至新地址',
  text: '本页现在的地址是：',
} as const;

/** The page for unknown addresses. */
export const notFound = {
  title: '页面未找到',
  text: '这个地址没有内容。可以从全部回顾或下列各篇继续阅读：',
} as const;

/** The search: its page, the header's link to it, and what it says about a query. */
export const search = {
  /** The header's link to the search page, and the page's heading. */
  title: '搜索',
  description: '在各篇回顾的全文中查找字词和数字，直达它所在的段落或数据。',
  label: '查找字词或数字',
  submit: '搜索',
  hint: '按 / 键开始输入，按 Esc 键清除。',
  noScript: '搜索需要浏览器运行 JavaScript。可以从各篇回顾阅读全文：',
  tryOther: '可以换一个字词，或从各篇回顾阅读全文：',
  /** Marks a result that is a figure card rather than a passage of the text. */
  figure: '数据',
  loadFailed: '未能载入搜索索引，请刷新页面再试。',
  found: (count: number) => `找到${count}处：`,
  /** While the other reviews' indexes are still arriving. */
  foundSoFar: (count: number) => `已找到${count}处，其他回顾还在查找……`,
  notFound: (query: string) => `没有找到“${query}”。`,
  empty: '请输入要查找的字词或数字。',
  nothingToFind: (query: string) => `“${query}”里没有可查找的字：请输入汉字、数字或字母。`,
  tooLong: (length: number, max: number) => `要查找的字词最多${max}个字，现在有${length}个字。`,
} as const;
