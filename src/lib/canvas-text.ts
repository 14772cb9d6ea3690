/**
 * Setting text on a canvas the build draws (share images, posters): the
 * bundled font at a size that fits, broken into lines by ./wrap.ts.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { CANVAS_FONT_FAMILY } from './canvas-fonts';
import type { FigureDisplay } from './format';
import { wrapBalanced, wrapLines } from './wrap';

export type Ctx = SKRSContext2D;

/**
 * How a text may be set: the font sizes to try in turn, the largest only
 * where the text fits on one line, the others on up to maxLines lines.
 */
export interface Setting {
  sizes: number[];
  maxLines: number;
  bold: boolean;
  colour: string;
  /** Lines as even as they can be, for headings and labels (./wrap.ts wrapBalanced). */
  balance?: boolean;
}

export function setFont(ctx: Ctx, size: number, bold: boolean): void {
  ctx.font = `${bold ? 'bold ' : ''}${size}px "${CANVAS_FONT_FAMILY}"`;
}

const advances = new Map<string, number>();

/**
 * A text's width in the context's font, as the sum of its characters'
 * advances, each measured once a font. Skia looks a Chinese character up
 * across the font's hundred-odd subset files each time it measures (about a
 * millisecond a call), and fitting lines measures thousands of strings;
 * Chinese type has no kerning, so the sum is the width.
 */
export function textWidth(ctx: Ctx, text: string): number {
  let width = 0;
  for (const char of text) {
    const key = `${ctx.font}|${char}`;
    let advance = advances.get(key);
    if (advance === undefined) {
      advance = ctx.measureText(char).width;
      advances.set(key, advance);
    }
    width += advance;
  }
  return width;
}

/** A text set in lines at one size. */
export interface Fitted {
  size: number;
  lines: string[];
}

/**
 * The text's lines at the first size that fits (see Setting). Past the last
 * size the text is cut with an ellipsis rather than run off the picture.
 * Leaves the chosen font and colour set for drawing.
 */
export function fit(ctx: Ctx, text: string, setting: Setting, maxWidth: number): Fitted {
  ctx.fillStyle = setting.colour;
  let lines: string[] = [];
  let size = 0;
  for (const [i, s] of setting.sizes.entries()) {
    size = s;
    setFont(ctx, size, setting.bold);
    lines = (setting.balance ? wrapBalanced : wrapLines)(text, maxWidth, (t) => textWidth(ctx, t));
    if (lines.length <= (i === 0 ? 1 : setting.maxLines)) return { size, lines };
  }
  const { maxLines } = setting;
  return { size, lines: [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1] ?? ''}…`] };
}

/** Draws lines from a first baseline down; returns the last baseline. */
export function drawLines(ctx: Ctx, lines: string[], x: number, y: number, lineHeight = 0): number {
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineHeight));
  return y + (lines.length - 1) * lineHeight;
}

/** The sizes of a figure's number and of the words before and after it. */
export interface FigureSizes {
  number: number;
  words: number;
}

/**
 * A figure as its card shows it (./format.ts): the number large, the words
 * before and after it small, bold, on one baseline. Draws it in the colour
 * when given one, else only measures; returns its width.
 */
export function figureValue(
  ctx: Ctx,
  value: FigureDisplay,
  sizes: FigureSizes,
  at?: { x: number; baseline: number; colour: string },
): number {
  const gap = Math.round(sizes.number * 0.05);
  const runs: [string, number][] = [
    [value.before, sizes.words],
    [value.number, sizes.number],
    [value.after, sizes.words],
  ];
  let width = 0;
  for (const [text, size] of runs.filter(([text]) => text)) {
    if (width > 0) width += gap;
    setFont(ctx, size, true);
    if (at) {
      ctx.fillStyle = at.colour;
      ctx.fillText(text, at.x + width, at.baseline);
    }
    width += textWidth(ctx, text);
  }
  return width;
}
