// How long the build takes: `astro build` of the site, the PDF step after it
// (scripts/build-pdf.mjs), and `astro build` of generated reviews of many
// sections, so one can see whether the cost per section stays flat as the
// review grows. Each review is built cold (its own empty cache, CACHE_DIR,
// and output folder, OUT_DIR: never node_modules/.astro or dist/), then one
// sentence of one section is changed and it is built again, warm, from the
// cache the cold build filled, as an editor's rebuild is. Reviews live in a
// temporary folder (os.tmpdir()) that is removed after.
//
// Each step is timed twice: wall-clock seconds, and (on Linux) the CPU
// seconds it used, user and system, with everything it started. On a shared
// machine the wall clock grows with other people's load; CPU time much less.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateReview } from './generate.mjs';
import { sitemapPaths } from '../lib/sitemap.mjs';

// Astro's own entry run by this Node, as scripts/lib/preview.mjs does: no npx in
// the timing.
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const PROGRESS_EVERY_MS = 20_000;

/**
 * @typedef {(line: string) => void} Log
 * @typedef {{ seconds: number, cpuSeconds: number | null, output: string }} Timed
 */

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU seconds used so far by this process's finished children (and theirs):
 * cutime + cstime of /proc/self/stat. Null where there is no /proc.
 * @returns {number | null}
 */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Runs a Node script to the end and times it. Its output is kept (the last
 * lines are shown if it fails); every 20 s a progress line says how long it
 * has run and how many files Astro has written so far.
 * @param {string} label
 * @param {string[]} args arguments to this Node
 * @param {Record<string, string>} env added to this process's environment
 * @param {Log} log
 * @returns {Promise<Timed>}
 */
function timed(label, args, env, log) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let files = 0;
    const collect = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString();
      files += text.match(/[├└]─/g)?.length ?? 0;
      output += text;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const progress = setInterval(() => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      log(`  … ${label}: ${seconds} s${files ? `, ${files} files written` : ''}`);
    }, PROGRESS_EVERY_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(progress);
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      if (code === 0) return resolve({ seconds, cpuSeconds, output });
      const tail = output.trimEnd().split('\n').slice(-30).join('\n');
      reject(new Error(`${label} failed (exit ${code}) after ${seconds.toFixed(0)} s:\n${tail}`));
    });
  });
}

/**
 * An `astro build` of the content in `contentDir` (default: the
 * environment's, i.e. content/) into `outDir`: cold (the cache emptied
 * first) unless `warm`.
 * @param {{ label: string, outDir: string, cacheDir: string, contentDir?: string, warm?: boolean, log: Log }} options
 * @returns {Promise<{ seconds: number, cpuSeconds: number | null, pages: number }>}
 */
export async function timeBuild({ label, outDir, cacheDir, contentDir, warm = false, log }) {
  if (!warm) await rm(cacheDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  const env = { OUT_DIR: outDir, CACHE_DIR: cacheDir, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
  const { seconds, cpuSeconds } = await timed(label, [astroBin, 'build'], env, log);
  const pages = sitemapPaths(outDir).length;
  log(
    `  ${label}: ${pages} pages in ${seconds.toFixed(1)} s${cpuSeconds === null ? '' : `, ${cpuSeconds.toFixed(1)} s CPU`}`,
  );
  return { seconds, cpuSeconds, pages };
}

/**
 * The PDF step of `npm run build` on the build in `outDir`, with the drawing
 * cache of that build (`cacheDir`).
 * @param {{ label: string, outDir: string, cacheDir: string, log: Log }} options
 * Wall clock only: most of the work is Chromium's, whose processes the CPU
 * count of finished children does not reliably include.
 * @returns {Promise<{ seconds: number, pages: number | null, bytes: number | null }>}
 */
export async function timePdf({ label, outDir, cacheDir, log }) {
  const env = { OUT_DIR: outDir, CACHE_DIR: cacheDir };
  const { seconds, output } = await timed(label, ['scripts/build-pdf.mjs'], env, log);
  const match = /(\d+) pages, .*?\((\d+) bytes\)/.exec(output);
  const pages = match ? Number(match[1]) : null;
  log(`  ${label}: ${pages ?? '?'} PDF pages in ${seconds.toFixed(1)} s`);
  return { seconds, pages, bytes: match ? Number(match[2]) : null };
}

/**
 * The edit timed for a warm rebuild: the first sentence of the first
 * section's text gets a sentence after it, without a number and outside
 * every quoted phrase, so every content check still holds.
 * @param {string} contentDir
 */
export async function changeOneSentence(contentDir) {
  const dir = join(contentDir, 'sections');
  const [first] = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  if (!first) throw new Error(`No section in ${dir}`);
  const file = join(dir, first);
  const source = await readFile(file, 'utf8');
  const body = source.indexOf('\n---\n') + 5;
  const end = source.indexOf('。', body);
  if (end < 0) throw new Error(`No sentence in ${file}`);
  await writeFile(file, `${source.slice(0, end + 1)}此句为计时而加。${source.slice(end + 1)}`);
}

/**
 * Builds a generated review of `sections` sections (and its PDF when asked)
 * in a temporary folder, cold, then changes one sentence and builds it
 * again, warm; times each step.
 * @param {number} sections
 * @param {{ pdf: boolean, log: Log }} options
 */
export async function timeGeneratedReview(sections, { pdf, log }) {
  const dir = await mkdtemp(join(tmpdir(), `tongchuan-bench-${sections}-`));
  try {
    const contentDir = join(dir, 'content');
    await generateReview(contentDir, sections);
    const outDir = join(dir, 'dist');
    const cacheDir = join(dir, 'cache');
    log(`building a generated review of ${sections} sections in ${dir}`);
    /** @param {'cold' | 'warm'} state */
    const time = async (state) => {
      const label = `${state} astro build, ${sections} sections`;
      const build = await timeBuild({ label, outDir, cacheDir, contentDir, warm: state === 'warm', log });
      // The overview, the print edition, the search and a page per section.
      if (build.pages !== sections + 3)
        throw new Error(`The ${sections}-section build has ${build.pages} pages in its sitemap, not ${sections + 3}.`);
      const pdfLabel = `${state} PDF, ${sections} sections`;
      const pdfResult = pdf ? await timePdf({ label: pdfLabel, outDir, cacheDir, log }) : undefined;
      return { build, pdf: pdfResult };
    };
    const cold = await time('cold');
    await changeOneSentence(contentDir);
    const warm = await time('warm');
    return { sections, build: cold.build, pdf: cold.pdf, warm };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
