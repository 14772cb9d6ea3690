import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCodeBundle, searchEngineBundle } from '../../lib/browser-bundle';

/** The code pages load by address when a reader needs it, each named by its hash (codePath). */
export const getStaticPaths = (async () =>
  (await Promise.all([chartCodeBundle(), searchEngineBundle()])).map(({ file, code }) => ({
    params: { bundle: file.replace(/\.js$/, '') },
    props: { code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = ({ props: { code } }) =>
  new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
