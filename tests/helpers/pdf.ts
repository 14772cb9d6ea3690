/**
 * Reads the built PDF the way a reader's software does: its text page by
 * page, its outline with the page each entry opens, its metadata (pdfjs),
 * and its fonts (pdf-lib, at the level of the file's objects).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfOutline } from '../../scripts/lib/pdf-outline.mjs';
import { outDir } from '../../src/lib/site-env.mjs';

const dist = outDir();

/** The PDFs at the top of the build (there should be one). */
export function builtPdfs(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(dist, f));
}

export interface PdfContents {
  pages: string[];
  outline: { title: string; page: number; depth: number }[];
  info: Record<string, unknown>;
  marked: boolean;
}

/** Text per page (as pdfjs extracts it), the outline flattened in order, the info dictionary. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const task = getDocument({ data: bytes.slice() });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  const outline = await pdfOutline(doc);
  const { info } = await doc.getMetadata();
  // Typed as an object, returned as a Map by pdfjs 6.
  const markInfo: unknown = await doc.getMarkInfo();
  const marked =
    (markInfo instanceof Map ? markInfo.get('Marked') : (markInfo as { Marked?: boolean } | null)?.Marked) === true;
  await task.destroy();
  return { pages, outline, info: info as Record<string, unknown>, marked };
}

export interface PdfLink {
  page: number;
  /** A link out of the file. */
  url?: string;
  /** A link to a named place in the file, and whether the file has that place. */
  dest?: string;
  resolves: boolean;
}

/** Every link on the PDF's pages, in order. */
export async function pdfLinks(bytes: Uint8Array): Promise<PdfLink[]> {
  const task = getDocument({ data: bytes.slice() });
  const doc = await task.promise;
  const links: PdfLink[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const annotations = (await (await doc.getPage(n)).getAnnotations()) as {
      subtype: string;
      url?: string;
      dest?: unknown;
    }[];
    for (const { subtype, url, dest } of annotations) {
      if (subtype !== 'Link') continue;
      if (url) links.push({ page: n, url, resolves: true });
      else if (typeof dest === 'string')
        links.push({ page: n, dest, resolves: (await doc.getDestination(dest)) !== null });
    }
  }
  await task.destroy();
  return links;
}

export interface PdfFont {
  name: string;
  subtype: string;
  embedded: boolean;
}

/**
 * Every font the file uses: each font dictionary with its descriptor's
 * font file, if any (Type 0 fonts through their descendant).
 */
export async function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = pdf;
  const fonts: PdfFont[] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = String(object.get(PDFName.of('Subtype')));
    if (subtype === '/Type0') continue; // described by its descendant, which is listed itself
    const descriptor = object.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
    fonts.push({ name: String(object.get(PDFName.of('BaseFont'))), subtype, embedded });
  }
  return fonts;
}

/** Without spaces and line breaks, for comparing text across line and page breaks. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export const readBytes = (file: string) => new Uint8Array(readFileSync(file));
