import type { APIRoute } from 'astro';
import { bundleScript } from '../lib/browser-bundle';

/**
 * /embed.js, the script other sites load beside a framed chart
 * (src/scripts/embed-resize.ts): one classic script, minified, at an
 * address that never changes, since pages we do not own link it.
 */
export const GET: APIRoute = async () =>
  new Response(await bundleScript('src/scripts/embed-resize.ts', 'iife'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
