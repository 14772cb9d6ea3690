import { describe, expect, it } from 'vitest';
import { leadOf, readBlocks } from '../../src/import/topics';

describe('topic leads', () => {
  it.each([
    '抓项目引领。',
    '强工业。',
    '切实扛牢安全生产责任。',
    '深化“放管服”改革。',
    '（一）抓项目。',
    '一是强工业。',
  ])('reads %s as a lead', (lead) => {
    expect(leadOf(`${lead}严格落实领导包抓机制，重点项目智慧管理云平台投入运行。`)).toBe(lead);
  });

  it.each([
    ['a first sentence with a year', '2020年，我市紧盯目标。'],
    ['a long first sentence', '积极融入共建一带一路大格局获批陕西自贸试验区铜川协同创新区。'],
    ['a first sentence with a number', '新增企业7190户。'],
    ['a quotation that runs on', '实现“个体户企业设立。一日办结”'],
    ['a form of address', '各位代表！'],
  ])('does not read %s as a lead', (_, paragraph) => {
    expect(leadOf(`${paragraph}其余。`)).toBeUndefined();
  });

  it('reads a lead in two halves about a comma only where a section’s paragraphs open so in parallel', () => {
    const paragraph = '坚持产业带动，特色农业提质增效。全镇发展高山茶园1.2万亩。';
    expect(leadOf(paragraph)).toBeUndefined();
    expect(leadOf(paragraph, true)).toBe('坚持产业带动，特色农业提质增效。');
    expect(leadOf('2022年，全市上下团结奋斗。', true)).toBeUndefined();
    expect(leadOf('坚持产业带动，特色农业提质增效，农民收入稳步提高。', true)).toBeUndefined();
    const one = readBlocks([{ text: paragraph, line: 3, column: 0 }], []);
    expect(one.map((b) => b.lead)).toEqual([undefined]);
    const two = readBlocks(
      [
        { text: paragraph, line: 3, column: 0 },
        { text: '坚持生态优先，人居环境持续改善。完成农村改厕1460户。', line: 5, column: 0 },
      ],
      [],
    );
    expect(two.map((b) => b.lead)).toEqual(['坚持产业带动，特色农业提质增效。', '坚持生态优先，人居环境持续改善。']);
  });

  it('sets the lead apart, leaves other paragraphs plain, and joins a lead on its own line to what follows', () => {
    const notes: { line?: number; message: string }[] = [];
    const blocks = readBlocks(
      [
        { text: '2020年，我市紧盯目标。', line: 5, column: 0 },
        { text: '抓项目引领。严格落实机制。', line: 7, column: 0 },
        { text: '抓创新驱动。', line: 9, column: 0 },
        { text: '以园区承载项目，数字经济产业园开园。', line: 10, column: 0 },
      ],
      notes,
    );
    expect(blocks).toEqual([
      { text: '2020年，我市紧盯目标。', line: 5, at: { line: 5, column: 0 } },
      { text: '严格落实机制。', lead: '抓项目引领。', line: 7, at: { line: 7, column: 6 } },
      { text: '以园区承载项目，数字经济产业园开园。', lead: '抓创新驱动。', line: 9, at: { line: 10, column: 0 } },
    ]);
    expect(notes).toEqual([
      { line: 9, message: 'the lead “抓创新驱动。” stands on a line of its own; it opens the paragraph after it' },
    ]);
  });
});
