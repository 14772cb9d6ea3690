// Screenshots of every page at phone and desktop width, light and dark, and
// printed, for a person to look at: npm run screenshots (after a build).
// Writes PNGs to screenshots/ (ignored by git).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/browser.mjs';
import { startPreview } from './lib/preview.mjs';
import { outDir } from '../src/lib/site-env.mjs';
import { buildPages } from './lib/pages.mjs';

const only = process.argv.slice(2);
const server = await startPreview();
const paths = buildPages(outDir());
await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
/** @type {[string, number][]} */
const widths = [
  ['phone', 390],
  ['desktop', 1280],
];
/** @type {('light' | 'dark')[]} */
const schemes = ['light', 'dark'];
for (const [name, width] of widths) {
  for (const scheme of schemes) {
    const page = await browser.newPage({
      viewport: { width, height: 844 },
      colorScheme: scheme,
      deviceScaleFactor: name === 'phone' ? 2 : 1,
    });
    for (const path of paths) {
      const slug = path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'index';
      if (only.length && !only.includes(slug)) continue;
      await page.goto(new URL(path, server.url).href);
      await page.screenshot({ path: `screenshots/${slug}-${name}-${scheme}.png`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
await server.stop();
console.log(`screenshots of ${paths.length} pages in screenshots/`);
