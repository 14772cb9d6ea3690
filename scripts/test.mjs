// `npm test`: every gate in order, stopping at the first that fails.
// Builds the site once (the browser tests run against that build).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
  // Beside the browser tests of dist/: a port of its own, and one browser.
  PREVIEW_PORT: '4330',
  PLAYWRIGHT_WORKERS: '1',
};

// Every test reads the tests' own archive, never the live content/: the seed
// (the review the site was made for), invented reviews, and two years of an
// invented place. A desk that adds its next review to content/ changes no test.
process.env.CONTENT_DIR = 'tests/fixtures/archive';

// The browser tests in three runs, each beside other work, each in a lane
// of its own (and a port of its own when two serve at once): the headings of
// every page in every view, the PDF, print, framed charts and the old
// addresses in one browser beside the build tests (whose builds are mostly
// one thread); the charts in one browser beside the rest, once the second
// build and the sub-path's tests are done; the rest in three.
const EARLY_SPECS = ['every-heading', 'headings', 'pdf', 'print', 'embed', 'moved'].map(
  (s) => `tests/e2e/${s}.spec.ts`,
);
const CHART_SPECS = ['tests/e2e/charts.spec.ts'];
const LATER_SPECS = readdirSync('tests/e2e')
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => `tests/e2e/${file}`)
  .filter((file) => !EARLY_SPECS.includes(file) && !CHART_SPECS.includes(file));

// The one check of the build that builds again (determinism needs the sub-path build's drawings, from the build tests).
const DETERMINISM = 'tests/dist/determinism.test.ts';

/** @typedef {[string, string[], Record<string, string>?]} Step */
/**
 * In order. A group of lanes runs its lanes side by side, on the machine's
 * two cores, each lane's steps one after the other (each lane's output is
 * printed when all have ended). Side by side goes only what never builds
 * into the same project at once: two builds would share Astro's .astro/
 * folder, which holds the content's module list; and a build beside the
 * browser tests would starve both, so builds pair with lighter steps. Lint
 * and types; the unit tests and the build the later steps check; the tests
 * that build content of their own (each build mostly one thread) beside the
 * byte budgets (pages measured in Chromium, mostly waiting), the checks of
 * the build that only read it and some browser tests; then the rest of the
 * browser tests, beside the one check that builds again (warm, its drawings
 * all cached), the browser tests under a sub-path and those of the charts.
 * @type {(Step | Step[][])[]}
 */
const steps = [
  [[['lint', ['npm', 'run', 'lint']]], [['astro check', ['npx', 'astro', 'check']]]],
  [
    [['unit tests', ['npx', 'vitest', 'run', '--project', 'unit']]],
    [['build (the site and its PDF)', ['npm', 'run', 'build']]],
  ],
  [
    [['build tests', ['npx', 'vitest', 'run', '--project', 'build']]],
    [
      ['byte budgets', ['node', 'scripts/bench-bytes.mjs', '--no-build']],
      // Valid HTML, every link and fragment, the CSP of every page, the redirects in a real nginx.
      ['checks of the build', ['npx', 'vitest', 'run', '--project', 'dist', '--exclude', DETERMINISM]],
      [
        'browser tests: headings, the PDF, print, framed charts, old addresses',
        ['npx', 'playwright', 'test', ...EARLY_SPECS, '--output', '.tmp/e2e-early/test-results'],
        { PLAYWRIGHT_WORKERS: '1' },
      ],
    ],
  ],
  [
    [['browser tests: the rest', ['npx', 'playwright', 'test', ...LATER_SPECS]]],
    [
      ['a second build byte for byte the same', ['npx', 'vitest', 'run', '--project', 'dist', DETERMINISM]],
      [
        'browser tests under a sub-path',
        // The tests titled @sub-path: those whose page script builds or
        // follows an address (the search's index, results and scope, the
        // share control's copies, the chart's code). Every address written
        // into the files of that build, tests/build/subpath-links.test.ts
        // reads; the tests of what the HTML alone holds run once, on dist/.
        [
          'npx',
          'playwright',
          'test',
          '--project',
          'desktop-light',
          '--grep',
          '@sub-path',
          '--output',
          '.tmp/subpath-links/test-results',
        ],
        subPath,
      ],
      [
        'browser tests: charts',
        ['npx', 'playwright', 'test', ...CHART_SPECS, '--output', '.tmp/e2e-charts/test-results'],
        { PLAYWRIGHT_WORKERS: '1', PREVIEW_PORT: '4331' },
      ],
    ],
  ],
];

/** @param {Step[0]} name */
const heading = (name, /** @type {Step[1]} */ command) => `\n=== ${name}: ${command.join(' ')}`;

/** @param {Step[0]} name @param {number | null} status @param {number} ms how long it took */
function verdict(name, status, ms) {
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`=== ${name} passed in ${(ms / 1000).toFixed(0)} s`);
}

/** Runs a step with its output kept, for a lane. @param {Step} step */
function runKept([, [command, ...args], env = {}]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (/** @type {number | null} */ status) => resolve({ status, output: Buffer.concat(output).toString() });
    child.on('close', done);
    // A server a failed step left behind would hold its output open, and
    // 'close' never come: its exit is the step's end, once what it wrote has been read.
    child.on('exit', (status) => setTimeout(() => done(status), 2000));
  });
}

/**
 * A lane's steps in order, up to the first that fails: each one's output,
 * status and time.
 * @param {Step[]} lane
 */
async function runLane(lane) {
  /** @type {{ step: Step, status: number | null, output: string, ms: number }[]} */
  const ran = [];
  for (const step of lane) {
    const started = Date.now();
    const { status, output } = await runKept(step);
    ran.push({ step, status, output, ms: Date.now() - started });
    if (status !== 0) break;
  }
  return ran;
}

for (const step of steps) {
  if (Array.isArray(step[0][0])) {
    const lanes = await Promise.all(/** @type {Step[][]} */ (step).map(runLane));
    for (const {
      step: [name, command],
      output,
    } of lanes.flat()) {
      console.log(heading(name, command));
      process.stdout.write(output);
    }
    for (const {
      step: [name],
      status,
      ms,
    } of lanes.flat())
      verdict(name, status, ms);
    continue;
  }
  const [name, [command, ...args], env = {}] = /** @type {Step} */ (step);
  const started = Date.now();
  console.log(heading(name, [command, ...args]));
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  verdict(name, status, Date.now() - started);
}
console.log('\nAll gates passed.');
