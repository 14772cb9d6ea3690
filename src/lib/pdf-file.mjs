// The PDF of the print edition is made after `astro build` (scripts/build-pdf.mjs),
// so pages cannot know its size while they render. They write a token naming
// the PDF (pdfSizeToken) where the size goes and the PDF step fills it in.
// Plain JS because that script runs outside Vite.

/** How every such token starts: none is left in a finished build. */
export const PDF_SIZE_MARK = '%%PDF_SIZE';

/**
 * Stands for a PDF's size in built HTML until scripts/build-pdf.mjs replaces
 * it; each review has a PDF of its own, so the token names which.
 * @param {string} path the PDF's address, relative to the base
 */
export function pdfSizeToken(path) {
  return `${PDF_SIZE_MARK}:${path}%%`;
}

/**
 * The PDF's file name, from the review's slug.
 * @param {string} slug
 */
export function pdfFileName(slug) {
  return `${slug}.pdf`;
}

/**
 * A file size as browsers' download lists show it (binary units, one
 * decimal): 1572864 → "1.5 MB", 250000 → "244 KB".
 * @param {number} bytes
 */
export function formatFileSize(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`not a file size: ${bytes}`);
  const mb = bytes / 1024 / 1024;
  if (mb >= 1) return `${mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Writes the size of the PDF at `path` into every place a page left its token.
 * @param {string} html
 * @param {string} path
 * @param {number} bytes
 */
export function fillPdfSize(html, path, bytes) {
  return html.replaceAll(pdfSizeToken(path), formatFileSize(bytes));
}
