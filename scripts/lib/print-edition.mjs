// One print edition printed to its PDF, for scripts/build-pdf.mjs: the page
// opened as Chromium prints it with the bundled fonts, the contents' page
// numbers read back from the PDF's outline and written in, the metadata set.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfOutline } from './pdf-outline.mjs';

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
export async function outlinePages(bytes) {
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

/**
 * Opens the print edition as Chromium prints it, with the fonts loaded, and
 * reads what the PDF needs from it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} reviewUrl the review's address on the preview server
 */
export async function openPrintEdition(browser, reviewUrl) {
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
  if (!response?.ok()) throw new Error(`The print edition at ${reviewUrl} did not load (${response?.status()}).`);
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
export async function printWithPageNumbers(page, targets) {
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
export async function finish(bytes, doc) {
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
