import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PICTURE_WIDTHS, chartHeight, chartModel, downloadHeight } from '../../src/lib/charts';
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
