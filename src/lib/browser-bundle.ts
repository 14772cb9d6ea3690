/**
 * Browser code that Vite does not bundle, bundled at build time by esbuild
 * from the project's folder, where every build runs: /embed.js, which other
 * sites load, and the chart code, which a chart's island loads by its
 * address (so that the island itself has no import, and Astro writes it into
 * the page instead of making the first view wait for one more file).
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

export interface ChartCode {
  /** chart-runtime.<hash of the code>.js: a new name whenever the code changes. */
  file: string;
  code: string;
}

let chartCode: Promise<ChartCode> | undefined;

/** The chart code (src/scripts/chart-runtime.ts, with Chart.js), bundled once a build. */
export function chartCodeBundle(): Promise<ChartCode> {
  chartCode ??= bundleScript('src/scripts/chart-runtime.ts', 'esm').then((code) => ({
    file: `chart-runtime.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`,
    code,
  }));
  return chartCode;
}
