import type { APIRoute, GetStaticPaths } from 'astro';
import { getReview, type Section } from '../../lib/review';
import { sectionCard } from '../../lib/share-card';
import { drawShareImage } from '../../lib/share-image';

/** One share image per section: og/<slug>.png. */
export const getStaticPaths = (async () => {
  const review = await getReview();
  return review.sections.map((section) => ({ params: { slug: section.data.slug }, props: { section } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props }) => {
  const review = await getReview();
  const png = drawShareImage(sectionCard(review.meta, props.section.data));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
