/**
 * Numbers the text sets as aims rather than reports: a work report's plan
 * for the year ahead (二、2025年工作安排), or a sentence that states a target
 * (主要预期目标是：地区生产总值增长6%左右; 力争…). The review publishes them
 * as text but makes no figure of them: a card, chart or poster would show
 * an aim as a result of the year.
 */

/** Headings of a plan: the year ahead's work, tasks and targets. */
const PLAN = /工作安排|工作打算|主要任务|重点任务|目标任务|预期目标|主要目标|总体要求/;
/** Words that introduce a target (目标是, 力争), not those that compare with one (高于预期目标) nor 争取, which reports funds won (争取中央预算内投资6.8亿元). */
const AIM = /目标(?:是|为)|力争/;

/** Whether a section's heading names the plan for a year after the one reviewed, or plans at all. */
export function isPlan(heading: string | undefined, year: number): boolean {
  if (!heading) return false;
  return PLAN.test(heading) || [...heading.matchAll(/(?:19|20)\d{2}(?=年)/g)].some((m) => Number(m[0]) > year);
}

/** Whether a sentence states a target. */
export const statesAim = (sentence: string): boolean => AIM.test(sentence);

export const TARGET_REASON =
  'a target (the plan for the year ahead, 目标是, 力争 …), not a result of the year: promote it only if the review should show it as one';
