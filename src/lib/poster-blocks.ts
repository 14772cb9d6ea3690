/**
 * What a poster (./poster.ts) is built of: blocks of one column, each
 * measured first (on a context apart from the one it is drawn on), so the
 * words decide the poster's height, then drawn from a top edge once the
 * height is known. Words are set to fit (./canvas-text.ts), in the site's
 * light palette; the QR code is drawn module by module.
 */
import { figureValue, fit, setFont, textWidth, type Ctx, type FigureSizes, type Setting } from './canvas-text';
import { PALETTES, QR_COLOURS } from './palette';
import { POSTER, type PosterFigure } from './poster-card';
import { qrModules } from './qr';

export const COLOUR = PALETTES.light;
export const PAD = 80;
export const WIDTH = POSTER.width - 2 * PAD;

/** A piece of the column: its height, and how to draw it from a top edge. */
export interface Block {
  height: number;
  draw: (ctx: Ctx, top: number) => void;
}

export const space = (height: number): Block => ({ height, draw: () => undefined });

export const rule = (colour = COLOUR.rule, width = WIDTH, height = 2): Block => ({
  height,
  draw: (ctx, top) => {
    ctx.fillStyle = colour;
    ctx.fillRect(PAD, top, width, height);
  },
});

/** Where the baseline of a line of type sits in a line box: CJK faces fill about 0.88 em above it. */
const baseline = (size: number, lineHeight: number) => (lineHeight - size) / 2 + size * 0.88;

/** A text set to fit its width (see Setting), one line box of lineHeight × size a line. */
export function text(ctx: Ctx, words: string, setting: Setting, lineHeight: number, x = PAD, width = WIDTH): Block {
  const { size, lines } = fit(ctx, words, setting, width);
  const step = size * lineHeight;
  return {
    height: lines.length * step,
    draw: (c, top) => {
      setFont(c, size, setting.bold);
      c.fillStyle = setting.colour;
      lines.forEach((line, i) => c.fillText(line, x, top + i * step + baseline(size, step)));
    },
  };
}

/**
 * A sentence with one phrase marked as the site marks it in the text (the
 * figure's quote, on the marked phrase's background).
 */
export function markedText(ctx: Ctx, sentence: string, phrase: string, setting: Setting, lineHeight: number): Block {
  const { size, lines } = fit(ctx, sentence, setting, WIDTH);
  const step = size * lineHeight;
  const start = Math.max(0, sentence.indexOf(phrase));
  const end = start + phrase.length;
  let cursor = 0;
  const placed = lines.map((line) => {
    const at = sentence.indexOf(line, cursor);
    cursor = at + line.length;
    return { line, at };
  });
  return {
    height: lines.length * step,
    draw: (c, top) => {
      setFont(c, size, setting.bold);
      placed.forEach(({ line, at }, i) => {
        const from = Math.max(start - at, 0);
        const to = Math.min(end - at, line.length);
        const y = top + i * step;
        if (from < to) {
          const x = PAD + textWidth(c, line.slice(0, from));
          c.fillStyle = COLOUR.mark;
          c.fillRect(x, y + (step - size * 1.3) / 2, textWidth(c, line.slice(from, to)), size * 1.3);
        }
        c.fillStyle = setting.colour;
        c.fillText(line, PAD, y + baseline(size, step));
      });
    },
  };
}

/** Blocks one under another, as one block. */
export function stack(blocks: Block[]): Block {
  return {
    height: blocks.reduce((sum, b) => sum + b.height, 0),
    draw: (ctx, top) => {
      let y = top;
      for (const block of blocks) {
        block.draw(ctx, y);
        y += block.height;
      }
    },
  };
}

/** Blocks side by side, from x positions, as tall as the tallest. */
export function row(blocks: Block[]): Block {
  return {
    height: Math.max(0, ...blocks.map((b) => b.height)),
    draw: (ctx, top) => blocks.forEach((b) => b.draw(ctx, top)),
  };
}

/** The largest sizes (from the first, scaled down) at which a figure's value fits the width. */
export function valueSizes(ctx: Ctx, figure: PosterFigure, sizes: FigureSizes, width: number): FigureSizes {
  const scale = Math.min(1, width / figureValue(ctx, figure, sizes));
  return { number: Math.floor(sizes.number * scale), words: Math.floor(sizes.words * scale) };
}

/** A figure's value on one line, in accent, its box as tall as its number. */
export function value(ctx: Ctx, figure: PosterFigure, wanted: FigureSizes, x = PAD, width = WIDTH): Block {
  const sizes = valueSizes(ctx, figure, wanted, width);
  return {
    height: sizes.number,
    draw: (c, top) => figureValue(c, figure, sizes, { x, baseline: top + sizes.number * 0.86, colour: COLOUR.accent }),
  };
}

/** Every line of a poster but its sentence is balanced: a heading or label never ends in one character. */
export const setting = (sizes: number[], maxLines: number, bold: boolean, colour: string, balance = true): Setting => ({
  sizes,
  maxLines,
  bold,
  colour,
  balance,
});

/** A figure's label and, for a rank, its peers: under its value, or beside it. */
export function figureWords(ctx: Ctx, figure: PosterFigure, sizes: number[], x: number, width: number): Block {
  return stack([
    text(ctx, figure.label, setting(sizes, 2, false, COLOUR.fg), 1.4, x, width),
    ...(figure.peers ? [text(ctx, figure.peers, setting(sizes, 1, false, COLOUR.muted), 1.4, x, width)] : []),
  ]);
}

/** The QR code on white with its quiet zone, the words beside it. */
export function qrBlock(ctx: Ctx, url: string, words: string): Block {
  const code = qrModules(url);
  const quiet = 4;
  const module = Math.floor(264 / (code.size + 2 * quiet));
  const side = module * (code.size + 2 * quiet);
  const caption = text(ctx, words, setting([44, 38], 2, true, COLOUR.fg), 1.4, PAD + side + 48, WIDTH - side - 48);
  return {
    height: side,
    draw: (c, top) => {
      c.fillStyle = QR_COLOURS.light;
      c.fillRect(PAD, top, side, side);
      c.fillStyle = QR_COLOURS.dark;
      for (let y = 0; y < code.size; y++) {
        for (let x = 0; x < code.size; x++) {
          if (code.dark(x, y)) c.fillRect(PAD + (x + quiet) * module, top + (y + quiet) * module, module, module);
        }
      }
      caption.draw(c, top + (side - caption.height) / 2);
    },
  };
}
