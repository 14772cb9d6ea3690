// A PDF's outline as pdfjs reads it: the PDF step finds where each section
// landed with it, the tests check the finished file with it.

/** @typedef {import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy} PdfDocument */

/**
 * Every outline entry in order, with the page it opens (1-based) and how
 * deep it is nested; an entry that leads nowhere has page 0.
 * @param {PdfDocument} doc
 * @returns {Promise<{ title: string; page: number; depth: number }[]>}
 */
export async function pdfOutline(doc) {
  /** @type {{ title: string; page: number; depth: number }[]} */
  const entries = [];
  /** @param {Awaited<ReturnType<PdfDocument['getOutline']>>} items @param {number} depth */
  const walk = async (items, depth) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref)) + 1 : 0;
      entries.push({ title: item.title, page, depth });
      await walk(item.items, depth + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  return entries;
}
