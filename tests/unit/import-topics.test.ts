import { describe, expect, it } from 'vitest';
import { leadOf, readBlocks } from '../../src/import/topics';

describe('topic leads', () => {
  it.each(['抓项目引领。', '强工业。', '切实扛牢安全生产责任。', '深化“放管服”改革。'])(
    'reads %s as a lead',
    (lead) => {
      expect(leadOf(`${lead}严格落实领导包抓机制，重点项目智慧管理云平台投入运行。`)).toBe(lead);
    },
  );

  it.each([
    ['a first sentence with a comma', '2020年，我市紧盯目标。'],
    ['a long first sentence', '积极融入共建一带一路大格局获批陕西自贸试验区铜川协同创新区。'],
    ['a first sentence with a number', '新增企业7190户。'],
    ['a quotation that runs on', '实现“个体户企业设立。一日办结”'],
    ['a numbered point', '（一）抓项目。'],
  ])('does not read %s as a lead', (_, paragraph) => {
    expect(leadOf(`${paragraph}其余。`)).toBeUndefined();
  });

  it('sets the lead apart, leaves other paragraphs plain, and joins a lead on its own line to what follows', () => {
    const notes: { line?: number; message: string }[] = [];
    const blocks = readBlocks(
      [
        { text: '2020年，我市紧盯目标。', line: 5 },
        { text: '抓项目引领。严格落实机制。', line: 7 },
        { text: '抓创新驱动。', line: 9 },
        { text: '以园区承载项目，数字经济产业园开园。', line: 10 },
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
