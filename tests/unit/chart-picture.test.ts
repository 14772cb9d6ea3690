import { createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  PICTURE_WIDTHS,
  chartConfig,
  chartHeight,
  chartModel,
  downloadHeight,
  type ChartModel,
} from '../../src/lib/charts';
import { slotLabelSize } from '../../src/lib/charts/draw';
import { TICK_SIZE } from '../../src/lib/charts/layout';
import { PICTURE_SCALE, renderChartPng } from '../../src/lib/charts/picture';
import { PALETTES } from '../../src/lib/palette';
import { loadSections } from '../helpers/content';
import { pixelsOf } from '../../scripts/lib/pictures.mjs';

const sections = loadSections();
const figures = sections.flatMap((s) => s.data.figures);
const chart = (id: string) => {
  const definition = sections.flatMap((s) => s.data.charts).find((c) => c.id === id);
  if (!definition) throw new Error(`no chart ${id}`);
  return chartModel(
    definition,
    definition.figures.flatMap((id) => figures.filter((f) => f.id === id)),
  );
};

/** How many pixels of a picture are (nearly) this colour. */
async function pixelsOfPng(png: Buffer, hex: string): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return pixelsOf(data, info.channels, hex);
}

describe('the static picture', () => {
  it('is drawn by Chart.js at the chart’s size, at least twice as sharp', async () => {
    const model = chart('party-discipline');
    const png = await renderChartPng(model, { scheme: 'light', width: 'narrow' });
    const meta = await sharp(png).metadata();
    expect(PICTURE_SCALE).toBeGreaterThanOrEqual(2);
    expect([meta.width, meta.height]).toEqual([
      PICTURE_WIDTHS.narrow * PICTURE_SCALE,
      chartHeight(model) * PICTURE_SCALE,
    ]);
    // Flat colours in a small palette keep it light.
    expect(meta.isPalette).toBe(true);
    expect(meta.bitsPerSample).toBeLessThanOrEqual(4);
  });

  it('uses the light or the dark palette, background, bars and text', async () => {
    const model = chart('party-discipline');
    const light = await renderChartPng(model, { scheme: 'light', width: 'wide' });
    const dark = await renderChartPng(model, { scheme: 'dark', width: 'wide' });
    const { light: l, dark: d } = PALETTES;
    expect(await pixelsOfPng(light, l.accent)).toBeGreaterThan(10_000);
    expect(await pixelsOfPng(light, d.accent)).toBe(0);
    expect(await pixelsOfPng(dark, d.accent)).toBeGreaterThan(10_000);
    expect(await pixelsOfPng(dark, l.accent)).toBe(0);
    expect(await pixelsOfPng(light, l.surface)).toBeGreaterThan(await pixelsOfPng(light, l.accent));
    expect(await pixelsOfPng(dark, d.surface)).toBeGreaterThan(await pixelsOfPng(dark, d.accent));
    // The labels are written (the CJK font is registered, so they are not empty boxes).
    expect(await pixelsOfPng(light, l.fg)).toBeGreaterThan(500);
  });

  it('grows the rank’s own slot in the accent colour and the others in the soft one', async () => {
    const png = await renderChartPng(chart('livelihood-air'), { scheme: 'light', width: 'wide' });
    const own = await pixelsOfPng(png, PALETTES.light.accent);
    const others = await pixelsOfPng(png, PALETTES.light.accentSoft);
    // Two highlighted slots against 14 others of the same size.
    expect(others / own).toBeGreaterThan(5);
    expect(others / own).toBeLessThan(8);
  });

  it('carries the title and the credit when downloaded', async () => {
    const model = chart('reform-trade');
    const png = await renderChartPng(model, { scheme: 'light', width: 'wide', download: { credit: '来源：测试' } });
    const meta = await sharp(png).metadata();
    expect(meta.height).toBe(downloadHeight(model) * PICTURE_SCALE);
    const plain = await renderChartPng(model, { scheme: 'light', width: 'wide' });
    expect(await pixelsOfPng(png, PALETTES.light.fg)).toBeGreaterThan(await pixelsOfPng(plain, PALETTES.light.fg));
  });
});

/** Every text Chart.js writes drawing the chart at this width (CSS pixels), with its font. */
function textsAt(model: ChartModel, width: number): { text: string; font: string }[] {
  const canvas = createCanvas(width, chartHeight(model));
  const ctx = canvas.getContext('2d');
  const texts: { text: string; font: string }[] = [];
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number) => {
    texts.push({ text, font: ctx.font });
    fillText(text, x, y);
  };
  const theme = { colors: PALETTES.light, fontFamily: 'sans-serif', animate: false };
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, chartConfig(model, theme, { responsive: false }));
  chart.destroy();
  return texts;
}

describe('a rank chart', () => {
  // 262 px: the live chart on a 320 px phone, the narrowest screen the site is laid out for.
  it.each([640, 360, 262, 200, 120])('numbers every slot of every row at %i px', (width) => {
    const model = chart('livelihood-air');
    const texts = textsAt(model, width).map((t) => t.text);
    for (const row of model.rows) {
      const numbers = Array.from({ length: row.outOf ?? 0 }, (_, k) => String(k + 1));
      for (const n of numbers) expect(texts, `${row.label} at ${width} px`).toContain(n);
    }
    // Slot 11 of the second row, 10 of it and 1 of each.
    expect(texts.filter((t) => t === '1')).toHaveLength(2);
  });

  it('writes the numbers at the tick size where they fit, smaller only where they do not', () => {
    const model = chart('livelihood-air');
    const size = (width: number) =>
      Math.min(
        ...textsAt(model, width)
          .filter((t) => /^\d+$/.test(t.text))
          .map((t) => Number(/(\d+)px/.exec(t.font)?.[1])),
      );
    expect(size(262)).toBe(TICK_SIZE);
    expect(size(120)).toBeLessThan(TICK_SIZE);
    expect(slotLabelSize(20, 10)).toBe(TICK_SIZE);
    expect(slotLabelSize(10, 20)).toBe(TICK_SIZE / 2);
  });
});
