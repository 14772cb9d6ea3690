import type { APIRoute } from 'astro';
import { picturePaths, pictureResponse, type PictureProps } from '../../../../lib/charts/routes';
import { perReview } from '../../../../lib/review';
import { chartCredit } from '../../../../lib/titles';

/** Each chart's pictures served as PNG: paper's, and the download with its title and credit. */
export const getStaticPaths = () => perReview((review) => picturePaths(review.charts, chartCredit(review.meta), 'png'));

export const GET: APIRoute<PictureProps> = ({ props }) => pictureResponse(props, 'png');
