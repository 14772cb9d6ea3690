import type { APIRoute } from 'astro';
import { cachedDrawing } from '../../../../lib/drawing-cache.mjs';
import { perReview, type Review, type Section } from '../../../../lib/review';
import { sectionCard } from '../../../../lib/share-card';
import { drawShareImage } from '../../../../lib/share-image';

/** One share image per section: og/<slug>.png. */
export const getStaticPaths = () =>
  perReview((review) =>
    review.sections.map((section) => ({ params: { slug: section.data.slug }, props: { section } })),
  );

export const GET: APIRoute<{ section: Section; review: Review }> = async ({ props: { section, review } }) => {
  const card = sectionCard(review.meta, section.data);
  const png = await cachedDrawing('share-image', card, () => drawShareImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
