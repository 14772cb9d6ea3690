import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedPoster } from '../../lib/poster';
import type { Poster } from '../../lib/poster-card';
import { posterEntries } from '../../lib/posters';
import { getReview } from '../../lib/review';
import { absolute } from '../../lib/site';

/** Every poster's picture: posters/index.png, posters/<slug>.png, posters/fig-<id>.png. */
export const getStaticPaths = (async () =>
  posterEntries(await getReview(), absolute).map(({ name, poster }) => ({
    params: { name },
    props: { poster },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ poster: Poster }> = async ({ props: { poster } }) =>
  new Response(new Uint8Array(await cachedPoster(poster)), {
    headers: { 'Content-Type': 'image/png' },
  });
