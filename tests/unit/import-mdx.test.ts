import { describe, expect, it } from 'vitest';
import { sectionBody } from '../../src/import/mdx';
import { readBody } from '../../src/lib/section-body';

describe('section bodies as the build reads them', () => {
  it('escape what MDX would read as code, tags or Markdown, so the reader sees the article’s own characters', () => {
    const text = '实施{重点}项目<120>个，其中*亿元以上*项目_35_个，#建成# [一期] `A|B` & ~完成~。';
    expect(readBody(sectionBody([{ text, marks: [], charts: [] }])).text).toBe(text);
    expect(readBody(sectionBody([{ text: '1. 第一条。', marks: [], charts: [] }])).text).toBe('1. 第一条。');
  });

  it('write topics, marks and charts where the checks look for them', () => {
    const read = readBody(
      sectionBody([
        { text: '2020年，我市推动改革。', marks: [], charts: [] },
        {
          text: '落实政策，新增企业7190户。',
          lead: '优化“营商”环境。',
          topicId: 'ying-shang',
          marks: [{ id: 'xin-zeng-qi-ye', start: 5, length: 9 }],
          charts: ['reform-growth'],
        },
      ]),
    );
    expect(read.text).toBe('2020年，我市推动改革。\n优化“营商”环境。落实政策，新增企业7190户。');
    expect(read.topics).toMatchObject([{ id: 'ying-shang', lead: '优化“营商”环境。' }]);
    expect(read.marks).toMatchObject([{ id: 'xin-zeng-qi-ye', phrase: '新增企业7190户' }]);
    expect(read.charts).toMatchObject([{ id: 'reform-growth' }]);
  });

  it('quote a lead holding straight double quotes with single quotes', () => {
    const body = sectionBody([
      { text: '正文。', lead: '深化"放管服"改革。', topicId: 'gai-ge', marks: [], charts: [] },
    ]);
    expect(body).toContain(`lead='深化"放管服"改革。'`);
    expect(readBody(body).topics[0]?.lead).toBe('深化"放管服"改革。');
  });
});
