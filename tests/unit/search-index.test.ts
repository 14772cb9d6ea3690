import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/lib/search/documents';
import { createSearch } from '../../src/lib/search/engine';
import { parseQuery } from '../../src/lib/search/query';
import { plainText } from '../../src/lib/section-body';
import { joinBase, sectionPath } from '../../src/lib/urls';
import { loadSections } from '../helpers/content';

const sections = loadSections();
const index = searchIndex('铜川 · 2020年', sections, (slug) => joinBase('/review/2020/', sectionPath(slug)));
const search = createSearch(index);
const find = (raw: string) => {
  const parsed = parseQuery(raw);
  if ('error' in parsed) throw new Error(parsed.error);
  return search(parsed.terms);
};

describe('searchIndex', () => {
  it('holds every paragraph a reader sees, each in its section', () => {
    for (const [i, section] of sections.entries()) {
      const passages = index.documents.filter((d) => d.section === i && d.kind === 'text');
      const indexed = passages.map((d) => (d.anchor.endsWith('-heading') ? d.text : `${d.title}${d.text}`));
      expect(indexed.join('\n')).toBe(plainText(section.body));
    }
  });

  it('puts each topic under its anchor and the opening under the section’s heading', () => {
    const reform = index.documents.filter((d) => index.sections[d.section]?.path === '/review/2020/reform/');
    expect(reform.map((d) => d.anchor)).toEqual([
      'reform-heading',
      'key-reforms',
      'business-environment',
      'opening-up',
      'fig-new-firms',
      'fig-investment-award',
      'fig-trade-growth',
      'fig-trade-growth-rank',
    ]);
    expect(reform.find((d) => d.anchor === 'business-environment')?.title).toBe('优化提升营商环境。');
    expect(index.sections.map((s) => s.kicker)).toEqual(sections.map((s) => s.data.title));
  });

  it('gives each figure card what it shows: label, number and peers', () => {
    expect(index.documents.find((d) => d.anchor === 'fig-new-firms')).toMatchObject({
      kind: 'figure',
      title: '新增企业',
      text: '7190户',
    });
    expect(index.documents.find((d) => d.anchor === 'fig-air-quality-rank')?.text).toBe('第1 关中五市');
  });

  it('reads topics whatever the order of their attributes; text between topics goes with the one before', () => {
    const [first] = sections;
    if (!first) throw new Error('content has no sections');
    const body =
      '开头一段。\n\n<Topic lead="抓测试。" id="t1">\n第一段。\n\n第二段。\n</Topic>\n\n中间一段。\n\n<Topic id="t2" lead="抓其他。">\n末段。\n</Topic>\n';
    const docs = searchIndex('铜川 · 2020年', [{ data: { ...first.data, figures: [] }, body }], sectionPath).documents;
    expect(docs.map((d) => [d.anchor, d.title, d.text])).toEqual([
      [`${first.data.slug}-heading`, first.data.headline, '开头一段。'],
      ['t1', '抓测试。', '第一段。\n第二段。\n中间一段。'],
      ['t2', '抓其他。', '末段。'],
    ]);
  });
});

describe('createSearch', () => {
  it('finds a topic by its lead first, linking to its anchor with the hit as a text fragment', () => {
    const [first, ...rest] = find('营商环境');
    expect(first?.href).toBe(
      `/review/2020/reform/#business-environment:~:text=${encodeURIComponent('优化提升')}-,${encodeURIComponent('营商环境')},-${encodeURIComponent('。')}`,
    );
    expect(first?.section.kicker).toBe('聚焦深化改革开放');
    expect(first?.title).toEqual([
      { text: '优化提升', hit: false },
      { text: '营商环境', hit: true },
      { text: '。', hit: false },
    ]);
    expect(rest.map((r) => r.href.replace(/:~:.*/, ''))).toEqual(['/review/2020/party/#leadership']);
  });

  it('lists passages of the text before figure cards, and cards link to themselves', () => {
    const results = find('7190');
    expect(results.map((r) => r.href.replace(/:~:.*/, ''))).toEqual([
      '/review/2020/reform/#business-environment',
      '/review/2020/reform/#fig-new-firms',
    ]);
    expect(results[1]?.href).toBe('/review/2020/reform/#fig-new-firms');
    expect(results[1]?.snippet).toEqual([
      { text: '7190', hit: true },
      { text: '户', hit: false },
    ]);
  });

  it('finds a passage only when it holds every term exactly', () => {
    // Passages with 城市, 市生 and 生产 but not 城市生产; three with 项目, 目建
    // and 建设, one of them with 项目建设.
    expect(find('城市生产')).toEqual([]);
    expect(find('项目建设').map((r) => r.document.anchor)).toEqual(['leadership']);
    expect(find('190')).toEqual([]);
    expect(find('营商 执法检查').map((r) => r.document.anchor)).toEqual(['leadership']);
  });

  it('finds numbers however they are typed', () => {
    const places = (raw: string) => find(raw).map((r) => r.document.anchor);
    expect(places('７１９０')).toEqual(places('7190'));
    expect(places('68.1％')).toEqual(['opening-up', 'fig-trade-growth']);
    expect(places('68.1')).toEqual(places('68.1%'));
  });
});
