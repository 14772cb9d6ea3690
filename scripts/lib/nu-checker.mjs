// The W3C's Nu Html Checker (vnu, from the npm package vnu-jar) over many
// pages in one Java process: starting Java costs seconds, each page then
// milliseconds. Needs Java 17 or later (Debian's default-jre-headless, which
// .ci/run installs); the package's own download of a Java is turned off in
// package.json (allowScripts), as the machines this project runs on reach
// no host but the package registries.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export const HOW_TO_GET_JAVA =
  'The Nu Html Checker (vnu-jar) needs Java 17 or later, and found none. Install it: apt-get install -y default-jre-headless (Debian), as .ci/run does; or set JAVA_HOME.';

/**
 * What vnu reports that is not a fault of the page: its CSS grammar is
 * older than CSS that every browser the site serves reads. Each exact text,
 * so that any other CSS error still fails.
 */
const OLDER_THAN_THE_SITE = new Set([
  // Tailwind 4 registers its custom properties with @property (CSS
  // Properties and Values, in Chromium, Safari and Firefox since 2024).
  'CSS: Unrecognized at-rule “@property”',
  // Tailwind 4 asks @supports (not (margin-trim: block)) to tell a browser
  // without @property apart; a feature query is where unknown properties belong.
  "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
]);

/**
 * @typedef {{ type: string, subType?: string, url?: string, lastLine?: number, firstColumn?: number, message: string }} NuMessage
 */

/** @returns {string} the java command: JAVA_HOME's, else the one on PATH */
function javaCommand() {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', 'java') : 'java';
}

/**
 * Every error vnu finds in `files` (HTML, with the CSS and SVG in them),
 * checked in one Java process; warnings and notes are left out.
 * @param {string[]} files
 * @returns {NuMessage[]}
 */
export function nuErrors(files) {
  const java = javaCommand();
  if (spawnSync(java, ['-version']).status !== 0) throw new Error(HOW_TO_GET_JAVA);
  const run = spawnSync(
    java,
    ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--errors-only', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`vnu failed (exit ${run.status}): ${run.stderr || run.error?.message}`);
  /** @type {{ messages: NuMessage[] }} */
  const report = JSON.parse(run.stdout);
  return report.messages;
}

/**
 * The messages that are faults of the page: every error (and every file vnu
 * could not read) but those of OLDER_THAN_THE_SITE.
 * @param {NuMessage[]} messages
 * @returns {NuMessage[]}
 */
export function realErrors(messages) {
  return messages.filter((m) => m.type !== 'info' && !OLDER_THAN_THE_SITE.has(m.message));
}

/**
 * One line for a message: the file relative to `dir`, its line and column, what is wrong.
 * @param {NuMessage} message @param {string} dir
 */
export function describeNu(message, dir) {
  const file = message.url ? relative(dir, fileURLToPath(message.url)) : '(no file)';
  return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}: ${message.message}`;
}
