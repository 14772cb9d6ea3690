import type { APIRoute, GetStaticPaths } from 'astro';
import { reviewCharts } from '../../lib/chart-catalog';
import { renderChartPng, type PictureOptions } from '../../lib/chart-picture';
import { pictureName, PICTURE_VARIANTS } from '../../lib/chart-files';
import type { ChartModel } from '../../lib/charts';
import { getReview } from '../../lib/review';

/** Each chart's pictures: light and dark at both widths, and the download with its title and credit. */
export const getStaticPaths = (async () => {
  const review = await getReview();
  const credit = `来源：${review.meta.title}——${review.meta.subtitle}（记者 ${review.meta.reporter}）`;
  return reviewCharts(review).flatMap(({ model }) => [
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

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await renderChartPng(props.model, props.options)), {
    headers: { 'Content-Type': 'image/png' },
  });
