/**
 * Reads the built PDF the way a reader's software does: its text page by
 * page, its outline with the page each entry opens, its metadata (pdfjs),
 * and its fonts (pdf-lib, at the level of the file's objects).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfOutline } from '../../scripts/lib/pdf-outline.mjs';
import { outDir } from '../../src/lib/site-env.mjs';

const dist = outDir();

/** The PDFs at the top of the build (there should be one). */
export function builtPdfs(): string[] {
  return readdirSync(dist)
    .filter((f) => f.endsWith('.pdf'))
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

export interface PrintedImage {
  page: number;
  /** Where it is drawn, in points from the page's lower left corner. */
  box: { x: number; y: number; width: number; height: number };
  /** The page's size in points. */
  pageSize: { width: number; height: number };
  /** Its pixels as the file holds them, `channels` bytes each. */
  pixels: { width: number; height: number; channels: number; data: Uint8Array | Uint8ClampedArray };
}

type Matrix = [number, number, number, number, number, number];
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[2] * b[1],
  a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4],
  a[1] * b[4] + a[3] * b[5] + a[5],
];

/**
 * Every picture drawn on the PDF's pages, once per time it is drawn (a
 * picture cut across a page break is drawn on both), with where and its
 * pixels (pdfjs decodes them).
 */
export async function pdfImages(bytes: Uint8Array): Promise<PrintedImage[]> {
  const task = getDocument({ data: new Uint8Array(bytes), isOffscreenCanvasSupported: false });
  const doc = await task.promise;
  const images: PrintedImage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
    const { fnArray, argsArray } = await page.getOperatorList();
    const saved: Matrix[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const drawn: { id: string; ctm: Matrix }[] = [];
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.save) saved.push(ctm);
      else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
      else if (fn === OPS.paintImageXObject) drawn.push({ id: String(args[0]), ctm });
    });
    for (const {
      id,
      ctm: [a, , , d, e, f],
    } of drawn) {
      const objects = id.startsWith('g_') ? page.commonObjs : page.objs;
      const image = await new Promise<{ width: number; height: number; data: Uint8ClampedArray }>((resolve) =>
        objects.get(id, resolve),
      );
      images.push({
        page: n,
        box: { x: Math.min(e, e + a), y: Math.min(f, f + d), width: Math.abs(a), height: Math.abs(d) },
        pageSize: { width: right - left, height: top - bottom },
        pixels: { ...image, channels: image.data.length / (image.width * image.height) },
      });
    }
  }
  await task.destroy();
  return images;
}

/** Without spaces and line breaks, for comparing text across line and page breaks. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export const readBytes = (file: string) => new Uint8Array(readFileSync(file));
