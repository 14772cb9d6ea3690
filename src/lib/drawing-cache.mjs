// Every file the build draws (chart pictures, share images, QR codes, the
// PDF, and posters or whatever is drawn next) is kept in the cache folder
// Astro uses (node_modules/.astro, or CACHE_DIR) under a hash of what it is
// drawn from and of the code that draws it, so a rebuild redraws only what
// changed. A drawing is one call:
//
//   const png = await cachedDrawing('poster', { card, size }, () => drawPoster(card, size));
//
// `from` is everything the drawing depends on besides code: plain data
// (objects, arrays, strings, numbers), compared whole. The code is the
// project's src/lib/ (where every drawing lives, with the palette, the
// fonts' registration and the words) and package-lock.json (the libraries
// and fonts that draw), read once a process. A drawing that depends on more
// code (the PDF step) names it in `from` with sourceHash().
//
// Plain JS so that scripts outside Vite (scripts/build-pdf.mjs) use it too.
// Paths are the project's: every npm script runs from it.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cacheDir } from './site-env.mjs';

/** The folder of the drawings, beside Astro's own cache. */
export const drawingsDir = () => join(cacheDir(), 'drawings');

/**
 * JSON with every object's keys in order, so equal data gives one text.
 * @param {unknown} value
 * @returns {string}
 */
export function stableJson(value) {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const sha256 = (/** @type {string | Uint8Array} */ data) => createHash('sha256').update(data).digest('hex');

/**
 * One hash of files and of every file under folders: each file by its path
 * under the folder given (so a build in another folder hashes the same) and
 * its content.
 * @param {string[]} paths files or folders
 * @param {(file: string) => boolean} [include] which files under the folders count
 * @returns {Promise<string>}
 */
export async function sourceHash(paths, include = () => true) {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = await readdir(path, { recursive: true, withFileTypes: true }).then(
      (entries) => entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)),
      (error) => {
        if (error.code === 'ENOTDIR') return [path];
        throw error;
      },
    );
    for (const file of files.filter(include).sort()) {
      hash
        .update(`${relative(path, file)}\0`)
        .update(await readFile(file))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** @type {Promise<string> | undefined} */
let code;
let partials = 0;

/**
 * Returns the drawing for `from`: from the cache when it holds one drawn
 * from the same data by the same code, else drawn now and kept.
 * @param {string} kind what is drawn ('chart', 'share-image' …): a folder of its own
 * @param {unknown} from everything the drawing is drawn from
 * @param {() => Promise<Uint8Array | string> | Uint8Array | string} draw
 * @returns {Promise<Buffer>}
 */
export async function cachedDrawing(kind, from, draw) {
  code ??= sourceHash(['src/lib', 'package-lock.json']);
  const key = sha256(stableJson([kind, await code, from]));
  const dir = join(drawingsDir(), kind);
  const file = join(dir, key);
  try {
    return await readFile(file);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const bytes = Buffer.from(await draw());
  await mkdir(dir, { recursive: true });
  // Written whole, then renamed: a build that stops halfway leaves no half
  // file. Named for this call: two files of one content may be drawn at once.
  const partial = `${file}.${process.pid}.${++partials}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
