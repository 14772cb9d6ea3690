import type { APIRoute } from 'astro';
import { toJson } from '../../lib/data-files';
import { reviewFigureRows } from '../../lib/figure-rows';

export const GET: APIRoute = async () =>
  new Response(toJson(await reviewFigureRows()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
