import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/import';
import { isPlan, statesAim, TARGET_REASON } from '../../src/import/compose/targets';

const REPORT = [
  '芦塘区人民政府工作报告',
  '——2025年1月8日在芦塘区第三届人民代表大会第五次会议上',
  '区长 闵泽川',
  '一、2024年工作回顾',
  '过去一年，全区地区生产总值完成426.3亿元，增长5.8%，高于预期目标0.3个百分点。',
  '二、2025年工作安排',
  '2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右。全年实施重点项目120个以上。',
].join('\n');

describe('targets', () => {
  it('are the numbers of a section that plans the year ahead, or of a sentence that sets one', () => {
    expect(isPlan('二、2025年工作安排', 2024)).toBe(true);
    expect(isPlan('（三）重点任务', 2024)).toBe(true);
    expect(isPlan('一、2024年工作回顾', 2024)).toBe(false);
    expect(isPlan(undefined, 2024)).toBe(false);
    expect(statesAim('主要预期目标是：地区生产总值增长6%左右')).toBe(true);
    expect(statesAim('力争全年游客人数突破200万人次。')).toBe(true);
    // A result compared with its target, and funds won (争取), are results.
    expect(statesAim('增长5.8%，高于预期目标0.3个百分点。')).toBe(false);
    expect(statesAim('争取中央预算内投资6.8亿元。')).toBe(false);
  });

  it('are published as text, listed with why, and made no figure', () => {
    const { report, files } = importArticle(new TextEncoder().encode(REPORT), 'report.txt');
    const [review, plan] = report.sections;
    expect(review?.figures.map((f) => f.value)).toEqual([426.3, 5.8, 0.3]);
    expect(plan?.figures).toEqual([]);
    expect(report.unused.filter((u) => u.reason === TARGET_REASON).map((u) => u.text)).toEqual([
      '地区生产总值增长6%左右',
      '全年实施重点项目120个以上',
    ]);
    expect(report.check.map((c) => c.message)).toContain(
      'the section “二、2025年工作安排” plans the year ahead: its numbers are targets and none is a figure; delete the section if the review should not carry the plan',
    );
    expect(files.find((f) => f.path.includes('02-'))?.text).toContain('全年实施重点项目120个以上。');
  });
});
