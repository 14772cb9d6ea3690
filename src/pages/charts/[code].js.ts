import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCodeBundle } from '../../lib/browser-bundle';

/** The chart code, at an address named by its hash (chartPaths.code). */
export const getStaticPaths = (async () => {
  const { file, code } = await chartCodeBundle();
  return [{ params: { code: file.replace(/\.js$/, '') }, props: { code } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = ({ props: { code } }) =>
  new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
