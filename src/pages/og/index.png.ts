import type { APIRoute } from 'astro';
import { getReview } from '../../lib/review';
import { overviewCard } from '../../lib/share-card';
import { cachedDrawing } from '../../lib/drawing-cache.mjs';
import { drawShareImage } from '../../lib/share-image';

/** The overview's share image: og/index.png. */
export const GET: APIRoute = async () => {
  const review = await getReview();
  const card = overviewCard(
    review.meta,
    review.sections.map((s) => s.data),
  );
  const png = await cachedDrawing('share-image', card, () => drawShareImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
