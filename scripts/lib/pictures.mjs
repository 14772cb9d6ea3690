// Reading pictures back: every picture a PDF draws, where and with its
// pixels (pdfjs decodes them), whether those are a PNG's pixels exactly, and
// how many pixels are one colour. The print tests and the print preview
// check (scripts/print-preview.mjs) read the charts a print came out with;
// the unit tests read the build's PNGs.
import { readFile } from 'node:fs/promises';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';

/**
 * @typedef {{
 *   page: number,
 *   box: { x: number, y: number, width: number, height: number },
 *   pageSize: { width: number, height: number },
 *   pixels: { width: number, height: number, channels: number, data: Uint8Array | Uint8ClampedArray },
 * }} PrintedImage  box: where it is drawn, in points from the page's lower left corner
 * @typedef {[number, number, number, number, number, number]} Matrix
 */

/** @type {(a: Matrix, b: Matrix) => Matrix} */
const multiply = (a, b) => [
  a[0] * b[0] + a[2] * b[1],
  a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4],
  a[1] * b[4] + a[3] * b[5] + a[5],
];

/**
 * Every picture drawn on the PDF's pages, once per time it is drawn (a
 * picture cut across a page break is drawn on both pages).
 * @param {Uint8Array} bytes
 * @returns {Promise<PrintedImage[]>}
 */
export async function pdfImages(bytes) {
  const task = getDocument({ data: new Uint8Array(bytes), isOffscreenCanvasSupported: false });
  const doc = await task.promise;
  /** @type {PrintedImage[]} */
  const images = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
    const { fnArray, argsArray } = await page.getOperatorList();
    /** @type {Matrix[]} */
    const saved = [];
    /** @type {Matrix} */
    let ctm = [1, 0, 0, 1, 0, 0];
    /** @type {{ id: string, ctm: Matrix }[]} */
    const drawn = [];
    fnArray.forEach((fn, i) => {
      const args = argsArray[i];
      if (fn === OPS.save) saved.push(ctm);
      else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = multiply(ctm, args);
      else if (fn === OPS.paintImageXObject) drawn.push({ id: String(args[0]), ctm });
    });
    for (const { id, ctm: matrix } of drawn) {
      const [a, , , d, e, f] = matrix;
      const objects = id.startsWith('g_') ? page.commonObjs : page.objs;
      /** @type {{ width: number, height: number, data: Uint8ClampedArray }} */
      const image = await new Promise((resolve) => objects.get(id, resolve));
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

/**
 * How many pixels of raw image data are (nearly) one colour.
 * @param {ArrayLike<number>} data pixels, `channels` bytes each, red, green and blue first
 * @param {number} channels
 * @param {string} hex the colour, #rrggbb
 */
export function pixelsOf(data, channels, hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += channels) {
    if (
      Math.abs(Number(data[i]) - Number(r)) +
        Math.abs(Number(data[i + 1]) - Number(g)) +
        Math.abs(Number(data[i + 2]) - Number(b)) <
      24
    )
      count++;
  }
  return count;
}

/**
 * Which of the PNG files each printed picture is, pixel for pixel; undefined
 * for a picture that is none of them (blank, cut, another drawing).
 * @param {PrintedImage[]} printed
 * @param {string[]} files
 * @returns {Promise<(string | undefined)[]>}
 */
export async function printedFiles(printed, files) {
  const pngs = await Promise.all(
    files.map(async (file) => ({
      file,
      ...(await sharp(await readFile(file))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })),
    })),
  );
  return printed.map(
    ({ pixels }) =>
      pngs.find(
        ({ info, data }) =>
          info.width === pixels.width &&
          info.height === pixels.height &&
          info.channels === pixels.channels &&
          data.equals(Buffer.from(pixels.data)),
      )?.file,
  );
}
