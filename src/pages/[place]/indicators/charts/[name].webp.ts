import type { APIRoute } from 'astro';
import { picturePaths, pictureResponse, type PictureProps } from '../../../../lib/charts/routes';
import { perIndicator } from '../../../../lib/review';
import { reviewTitle } from '../../../../lib/titles';
import { indicator as words } from '../../../../lib/ui';

/** Each indicator chart's pictures served as webp, as a review's charts are. */
export const getStaticPaths = async () =>
  (await perIndicator()).flatMap(({ params, props: { indicator } }) =>
    picturePaths(
      [indicator.chart],
      words.credit(indicator.values.map((f) => reviewTitle(f.section.review.meta))),
      'webp',
    ).map((path) => ({ ...path, params: { ...path.params, place: params.place } })),
  );

export const GET: APIRoute<PictureProps> = ({ props }) => pictureResponse(props, 'webp');
