// Each review's PDF, made after `astro build` (npm run build): serves the
// build, prints the review's print edition (<review>/print/) in Chromium and
// writes <review>/<slug>.pdf beside its pages, then writes the PDF's size
// into the pages that link to it.
//
// - Fonts: Noto Sans SC from @fontsource/noto-sans-sc, given to the page here
//   (src/styles/print.css says why the site does not declare it), so the PDF
//   looks the same whatever fonts the building machine has.
// - Contents page numbers: Chromium cannot compute them (no target-counter),
//   so the page is printed once, the section pages read from the PDF's
//   outline, written into the contents, and printed again; the build fails
//   if the second print does not confirm them.
// - Metadata: title, author, subject and language set; the creation and
//   modification dates removed, so one commit always gives the same bytes.
// - Cached like every drawing (src/lib/drawing-cache.mjs): by the print
//   edition as built, every other file of its review but the pages, this
//   step's code and the Chromium that prints, so a rebuild that changes
//   nothing on a review's paper prints nothing of it.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { cachedDrawing, sourceHash } from '../src/lib/drawing-cache.mjs';
import { fillPdfSize, formatFileSize, pdfSizeToken } from '../src/lib/pdf-file.mjs';
import { writeCompressed } from '../src/lib/precompress.mjs';
import { basePath, outDir } from '../src/lib/site-env.mjs';
import { chromiumPath, launchOptions } from './lib/browser.mjs';
import { finish, openPrintEdition, outlinePages, printWithPageNumbers } from './lib/print-edition.mjs';
import { startPreview } from './lib/preview.mjs';

const dist = outDir();
const base = basePath(process.env.BASE_PATH);
/** Every .html file under a folder. */
async function htmlFiles(/** @type {string} */ dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Writes a PDF's size where the pages left its token, and their compressed forms again; returns how many pages. */
async function fillSizes(/** @type {string} */ path, /** @type {number} */ bytes) {
  let filled = 0;
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes(pdfSizeToken(path))) continue;
    await writeFile(file, fillPdfSize(html, path, bytes));
    await writeCompressed(file);
    filled++;
  }
  return filled;
}

/**
 * Every review's print edition in the build: its address (relative to the
 * base) and its page, told apart from an old address's page by the marks
 * the PDF is made from.
 */
async function printEditions() {
  const pages = (await htmlFiles(dist)).filter((file) => file.endsWith(join('print', 'index.html')));
  const editions = [];
  for (const file of pages.sort()) {
    if ((await readFile(file, 'utf8')).includes('data-pdf-title=')) {
      editions.push({
        path: relative(dist, file)
          .split(sep)
          .slice(0, -2)
          .map((p) => `${p}/`)
          .join(''),
        file,
      });
    }
  }
  if (editions.length === 0) throw new Error(`The build in ${dist}/ has no print edition.`);
  return editions;
}

/**
 * One browser and one server for every print edition the drawing cache does
 * not hold, started for the first of them.
 * @param {ReturnType<typeof launchOptions>} options
 */
function printer(options) {
  /** @type {Promise<{ server: Awaited<ReturnType<typeof startPreview>>, browser: import('@playwright/test').Browser }> | undefined} */
  let started;
  return {
    /** @param {string} path the review's address, relative to the base */
    async print(path) {
      started ??= (async () => {
        const server = await startPreview({ outDir: dist });
        return { server, browser: await chromium.launch(options) };
      })();
      const { server, browser } = await started;
      const { page, doc } = await openPrintEdition(browser, new URL(path, server.url).href);
      if (!doc.href.startsWith(base)) throw new Error(`${path}print/ links to no PDF under ${base} (a[data-pdf]).`);
      const { bytes, numbers } = await printWithPageNumbers(page, doc.targets);
      await page.close();
      return { pdf: await finish(bytes, doc), numbers: Object.values(numbers) };
    },
    async stop() {
      if (!started) return;
      const { server, browser } = await started;
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * What a review's PDF is drawn from: its print edition as Astro wrote it, the
 * rest of the review's files (its pictures), this code, the browser.
 * @param {{ path: string, file: string }} edition
 */
async function printedFrom(edition) {
  const browser = chromiumPath() ?? chromium.executablePath();
  const { size, mtimeMs } = await stat(browser);
  return {
    edition: await sourceHash([edition.file]),
    files: await sourceHash([join(dist, edition.path)], (file) => !/\.(html|pdf)(\.br|\.gz)?$/.test(file)),
    code: await sourceHash(['scripts/build-pdf.mjs', 'scripts/lib']),
    chromium: { browser, size, mtimeMs },
  };
}

async function main() {
  const options = launchOptions(); // says plainly how to get a Chromium when there is none
  const printing = printer(options);
  try {
    for (const edition of await printEditions()) {
      /** @type {number[] | undefined} the contents' page numbers, when printed now */
      let numbers;
      const pdf = await cachedDrawing('pdf', await printedFrom(edition), async () => {
        const printed = await printing.print(edition.path);
        numbers = printed.numbers;
        return printed.pdf;
      });
      // The print edition links to the PDF (a[data-pdf]): that address is where it goes.
      const html = await readFile(edition.file, 'utf8');
      const href = /<a [^>]*?href="([^"]+)"[^>]*? data-pdf[ >]/.exec(html)?.[1] ?? '';
      if (!href.startsWith(base)) throw new Error(`${edition.file} links to no PDF under ${base} (a[data-pdf]).`);
      const path = href.slice(base.length);
      const file = join(dist, path);
      await writeFile(file, pdf);
      const filled = await fillSizes(path, pdf.length);
      const { count } = await outlinePages(new Uint8Array(pdf));
      const how = numbers ? `contents page numbers ${numbers.join(', ')}` : 'from the drawing cache';
      console.log(
        `PDF: ${file}, ${count} pages, ${formatFileSize(pdf.length)} (${pdf.length} bytes); ${how}; size written into ${filled} pages`,
      );
    }
  } finally {
    await printing.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nThe PDF was not made.\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
