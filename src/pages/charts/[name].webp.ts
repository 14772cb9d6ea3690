import type { APIRoute, GetStaticPaths } from 'astro';
import { picturePaths, pictureResponse, type PictureProps } from '../../lib/charts/routes';
import { getReview } from '../../lib/review';

/** Each chart's screen pictures, light and dark at both widths, served as WebP. */
export const getStaticPaths = (async () => picturePaths(await getReview(), 'webp')) satisfies GetStaticPaths;

export const GET: APIRoute<PictureProps> = ({ props }) => pictureResponse(props, 'webp');
