import type { APIRoute } from 'astro';
import { toJson } from '../../../../lib/data-files';
import { reviewFigureRows } from '../../../../lib/figure-rows';
import { perReview, type Review } from '../../../../lib/review';

export const getStaticPaths = () => perReview(() => [{ params: {}, props: {} }]);

export const GET: APIRoute<{ review: Review }> = ({ props: { review } }) =>
  new Response(toJson(reviewFigureRows(review)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
