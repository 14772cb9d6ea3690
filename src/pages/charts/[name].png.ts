import type { APIRoute, GetStaticPaths } from 'astro';
import { picturePaths, pictureResponse, type PictureProps } from '../../lib/charts/routes';
import { getReview } from '../../lib/review';

/** Each chart's pictures served as PNG: paper's, and the download with its title and credit. */
export const getStaticPaths = (async () => picturePaths(await getReview(), 'png')) satisfies GetStaticPaths;

export const GET: APIRoute<PictureProps> = ({ props }) => pictureResponse(props, 'png');
