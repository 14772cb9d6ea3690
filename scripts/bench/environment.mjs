// The machine a benchmark ran on, printed and saved beside the figures:
// timings only mean something next to the cores, the load and the versions.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';

/**
 * `chromium --version`, or why it could not be read.
 * @param {string} path
 */
function chromiumVersion(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim() || `unknown (${path})`;
}

/**
 * Versions, cores, memory and load average now.
 * @param {string} chromiumPath
 */
export function environment(chromiumPath) {
  const require = createRequire(import.meta.url);
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
    lighthouse: /** @type {{ version: string }} */ (require('lighthouse/package.json')).version,
    astro: /** @type {{ version: string }} */ (require('astro/package.json')).version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
}
