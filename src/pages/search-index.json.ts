import type { APIRoute } from 'astro';
import { getReview } from '../lib/review';
import { searchIndex } from '../lib/search/documents';
import { sectionHref } from '../lib/site';

// What the search page loads when the reader first searches: the review's
// passages and figure cards, built from the content on every build.
export const GET: APIRoute = async () => {
  const { sections } = await getReview();
  const index = searchIndex(
    sections.map((s) => ({ data: s.data, body: s.body ?? '' })),
    sectionHref,
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
