import type { APIRoute } from 'astro';
import { toCsv } from '../../../../lib/data-files';
import { reviewFigureRows } from '../../../../lib/figure-rows';
import { perReview, type Review } from '../../../../lib/review';

export const getStaticPaths = () => perReview(() => [{ params: {}, props: {} }]);

export const GET: APIRoute<{ review: Review }> = ({ props: { review } }) =>
  new Response(toCsv(reviewFigureRows(review)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
