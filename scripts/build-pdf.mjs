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
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cachedDrawing, sourceHash } from '../src/lib/drawing-cache.mjs';
import { fillPdfSize, formatFileSize, pdfSizeToken } from '../src/lib/pdf-file.mjs';
import { writeCompressed } from '../src/lib/precompress.mjs';
import { basePath, outDir } from '../src/lib/site-env.mjs';
import { chromiumPath, launchOptions } from './lib/browser.mjs';
import { pdfOutline } from './lib/pdf-outline.mjs';
import { startPreview } from './lib/preview.mjs';

const dist = outDir();
const base = basePath(process.env.BASE_PATH);
const FONT_PATH = '/__print-fonts/';

/** Noto Sans SC 400 and 700 as @fontsource declares them, served from FONT_PATH. */
async function fontCss() {
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
  const css = (await Promise.all(['400.css', '700.css'].map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
  const served = css.replace(
    /url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)(, url\([^)]*\) format\('woff'\))?/g,
    (_, file) => `url(${FONT_PATH}${file}) format('woff2')`,
  );
  if (served.includes('./files/'))
    throw new Error('@fontsource/noto-sans-sc declares its fonts in an unexpected form.');
  return { files: join(dir, 'files'), css: served };
}

/**
 * Each outline entry that leads to a page, with that page (1-based), and the number of pages.
 * @param {Uint8Array} bytes
 */
async function outlinePages(bytes) {
  const task = getDocument({ data: bytes.slice() });
  const doc = await task.promise;
  const pages = (await pdfOutline(doc)).filter((entry) => entry.page > 0);
  const count = doc.numPages;
  await task.destroy();
  return { pages, count };
}

/** Removes every space, for comparing headings as laid out with outline titles. */
const squash = (/** @type {string} */ s) => s.replace(/\s+/g, '');

/** @param {import('@playwright/test').Page} page */
async function print(page) {
  return new Uint8Array(
    await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true }),
  );
}

/** Every .html file under a folder. */
async function htmlFiles(/** @type {string} */ dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Opens the print edition as Chromium prints it, with the fonts loaded, and
 * reads what the PDF needs from it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} reviewUrl the review's address on the preview server
 */
async function openPrintEdition(browser, reviewUrl) {
  // The page's CSP allows no style it did not ship; the font declarations
  // are this build step's own, for the PDF only.
  const page = await browser.newPage({ bypassCSP: true });
  const fonts = await fontCss();
  await page.route(`**${FONT_PATH}*`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(FONT_PATH.length);
    if (!/^[\w-]+\.woff2$/.test(name)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: join(fonts.files, name), contentType: 'font/woff2' });
  });
  const response = await page.goto(new URL('print/', reviewUrl).href);
  if (!response?.ok())
    throw new Error(`The print edition did not load from the build in ${dist}/ (${response?.status()}).`);
  await page.addStyleTag({ content: fonts.css });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  // Fonts load when text needs them; ask for every character on the page in
  // both weights, then wait until nothing is pending.
  const failed = await page.evaluate(async () => {
    const text = document.body.innerText;
    await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, text)));
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'error').length;
  });
  if (failed) throw new Error(`${failed} Noto Sans SC font files failed to load.`);
  // Every picture (the charts' static images) loaded before printing, lazy or not.
  const blank = await page.evaluate(async () => {
    const images = [...document.images];
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    return images.filter((img) => img.naturalWidth === 0).map((img) => img.getAttribute('src'));
  });
  if (blank.length) throw new Error(`Pictures of the print edition that did not load: ${blank.join(', ')}`);

  const doc = await page.evaluate(() => {
    const edition = document.querySelector('[data-pdf-title]');
    const link = document.querySelector('a[data-pdf]');
    return {
      title: edition?.getAttribute('data-pdf-title') ?? '',
      author: document.querySelector('meta[name="author"]')?.getAttribute('content') ?? '',
      subject: edition?.getAttribute('data-pdf-subject') ?? '',
      lang: document.documentElement.lang,
      href: link instanceof HTMLAnchorElement ? new URL(link.href).pathname : '',
      targets: [...document.querySelectorAll('[data-toc-page]')].map((el) => {
        const id = el.getAttribute('data-toc-page') ?? '';
        // The heading as printed: without text kept for screen readers only.
        const heading = document.getElementById(id)?.querySelector('h2')?.cloneNode(true);
        if (heading instanceof Element) heading.querySelectorAll('.sr-only').forEach((el) => el.remove());
        return { id, heading: heading?.textContent ?? '' };
      }),
    };
  });
  if (!doc.href.startsWith(base)) throw new Error(`The print edition links to no PDF under ${base} (a[data-pdf]).`);
  if (!doc.title || !doc.author) throw new Error('The print edition has no title (data-pdf-title) or author.');
  return { page, doc };
}

/**
 * Prints, reads where each contents entry landed, writes the numbers in and
 * prints again until they hold (writing them could in principle reflow the
 * contents page).
 * @param {import('@playwright/test').Page} page
 * @param {{ id: string; heading: string }[]} targets
 */
async function printWithPageNumbers(page, targets) {
  let bytes = await print(page);
  /** @type {Record<string, number>} */
  let written = {};
  for (let pass = 0; ; pass++) {
    const { pages } = await outlinePages(bytes);
    /** @type {Record<string, number>} */
    const found = {};
    for (const { id, heading } of targets) {
      const hit = pages.find((p) => squash(p.title) === squash(heading));
      if (!hit) throw new Error(`The PDF's outline has no entry for “${heading.trim()}” (#${id}).`);
      found[id] = hit.page;
    }
    if (JSON.stringify(found) === JSON.stringify(written)) return { bytes, numbers: found };
    if (pass === 3) throw new Error('The contents page numbers do not settle; check the contents page layout.');
    written = found;
    await page.evaluate((numbers) => {
      for (const el of document.querySelectorAll('[data-toc-page]')) {
        el.textContent = String(numbers[el.getAttribute('data-toc-page') ?? ''] ?? '');
      }
    }, found);
    bytes = await print(page);
  }
}

/**
 * Title, author, subject and language set; no dates, so the same commit
 * gives the same bytes; the outline shown when the PDF opens.
 * @param {Uint8Array} bytes
 * @param {{ title: string; author: string; subject: string; lang: string }} doc
 */
async function finish(bytes, doc) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setAuthor(doc.author);
  pdf.setSubject(doc.subject);
  pdf.setLanguage(doc.lang);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  info.delete(PDFName.of('CreationDate'));
  info.delete(PDFName.of('ModDate'));
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return pdf.save();
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
