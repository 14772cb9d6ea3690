/**
 * A government work report is given early in the year after the one it
 * reviews, and its head says when (——2023年1月9日在…会议上, 青原市2023年政府
 * 工作报告): the year it reviews is the one before, though the text may
 * call it only 过去的一年. The importer reads the review's year so, and the
 * content checks accept that year as one the article states.
 */
const REPORT_DATE = /((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?在|((?:19|20)\d{2})年(?:[^，。]{0,8})?政府工作报告/;

/** The year a report reviews, from its date in one line of the head; undefined for any other line. */
export function yearReviewed(words: string): number | undefined {
  const m = REPORT_DATE.exec(words);
  const year = m?.[1] ?? m?.[2];
  return year ? Number(year) - 1 : undefined;
}
