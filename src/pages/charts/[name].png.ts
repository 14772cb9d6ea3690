import type { APIRoute, GetStaticPaths } from 'astro';
import { pictureName, PICTURE_VARIANTS, type ChartModel } from '../../lib/charts';
import { renderChartPng, type PictureOptions } from '../../lib/charts/picture';
import { cachedDrawing } from '../../lib/drawing-cache.mjs';
import { getReview } from '../../lib/review';
import { chartCredit } from '../../lib/titles';

/** Each chart's pictures: light and dark at both widths, and the download with its title and credit. */
export const getStaticPaths = (async () => {
  const review = await getReview();
  const credit = chartCredit(review.meta);
  return review.charts.flatMap(({ model }) => [
    ...PICTURE_VARIANTS.map((variant) => ({
      params: { name: pictureName(model.id, variant) },
      props: { model, options: variant },
    })),
    {
      params: { name: pictureName(model.id, 'download') },
      props: { model, options: { scheme: 'light', width: 'wide', download: { credit } } },
    },
  ]);
}) satisfies GetStaticPaths;

interface Props {
  model: ChartModel;
  options: PictureOptions;
}

export const GET: APIRoute<Props> = async ({ props: { model, options } }) => {
  const png = await cachedDrawing('chart', { model, options }, () => renderChartPng(model, options));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
