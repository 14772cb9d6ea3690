import type { APIRoute } from 'astro';
import { picturePaths, pictureResponse, type PictureProps } from '../../../../lib/charts/routes';
import { perReview } from '../../../../lib/review';
import { chartCredit } from '../../../../lib/titles';

/** Each chart's screen pictures, light and dark at both widths, served as WebP. */
export const getStaticPaths = () =>
  perReview((review) => picturePaths(review.charts, chartCredit(review.meta), 'webp'));

export const GET: APIRoute<PictureProps> = ({ props }) => pictureResponse(props, 'webp');
