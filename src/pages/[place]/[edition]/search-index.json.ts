import type { APIRoute } from 'astro';
import { perReview, type Review } from '../../../lib/review';
import { searchIndex } from '../../../lib/search/documents';
import { links } from '../../../lib/site';
import { archive } from '../../../lib/ui';

export const getStaticPaths = () => perReview(() => [{ params: {}, props: {} }]);

// What the search page loads when the reader searches: one review's passages
// and figure cards, built from the content on every build. Each review has
// its own, so a search costs its first review's index before it shows
// anything, however many reviews the archive holds.
export const GET: APIRoute<{ review: Review }> = ({ props: { review } }) => {
  const index = searchIndex(
    archive.placeYear(review.meta.city, review.meta.year),
    review.sections.map((s) => ({ data: s.data, body: s.body ?? '' })),
    links(review).sectionHref,
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
