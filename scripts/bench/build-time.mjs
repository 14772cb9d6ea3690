// How long the build takes: `astro build` and the PDF step after it
// (scripts/build-pdf.mjs, what `npm run build` runs) of generated archives
// (./generate.mjs) of several sizes, so one can see whether the cost per
// review stays flat as the archive grows. Each archive is built cold (its
// own empty cache, CACHE_DIR, and output folder, OUT_DIR: never
// node_modules/.astro or dist/); the largest is then built again, warm,
// after one sentence of one section of one review changed, from the cache
// the cold build filled, as an editor's rebuild is. Archives and builds stay
// under .tmp/bench/ (git-ignored) after the run, so the benchmark can
// measure their pages and one can look at them.
//
// Each step is timed twice: wall-clock seconds, and (on Linux) the CPU
// seconds it used, user and system, with everything it started. On a shared
// machine the wall clock grows with other people's load; CPU time much less.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArchive } from './generate.mjs';
import { basePath } from '../../src/lib/site-env.mjs';
import { astroBin } from '../lib/preview.mjs';
import { sitemapPaths } from '../lib/sitemap.mjs';

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
 * An `astro build` of the archive in `contentDir` into `outDir`: cold (the
 * cache emptied first) unless `warm`.
 * @param {{ label: string, outDir: string, cacheDir: string, contentDir: string, warm?: boolean, log: Log }} options
 * @returns {Promise<{ seconds: number, cpuSeconds: number | null, pages: number }>}
 */
async function timeBuild({ label, outDir, cacheDir, contentDir, warm = false, log }) {
  if (!warm) await rm(cacheDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  const env = { OUT_DIR: outDir, CACHE_DIR: cacheDir, CONTENT_DIR: contentDir };
  const { seconds, cpuSeconds } = await timed(label, [astroBin, 'build'], env, log);
  const pages = sitemapPaths(outDir).length;
  log(
    `  ${label}: ${pages} pages in ${seconds.toFixed(1)} s${cpuSeconds === null ? '' : `, ${cpuSeconds.toFixed(1)} s CPU`}`,
  );
  return { seconds, cpuSeconds, pages };
}

/**
 * The PDF step of `npm run build` on the build in `outDir`, with the drawing
 * cache of that build (`cacheDir`): a PDF a review, printed again only when
 * its print edition changed.
 * Wall clock only: most of the work is Chromium's, whose processes the CPU
 * count of finished children does not reliably include.
 * @param {{ label: string, outDir: string, cacheDir: string, log: Log }} options
 * @returns {Promise<{ seconds: number, pdfs: number, printed: number, pages: number }>}
 */
async function timePdf({ label, outDir, cacheDir, log }) {
  const env = { OUT_DIR: outDir, CACHE_DIR: cacheDir };
  const { seconds, output } = await timed(label, ['scripts/build-pdf.mjs'], env, log);
  // One line a PDF (scripts/build-pdf.mjs): its pages, and whether it was printed or taken from the cache.
  const lines = [...output.matchAll(/^PDF: .*?, (\d+) pages, .*$/gm)];
  const pages = lines.reduce((total, [, count]) => total + Number(count), 0);
  const printed = lines.filter(([line]) => !line.includes('from the drawing cache')).length;
  log(`  ${label}: ${lines.length} PDFs (${printed} printed), ${pages} pages in ${seconds.toFixed(1)} s`);
  return { seconds, pdfs: lines.length, printed, pages };
}

/**
 * The edit timed for a warm rebuild: the first sentence of the first
 * section file of the review in `reviewDir` gets a sentence after it,
 * without a number and outside every quoted phrase, so every content check
 * still holds.
 * @param {string} reviewDir
 */
async function changeOneSentence(reviewDir) {
  const dir = join(reviewDir, 'sections');
  const [first] = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  if (!first) throw new Error(`No section in ${dir}`);
  const file = join(dir, first);
  const source = await readFile(file, 'utf8');
  const body = source.indexOf('\n---\n') + 5;
  const end = source.indexOf('。', body);
  if (end < 0) throw new Error(`No sentence in ${file}`);
  await writeFile(file, `${source.slice(0, end + 1)}此句为计时而加。${source.slice(end + 1)}`);
  return file;
}

/**
 * @typedef {Awaited<ReturnType<typeof timeBuild>>} BuildTimed
 * @typedef {Awaited<ReturnType<typeof timePdf>>} PdfTimed
 * @typedef {{ build: BuildTimed, pdf: PdfTimed }} Step
 * @typedef {{ reviews: number, sections: number, outDir: string, cold: Step, warm?: Step & { changed: string } }} ArchiveTimed
 */

/**
 * Generates an archive of `reviews` reviews of `sections` sections under
 * `root` (content/, dist/, cache/), builds it cold with its PDFs and, when
 * asked, changes one sentence of one review and builds it again, warm.
 * @param {number} reviews
 * @param {{ sections: number, root: string, warm: boolean, log: Log }} options
 * @returns {Promise<ArchiveTimed>}
 */
export async function timeArchive(reviews, { sections, root, warm, log }) {
  const dir = join(root, `${reviews}-reviews`);
  await rm(dir, { recursive: true, force: true });
  const contentDir = join(dir, 'content');
  const plan = await generateArchive(contentDir, { reviews, sections });
  const paths = { outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), contentDir };
  log(`building a generated archive of ${reviews} reviews of ${sections} sections in ${dir}`);
  /** @param {'cold' | 'warm'} state @returns {Promise<Step>} */
  const step = async (state) => {
    const label = `${state} build, ${reviews} reviews`;
    const build = await timeBuild({ label: `${label}, astro build`, ...paths, warm: state === 'warm', log });
    // Every review's overview, or a review went missing.
    const listed = new Set(sitemapPaths(paths.outDir));
    const base = basePath(process.env.BASE_PATH);
    const missing = plan.filter((r) => !listed.has(`${base}${r.path.slice(1)}`));
    if (missing.length) throw new Error(`The ${label} lists no page of ${missing.map((r) => r.folder).join(', ')}.`);
    return { build, pdf: await timePdf({ label: `${label}, PDF`, ...paths, log }) };
  };
  const cold = await step('cold');
  if (!warm) return { reviews, sections, outDir: paths.outDir, cold };
  // A review in the middle: neither the newest nor the first in any list.
  const changed = await changeOneSentence(join(contentDir, plan[Math.floor(plan.length / 2)]?.folder ?? ''));
  log(`  changed one sentence of ${changed}`);
  return { reviews, sections, outDir: paths.outDir, cold, warm: { ...(await step('warm')), changed } };
}
