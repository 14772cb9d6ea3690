import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * /embed.js, the script other sites load beside a framed chart
 * (src/scripts/embed-resize.ts): one classic script, minified, at an
 * address that never changes, since pages we do not own link it. Built
 * from the project's folder, where every build runs.
 */
export const GET: APIRoute = async () => {
  const { outputFiles } = await build({
    entryPoints: ['src/scripts/embed-resize.ts'],
    absWorkingDir: process.cwd(),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    write: false,
  });
  return new Response(outputFiles[0]?.text ?? '', { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
