import type { APIRoute } from 'astro';
import { cachedPoster } from '../../../../lib/poster';
import type { Poster } from '../../../../lib/poster-card';
import { posterEntries } from '../../../../lib/posters';
import { perReview } from '../../../../lib/review';
import { links } from '../../../../lib/site';

/** Every poster's picture of a review: posters/index.png, posters/<slug>.png, posters/fig-<id>.png. */
export const getStaticPaths = () =>
  perReview((review) =>
    posterEntries(review, links(review).absolute).map(({ name, poster }) => ({ params: { name }, props: { poster } })),
  );

export const GET: APIRoute<{ poster: Poster }> = async ({ props: { poster } }) =>
  new Response(new Uint8Array(await cachedPoster(poster)), {
    headers: { 'Content-Type': 'image/png' },
  });
