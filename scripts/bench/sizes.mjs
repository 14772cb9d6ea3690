// How the benchmarks count bytes: compressed as a host would send them,
// gzip (level 9) and brotli (quality 11), but images and fonts as they are
// (already compressed); and how they print them.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ gzip: number, brotli: number }} Sizes */

export const KB = 1024;
/** Already compressed: served as they are. */
const COMPRESSED = /^(image\/(png|jpeg|webp|avif|gif)|font\/woff2?)/;

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
  return {
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** @param {number} n bytes */
export const kb = (n) => `${(n / KB).toFixed(1)} KB`;
