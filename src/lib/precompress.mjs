// Every text file of the build is written twice more, compressed as far as
// brotli and gzip go, for a server to send as it is (deploy/nginx.conf:
// brotli_static, gzip_static). nginx compresses on the fly at gzip level 1:
// a section page is 12 KB as brotli at quality 11 against 16.5 KB so, and a
// phone's first connection brings about 14 KB in its first round trip; past
// that, the page, and so its first paint, waits one round trip more
// (docs/benchmark.md). Brotli at its highest quality takes a second for the
// whole site, so each form is kept in the drawing cache under a hash of the
// file: a rebuild compresses only what changed. Plain JS because the PDF
// step, which writes into pages after Astro, runs outside Vite.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cachedDrawing } from './drawing-cache.mjs';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The text files the build writes (pages, code, data, feeds), which a server sends compressed. */
export const COMPRESSIBLE = /\.(html|css|js|json|svg|xml|txt|csv)$/;

/**
 * Writes `file.br` and `file.gz` beside `file`, each only where it is
 * smaller than the file (else the server sends the file).
 * @param {string} file
 */
export async function writeCompressed(file) {
  const body = await readFile(file);
  const content = createHash('sha256').update(body).digest('hex');
  const forms = {
    '.br': await cachedDrawing('brotli', content, () =>
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ),
    '.gz': await cachedDrawing('gzip', content, () => gzipped(body, { level: constants.Z_BEST_COMPRESSION })),
  };
  for (const [ending, form] of Object.entries(forms)) {
    if (form.length < body.length) await writeFile(file + ending, form);
  }
}
