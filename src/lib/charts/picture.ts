/**
 * The build's renderer: Chart.js itself draws a chart's configuration on
 * @napi-rs/canvas, so the static picture and the island never disagree.
 * Pictures are drawn at PICTURE_SCALE× for print and quantised to a small
 * palette of flat colours to keep them light.
 */
import { createCanvas } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, SubTitle, Title } from 'chart.js';
import sharp from 'sharp';
import { CANVAS_FONT_FAMILY, registerCanvasFonts } from '../canvas-fonts';
import { PALETTES } from '../palette';
import { chartConfig } from './config';
import type { PictureVariant } from './files';
import { PICTURE_WIDTHS, chartHeight, downloadHeight } from './layout';
import type { ChartModel } from './model';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle);

/** Device pixels per CSS pixel: sharp on high-density screens and on paper. */
export const PICTURE_SCALE = 2;
/** Colours a picture keeps: its flat colours and a few steps of anti-aliased edges (a 4-bit PNG). */
const COLOURS = 16;

export interface PictureOptions extends PictureVariant {
  /** The downloadable picture: with the title above and this credit below. */
  download?: { credit: string };
}

/** A chart as a PNG, ready to serve. */
export async function renderChartPng(model: ChartModel, options: PictureOptions): Promise<Buffer> {
  return renderChart(model, options, 'png');
}

/** A chart as the file its variant is served as (./files.ts pictureFormat). */
export async function renderChart(model: ChartModel, options: PictureOptions, format: 'png' | 'webp'): Promise<Buffer> {
  registerCanvasFonts();
  const width = PICTURE_WIDTHS[options.width];
  const height = options.download ? downloadHeight(model) : chartHeight(model);
  const canvas = createCanvas(width, height);
  const config = chartConfig(
    model,
    { colors: PALETTES[options.scheme], fontFamily: `"${CANVAS_FONT_FAMILY}"`, animate: false },
    {
      responsive: false,
      devicePixelRatio: PICTURE_SCALE,
      ...(options.download ? { title: model.title, credit: options.download.credit } : {}),
    },
  );
  // Chart.js only needs a 2D context; @napi-rs/canvas provides one.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  const png = await canvas.encode('png');
  chart.destroy();
  const quantised = await sharp(png)
    .png({ palette: true, colours: COLOURS, compressionLevel: 9, effort: 10 })
    .toBuffer();
  return format === 'png' ? quantised : sharp(quantised).webp({ lossless: true, effort: 6 }).toBuffer();
}
