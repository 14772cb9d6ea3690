/**
 * A chart's size: the same for the build's picture and the live chart,
 * so the one takes the other's place without moving the text.
 */
import type { ChartModel } from './model';

/** The logical widths of the static pictures: phones, and the text column from 43rem. */
export const PICTURE_WIDTHS = { narrow: 360, wide: 640 } as const;
export type PictureWidth = keyof typeof PICTURE_WIDTHS;
/** The viewport from which the wide picture fits the text column. */
export const WIDE_MEDIA = '(min-width: 43rem)';

/** Each row: its label line above a bar. */
export const ROW = 56;
export const BAR = 20;
export const TOP = 4;
/** Room for the value axis under the bars (growth, share, count). */
export const AXIS = 26;
export const LABEL_SIZE = 13;
export const TICK_SIZE = 12;
/** The gap between a rank's slots, in slot widths. */
export const SLOT_GAP = 0.08;
/** Room kept between a slot's number and its border, both sides together. */
export const SLOT_PADDING = 4;
/** Download pictures carry the title above and the credit below. */
export const DOWNLOAD = { padding: 16, title: 36, credit: 26 };

const hasAxis = (model: ChartModel) => model.type !== 'rank';

/** The chart's height in CSS pixels; it depends on the rows only, never on the width. */
export function chartHeight(model: ChartModel): number {
  return TOP + model.rows.length * ROW + (hasAxis(model) ? AXIS : 0);
}

/** The height of the downloadable picture, with title and credit. */
export function downloadHeight(model: ChartModel): number {
  return chartHeight(model) + DOWNLOAD.padding * 2 + DOWNLOAD.title + DOWNLOAD.credit;
}
