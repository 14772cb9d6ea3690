import type { APIRoute, GetStaticPaths } from 'astro';
import { getReview, type Section } from '../../lib/review';
import { sectionCard } from '../../lib/share-card';
import { cachedDrawing } from '../../lib/drawing-cache.mjs';
import { drawShareImage } from '../../lib/share-image';

/** One share image per section: og/<slug>.png. */
export const getStaticPaths = (async () => {
  const review = await getReview();
  return review.sections.map((section) => ({ params: { slug: section.data.slug }, props: { section } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props }) => {
  const review = await getReview();
  const card = sectionCard(review.meta, props.section.data);
  const png = await cachedDrawing('share-image', card, () => drawShareImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
