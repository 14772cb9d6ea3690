// `npm test`: every gate in order, stopping at the first that fails.
// Builds the site once (the browser tests run against that build).
import { spawn, spawnSync } from 'node:child_process';
import { chromiumPath } from './lib/browser.mjs';

try {
  const path = chromiumPath();
  console.log(`Browser tests will use ${path ?? "Playwright's own Chromium"}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The links, share addresses, posters, QR codes and search again on a build
// under a sub-path of another address: the one tests/build/subpath-links.test.ts
// makes (site and PDF) in the unit and build tests, served from its folder,
// so dist/ stays the plain build and the sub-path is built once.
const subPath = {
  BASE_PATH: '/reviews/',
  SITE_URL: 'https://example.org',
  OUT_DIR: '.tmp/subpath-links/dist',
};

// Every test reads the tests' own archive, never the live content/: the seed
// (the review the site was made for), invented reviews, and two years of an
// invented place. A desk that adds its next review to content/ changes no test.
process.env.CONTENT_DIR = 'tests/fixtures/archive';

/** @typedef {[string, string[], Record<string, string>?]} Step */
/**
 * In order; a pair runs side by side (their outputs printed one after the
 * other when both end): the byte budgets mostly wait on a network Chromium
 * is told is 3G, while the checks of the build work.
 * @type {(Step | [Step, Step])[]}
 */
const steps = [
  ['lint', ['npm', 'run', 'lint']],
  ['astro check', ['npx', 'astro', 'check']],
  ['unit and build tests', ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'build']],
  ['build (the site and its PDF)', ['npm', 'run', 'build']],
  [
    // Valid HTML, every link and fragment, the CSP of every page, a second build byte for byte the same.
    ['checks of the build', ['npx', 'vitest', 'run', '--project', 'dist']],
    ['byte budgets', ['node', 'scripts/bench-bytes.mjs', '--no-build']],
  ],
  ['browser tests', ['npx', 'playwright', 'test']],
  [
    'browser tests under a sub-path',
    // What holds under any address is tested once, above: WeChat's share
    // control, and the two sweeps of every page for the scripts each loads.
    [
      'npx',
      'playwright',
      'test',
      'tests/e2e/site.spec.ts',
      'tests/e2e/share.spec.ts',
      'tests/e2e/search.spec.ts',
      '--project',
      'desktop-light',
      '--grep-invert',
      'inside WeChat|ship no JavaScript|no other page loads',
    ],
    subPath,
  ],
];

/** @param {Step[0]} name */
const heading = (name, /** @type {Step[1]} */ command) => `\n=== ${name}: ${command.join(' ')}`;

/** @param {Step[0]} name @param {number | null} status @param {number} started */
function verdict(name, status, started) {
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`=== ${name} passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Runs a step with its output kept, for a pair. @param {Step} step */
function runKept([, [command, ...args], env = {}]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(output).toString() }));
  });
}

for (const step of steps) {
  const started = Date.now();
  if (Array.isArray(step[0])) {
    const pair = /** @type {[Step, Step]} */ (step);
    const results = await Promise.all(pair.map(runKept));
    for (const [i, [name, command]] of pair.entries()) {
      console.log(heading(name, command));
      process.stdout.write(results[i].output);
    }
    for (const [i, [name]] of pair.entries()) verdict(name, results[i].status, started);
    continue;
  }
  const [name, [command, ...args], env = {}] = /** @type {Step} */ (step);
  console.log(heading(name, [command, ...args]));
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  verdict(name, status, started);
}
console.log('\nAll gates passed.');
