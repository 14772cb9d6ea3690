// `npm run check:print-preview` (after a build): prints pages as a reader
// does, through Chromium's own print preview (Ctrl+P), and checks that every
// chart comes out: a page with a chart and the print edition, with
// JavaScript on and off, light and dark, straight after load, without
// scrolling. The browser tests print with page.pdf(), which goes another way
// through Chromium; the preview needs a visible browser, so this runs a
// headed Chromium on a virtual display (Xvfb), presses Ctrl+P as a key
// (xdotool), and lets Chromium's kiosk printing save the preview's PDF.
// Debian: apt-get install -y xvfb xdotool. Not part of npm test: it needs
// those, and it checks Chromium's behaviour more than ours (docs/print.md,
// "Charts on paper").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { basePath, outDir } from '../src/lib/site-env.mjs';
import { CHROMIUM_ARGS, launchOptions } from './lib/browser.mjs';
import { pdfImages, printedFiles } from './lib/pictures.mjs';
import { startPreview } from './lib/preview.mjs';
import { sitemapPaths } from './lib/sitemap.mjs';

for (const tool of ['Xvfb', 'xdotool']) {
  if (spawnSync('which', [tool]).status !== 0) {
    console.error(`${tool} is missing: apt-get install -y xvfb xdotool`);
    process.exit(1);
  }
}

/** A virtual display of our own, so the key press goes to our browser only. */
async function startDisplay() {
  for (let n = 90; n < 110; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const server = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    return { display: `:${n}`, stop: () => server.kill() };
  }
  throw new Error('No free X display between :90 and :109.');
}

/**
 * Prints one page through the print preview; returns the PDF it saved.
 * @param {string} url
 * @param {{ javaScriptEnabled: boolean, colorScheme: 'light' | 'dark', display: string }} options
 */
async function printPreview(url, { javaScriptEnabled, colorScheme, display }) {
  const dir = await mkdtemp(join(tmpdir(), 'print-preview-'));
  const downloads = join(dir, 'downloads');
  const profile = join(dir, 'profile');
  await mkdir(join(profile, 'Default'), { recursive: true });
  await mkdir(downloads);
  // Save as PDF, into downloads, without asking: what kiosk printing then prints to.
  const destination = { id: 'Save as PDF', origin: 'local', account: '' };
  await writeFile(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({
      download: { default_directory: downloads, prompt_for_download: false },
      savefile: { default_directory: downloads },
      printing: {
        print_preview_sticky_settings: {
          appState: JSON.stringify({
            version: 2,
            recentDestinations: [destination],
            selectedDestinationId: destination.id,
          }),
        },
      },
    }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions(),
    headless: false,
    args: [...CHROMIUM_ARGS, '--kiosk-printing'],
    env: { ...process.env, DISPLAY: display },
    javaScriptEnabled,
    colorScheme,
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const sources = await page
      .locator('figure.chart img.chart-paper')
      .evaluateAll((imgs) => imgs.map((img) => /** @type {HTMLImageElement} */ (img).src));
    const pictures = sources.map((src) => join(dist, new URL(src).pathname.slice(base.length)));
    const env = { ...process.env, DISPLAY: display };
    const [window] = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env, encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    if (!window) throw new Error('No Chromium window on the virtual display.');
    spawnSync('xdotool', ['windowfocus', '--sync', window], { env });
    spawnSync('xdotool', ['key', '--window', window, 'ctrl+p'], { env });
    for (let i = 0; i < 600; i++) {
      const [file] = (await readdir(downloads)).filter((f) => f.endsWith('.pdf'));
      if (file) {
        // Saved once it stops growing.
        const bytes = await readFile(join(downloads, file));
        await new Promise((r) => setTimeout(r, 300));
        const again = await readFile(join(downloads, file));
        if (bytes.length > 0 && bytes.length === again.length) return { pdf: new Uint8Array(again), pictures };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The print preview of ${url} saved no PDF within 60 s.`);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const dist = outDir();
const base = basePath(process.env.BASE_PATH);
const server = await startPreview({ outDir: dist });
const { display, stop } = await startDisplay();
/** @type {Record<string, unknown>[]} */
const rows = [];
try {
  // The first section page with a chart, and the print edition.
  const paths = sitemapPaths(dist);
  const edition = paths.filter((p) => p.endsWith('/print/'));
  const withChart = [];
  for (const path of paths) {
    const html = await readFile(join(dist, path.slice(base.length), 'index.html'), 'utf8');
    if (path !== base && !edition.includes(path) && html.includes('<figure id="chart-')) withChart.push(path);
  }
  for (const path of [...withChart.slice(0, 1), ...edition]) {
    for (const javaScriptEnabled of [true, false]) {
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        const url = new URL(path, server.url).href;
        const { pdf, pictures } = await printPreview(url, { javaScriptEnabled, colorScheme, display });
        const printed = await printedFiles(await pdfImages(pdf), pictures);
        const whole = printed.filter(Boolean).length;
        rows.push({
          page: path,
          javaScript: javaScriptEnabled,
          scheme: colorScheme,
          charts: pictures.length,
          'pictures printed': printed.length,
          "paper's picture, pixel for pixel": whole,
          ok: printed.length === pictures.length && whole === pictures.length,
        });
      }
    }
  }
} finally {
  stop();
  await server.stop();
}
console.table(rows);
if (rows.some((row) => !row.ok)) {
  console.error('Some chart did not come out of the print preview whole.');
  process.exit(1);
}
console.log("Every chart came out of Chromium's print preview as paper's picture, pixel for pixel.");
