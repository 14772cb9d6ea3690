/**
 * The CJK font for everything the build draws itself (chart pictures, share
 * images): Noto Sans SC from the @fontsource package, so a picture never
 * depends on the fonts of the machine that builds it. Fontsource splits the
 * font into unicode-range files; registered under one family name, Skia
 * falls back across them glyph by glyph.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const CANVAS_FONT_FAMILY = 'Noto Sans SC';

let registered = false;

/** Registers the regular and bold weights once per process. */
export function registerCanvasFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const files = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  for (const file of readdirSync(files).sort()) {
    if (/^noto-sans-sc-\d+-(400|700)-normal\.woff2$/.test(file)) {
      GlobalFonts.registerFromPath(join(files, file), CANVAS_FONT_FAMILY);
    }
  }
  registered = true;
}
