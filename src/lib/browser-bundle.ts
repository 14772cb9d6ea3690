/**
 * Browser code that Vite does not bundle, bundled at build time by esbuild
 * from the project's folder, where every build runs: /embed.js, which other
 * sites load, and the code a page loads by its address only when the reader
 * needs it: the chart code, which a chart's island loads as the chart comes
 * near, and the search engine, which the search loads when the reader
 * searches. So the scripts that load them have no import, and Astro writes
 * them into the page instead of making the first view wait for one more
 * file (which Lighthouse counts as blocking the first paint).
 */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

/** One entry and what it imports, minified, as a classic script (iife) or a module (esm). */
export async function bundleScript(entry: string, format: 'iife' | 'esm'): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [entry],
    absWorkingDir: process.cwd(),
    bundle: true,
    minify: true,
    format,
    target: 'es2020',
    legalComments: 'none',
    write: false,
  });
  return outputFiles[0]?.text ?? '';
}

export interface NamedBundle {
  /** <name>.<hash of the code>.js: a new name whenever the code changes. */
  file: string;
  code: string;
}

const bundles = new Map<string, Promise<NamedBundle>>();

/** An ES module and what it imports, bundled once a build and named by its hash. */
function namedBundle(entry: string, name: string): Promise<NamedBundle> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundleScript(entry, 'esm').then((code) => ({
      file: `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`,
      code,
    }));
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** The chart code (src/scripts/chart-runtime.ts, with Chart.js). */
export const chartCodeBundle = () => namedBundle('src/scripts/chart-runtime.ts', 'chart-runtime');

/** The search engine (src/lib/search/engine.ts, with MiniSearch). */
export const searchEngineBundle = () => namedBundle('src/lib/search/engine.ts', 'engine');
