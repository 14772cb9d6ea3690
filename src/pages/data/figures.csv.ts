import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/data-files';
import { reviewFigureRows } from '../../lib/figure-rows';

export const GET: APIRoute = async () =>
  new Response(toCsv(await reviewFigureRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
