// `npm test`: every gate in order, stopping at the first that fails.
// Builds the site once (the browser tests run against that build).
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './browser.mjs';

try {
  const path = chromiumPath();
  console.log(`Browser tests will use ${path ?? "Playwright's own Chromium"}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const steps = [
  ['lint', ['npm', 'run', 'lint']],
  ['astro check', ['npx', 'astro', 'check']],
  ['unit and build tests', ['npx', 'vitest', 'run']],
  ['build (the site and its PDF)', ['npm', 'run', 'build']],
  ['browser tests', ['npx', 'playwright', 'test']],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`=== ${name} passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log('\nAll gates passed.');
