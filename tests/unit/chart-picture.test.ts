import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PICTURE_WIDTHS, chartHeight, chartModel, downloadHeight } from '../../src/lib/charts';
import { PICTURE_SCALE, renderChartPng } from '../../src/lib/charts/picture';
import { PALETTES } from '../../src/lib/palette';
import { loadSections } from '../helpers/content';

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
async function pixelsOf(png: Buffer, hex: string): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) count++;
  }
  return count;
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
    expect(await pixelsOf(light, l.accent)).toBeGreaterThan(10_000);
    expect(await pixelsOf(light, d.accent)).toBe(0);
    expect(await pixelsOf(dark, d.accent)).toBeGreaterThan(10_000);
    expect(await pixelsOf(dark, l.accent)).toBe(0);
    expect(await pixelsOf(light, l.surface)).toBeGreaterThan(await pixelsOf(light, l.accent));
    expect(await pixelsOf(dark, d.surface)).toBeGreaterThan(await pixelsOf(dark, d.accent));
    // The labels are written (the CJK font is registered, so they are not empty boxes).
    expect(await pixelsOf(light, l.fg)).toBeGreaterThan(500);
  });

  it('grows the rank’s own slot in the accent colour and the others in the soft one', async () => {
    const png = await renderChartPng(chart('livelihood-air'), { scheme: 'light', width: 'wide' });
    const own = await pixelsOf(png, PALETTES.light.accent);
    const others = await pixelsOf(png, PALETTES.light.accentSoft);
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
    expect(await pixelsOf(png, PALETTES.light.fg)).toBeGreaterThan(await pixelsOf(plain, PALETTES.light.fg));
  });
});
