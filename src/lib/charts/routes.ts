/**
 * The chart files the endpoints under src/pages/charts/ write, one endpoint
 * a file format: each chart's pictures (./files.ts) and its download, drawn
 * through the build's drawing cache.
 */
import { cachedDrawing } from '../drawing-cache.mjs';
import { pictureFormat, pictureName, PICTURE_VARIANTS } from './files';
import type { ChartModel } from './model';
import { renderChart, type PictureOptions } from './picture';

export interface PictureProps {
  model: ChartModel;
  options: PictureOptions;
}

/** Every picture of these charts served as `format`, as Astro's static paths; `credit` goes under the download. */
export function picturePaths(charts: { model: ChartModel }[], credit: string, format: 'png' | 'webp') {
  return charts.flatMap(({ model }) =>
    [
      ...PICTURE_VARIANTS.map((variant) => ({ variant, options: variant as PictureOptions })),
      {
        variant: 'download' as const,
        options: { scheme: 'light', width: 'wide', download: { credit } } satisfies PictureOptions,
      },
    ]
      .filter(({ variant }) => pictureFormat(variant) === format)
      .map(({ variant, options }) => ({
        params: { name: pictureName(model.id, variant) },
        props: { model, options } satisfies PictureProps,
      })),
  );
}

/** The picture's response, drawn once and then taken from the cache. */
export async function pictureResponse({ model, options }: PictureProps, format: 'png' | 'webp'): Promise<Response> {
  const bytes = await cachedDrawing('chart', { model, options, format }, () => renderChart(model, options, format));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': `image/${format}` } });
}
