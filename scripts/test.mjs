// `npm test`: every gate in order, stopping at the first that fails.
// Builds the site once (the browser tests run against that build).
import { spawnSync } from 'node:child_process';
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
  BASE_PATH: '/review/2020/',
  SITE_URL: 'https://example.org',
  OUT_DIR: '.tmp/subpath-links/dist',
};

/** @type {[string, string[], Record<string, string>?][]} */
const steps = [
  ['lint', ['npm', 'run', 'lint']],
  ['astro check', ['npx', 'astro', 'check']],
  ['unit and build tests', ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'build']],
  ['build (the site and its PDF)', ['npm', 'run', 'build']],
  // Valid HTML, every link and fragment, the CSP of every page, a second build byte for byte the same.
  ['checks of the build', ['npx', 'vitest', 'run', '--project', 'dist']],
  ['byte budgets', ['node', 'scripts/bench-bytes.mjs', '--no-build']],
  ['browser tests', ['npx', 'playwright', 'test']],
  [
    'browser tests under a sub-path',
    // WeChat's share control behaves the same under any address: it is tested once, above.
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
      'inside WeChat',
    ],
    subPath,
  ],
];

for (const [name, [command, ...args], env = {}] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`=== ${name} passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log('\nAll gates passed.');
