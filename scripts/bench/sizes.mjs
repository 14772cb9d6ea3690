// How the benchmarks count bytes: compressed as a host would send them,
// gzip (level 9) and brotli (quality 11), but images and fonts as they are
// (already compressed); and how they print them.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ gzip: number, brotli: number }} Sizes */

export const KB = 1024;
/** Already compressed: served as they are. */
const COMPRESSED = /^(image\/(png|jpeg|webp|avif|gif)|font\/woff2?)/;

/** @type {Map<string, Sizes>} sizes by the content's hash */
const compressed = new Map();

/**
 * The size of a response body as sent gzip and as sent brotli.
 * @param {Buffer | string} body
 * @param {string} type its content type
 * @returns {Sizes}
 */
export function compressedSizes(body, type = '') {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  if (COMPRESSED.test(type)) return { gzip: buffer.length, brotli: buffer.length };
  if (buffer.length === 0) return { gzip: 0, brotli: 0 };
  // Most pages load the same code, styles and pictures: each is compressed once.
  const key = createHash('sha256').update(buffer).digest('hex');
  const known = compressed.get(key);
  if (known) return known;
  const sizes = {
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
  compressed.set(key, sizes);
  return sizes;
}

/**
 * Sizes added up.
 * @param {Sizes[]} list
 * @returns {Sizes}
 */
export const addSizes = (list) =>
  list.reduce((total, s) => ({ gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli }), { gzip: 0, brotli: 0 });

/** @param {number} n bytes */
export const kb = (n) => `${(n / KB).toFixed(1)} KB`;
