import type { APIRoute } from 'astro';
import { cachedDrawing } from '../../../../lib/drawing-cache.mjs';
import { perReview, type Review } from '../../../../lib/review';
import { overviewCard } from '../../../../lib/share-card';
import { drawShareImage } from '../../../../lib/share-image';

export const getStaticPaths = () => perReview(() => [{ params: {}, props: {} }]);

/** A review's overview's share image: og/index.png. */
export const GET: APIRoute<{ review: Review }> = async ({ props: { review } }) => {
  const card = overviewCard(
    review.meta,
    review.sections.map((s) => s.data),
  );
  const png = await cachedDrawing('share-image', card, () => drawShareImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
