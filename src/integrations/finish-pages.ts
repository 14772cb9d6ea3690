/**
 * The build's last step in Astro (astro.config.mjs): every page finished by
 * src/lib/finish-page.ts (its own CSS, its own policy), then every text file
 * written compressed beside itself (src/lib/precompress.mjs). The PDF step,
 * which writes the PDF's size into pages after this, compresses those again.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedDrawing } from '../lib/drawing-cache.mjs';
import { finishPage } from '../lib/finish-page';
import { COMPRESSIBLE, writeCompressed } from '../lib/precompress.mjs';

/** The browser code that can change a page after it arrives (src/scripts/), as one text. */
async function browserCode(): Promise<string> {
  const folder = fileURLToPath(new URL('../scripts/', import.meta.url));
  const files = (await readdir(folder)).filter((file) => file.endsWith('.ts')).sort();
  return (await Promise.all(files.map((file) => readFile(join(folder, file), 'utf8')))).join('\n');
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export function finishPages(): AstroIntegration {
  return {
    name: 'finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await filesIn(fileURLToPath(dir));
        const pages = files.filter((file) => file.endsWith('.html'));
        const code = await browserCode();
        // Cut pages are kept in the drawing cache: a rebuild cuts only the pages that changed.
        for (const page of pages) {
          const html = await readFile(page, 'utf8');
          await writeFile(page, await cachedDrawing('finished-page', { html, code }, () => finishPage(html, code)));
        }
        const text = files.filter((file) => COMPRESSIBLE.test(file));
        await Promise.all(text.map(writeCompressed));
        logger.info(`${pages.length} pages cut to their own CSS and policy; ${text.length} files compressed`);
      },
    },
  };
}
