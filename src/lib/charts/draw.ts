/**
 * What Chart.js does not draw itself: the background, each row's label
 * above its bar, its value at the bar's end, a rank's numbered slots.
 */
import type { Chart, Plugin } from 'chart.js';
import { formatNumber } from '../format';
import { chart as words } from '../ui';
import { BAR, LABEL_SIZE, SLOT_PADDING, TICK_SIZE } from './layout';
import type { ChartModel, ChartRow } from './model';
import type { ChartColors } from './config';
import { rowLabel } from './words';

/** Paints the chart's background, so a picture reads the same on any page or paper. */
export function background(color: string): Plugin<'bar'> {
  return {
    id: 'chartBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/**
 * Writes each row's label above its bar and its value at the bar's end
 * (inside when it does not fit outside); a rank numbers its slots.
 */
export function rowLabels(model: ChartModel, colors: ChartColors, family: string): Plugin<'bar'> {
  return {
    id: 'rowLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const y = chart.scales.y;
      if (!y) return;
      ctx.save();
      ctx.textBaseline = 'middle';
      model.rows.forEach((row, i) => {
        const centre = y.getPixelForValue(i);
        ctx.font = `${LABEL_SIZE}px ${family}`;
        ctx.fillStyle = colors.fg;
        ctx.textAlign = 'left';
        ctx.fillText(rowLabel(row), chartArea.left, centre - BAR / 2 - LABEL_SIZE / 2 - 4);
        if (model.type === 'rank') drawSlots(chart, row, i, centre, colors, family);
        else drawValue(chart, model, row, i, centre, colors, family);
      });
      ctx.restore();
    },
  };
}

function barEnds(chart: Chart<'bar'>, dataset: number, i: number): { start: number; end: number } | undefined {
  const bar = chart.getDatasetMeta(dataset).data[i];
  if (!bar) return undefined;
  const { x, base } = bar.getProps(['x', 'base']) as { x: number; base: number };
  return { start: base, end: x };
}

function drawValue(
  chart: Chart<'bar'>,
  model: ChartModel,
  row: ChartRow,
  i: number,
  centre: number,
  colors: ChartColors,
  family: string,
) {
  const { ctx, chartArea } = chart;
  const ends = barEnds(chart, 0, i);
  if (!ends) return;
  const text = row.display;
  ctx.font = `bold ${LABEL_SIZE}px ${family}`;
  const width = ctx.measureText(text).width;
  const forward = ends.end >= ends.start ? 1 : -1;
  const room = forward > 0 ? chartArea.right - ends.end : ends.end - chartArea.left;
  const inside = Math.abs(ends.end - ends.start) >= width + 12;
  // A share's remainder is part of the whole: its value goes inside the part
  // when it fits, so that the remainder can be named.
  const outside = model.type === 'share' ? !inside : room >= width + 8;
  ctx.textAlign = forward > 0 === outside ? 'left' : 'right';
  ctx.fillStyle = outside ? colors.fg : colors.surface;
  ctx.fillText(text, ends.end + (outside ? 6 : -6) * forward, centre);
  if (model.type === 'share' && !outside) {
    const rest = words.rest;
    ctx.font = `${LABEL_SIZE}px ${family}`;
    const whole = barEnds(chart, 1, i);
    if (whole && whole.end - ends.end >= ctx.measureText(rest).width + 12) {
      ctx.textAlign = 'left';
      ctx.fillStyle = colors.muted;
      ctx.fillText(rest, ends.end + 6, centre);
    }
  }
}

/**
 * Numbers every slot of a rank's row, its own in bold. One size for the row:
 * the tick size, or smaller where the widest number would not fit the
 * narrowest slot, so every slot is numbered at every width.
 */
function drawSlots(chart: Chart<'bar'>, row: ChartRow, i: number, centre: number, colors: ChartColors, family: string) {
  const { ctx } = chart;
  const slots = Array.from({ length: row.outOf ?? 0 }, (_, k) => barEnds(chart, k, i));
  const room = Math.min(...slots.map((slot) => (slot ? slot.end - slot.start - SLOT_PADDING : Infinity)));
  ctx.font = `bold ${TICK_SIZE}px ${family}`;
  const widest = ctx.measureText(formatNumber(slots.length)).width;
  const size = slotLabelSize(room, widest);
  ctx.textAlign = 'center';
  slots.forEach((slot, k) => {
    if (!slot) return;
    const own = k + 1 === row.value;
    ctx.font = `${own ? 'bold ' : ''}${size}px ${family}`;
    ctx.fillStyle = own ? colors.surface : colors.muted;
    ctx.fillText(formatNumber(k + 1), (slot.start + slot.end) / 2, centre);
  });
}

/** The font size at which a label `width` wide at TICK_SIZE fits `room`: TICK_SIZE, or smaller in proportion. */
export function slotLabelSize(room: number, width: number): number {
  return width <= room ? TICK_SIZE : Math.max(1, Math.floor((TICK_SIZE * room) / width));
}
