import type { APIRoute } from 'astro';
import { getReview } from '../../lib/review';
import { overviewCard } from '../../lib/share-card';
import { drawShareImage } from '../../lib/share-image';

/** The overview's share image: og/index.png. */
export const GET: APIRoute = async () => {
  const review = await getReview();
  const png = drawShareImage(
    overviewCard(
      review.meta,
      review.sections.map((s) => s.data),
    ),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
