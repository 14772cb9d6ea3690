/**
 * Draws a poster (./poster-card.ts) at build time: 1080 px wide, in the
 * site's light palette and the bundled font, with the QR code of the
 * address it leads to. A pure function from the card to the bytes of a
 * PNG, so it can be cached by what it is drawn from.
 *
 * The poster is laid out as a column of blocks (./poster-blocks.ts),
 * measured first: the words decide its height (never less than 3:4), and
 * the foot (credit and QR code) sits at the bottom.
 */
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { registerCanvasFonts } from './canvas-fonts';
import { figureValue, type Ctx } from './canvas-text';
import { cachedDrawing } from './drawing-cache.mjs';
import { POSTER, type FigurePoster, type OverviewPoster, type Poster, type SectionPoster } from './poster-card';
import {
  COLOUR,
  figureWords,
  markedText,
  PAD,
  qrBlock,
  row,
  rule,
  setting,
  space,
  stack,
  text,
  value,
  valueSizes,
  WIDTH,
  type Block,
} from './poster-blocks';

/** The accent band across the top. */
const BAND = 16;
/** Colours the PNG keeps: its flat colours and enough steps of anti-aliased type to stay smooth. */
const COLOURS = 64;

/** What every poster ends with: a rule, the credit, the QR code and its words. */
function foot(ctx: Ctx, poster: Poster): Block {
  return stack([
    rule(),
    space(36),
    text(ctx, poster.credit, setting([28, 24], 2, false, COLOUR.muted), 1.5),
    space(44),
    qrBlock(ctx, poster.url, poster.scan),
  ]);
}

function sectionBody(ctx: Ctx, poster: SectionPoster): Block[] {
  const sizes = { number: 128, words: 48 };
  // One column for the values, so the labels beside them line up.
  const column = Math.min(
    WIDTH / 2,
    Math.max(0, ...poster.figures.map((f) => figureValue(ctx, f, valueSizes(ctx, f, sizes, WIDTH / 2)))),
  );
  const figures = poster.figures.flatMap((figure, i) => {
    const words = figureWords(ctx, figure, [38, 34], PAD + column + 40, WIDTH - column - 40);
    const number = value(ctx, figure, sizes, PAD, column);
    // The label's last line sits on the value's baseline.
    const offset = Math.max(0, number.height - words.height);
    return [
      ...(i > 0 ? [space(48)] : []),
      row([number, { height: offset + words.height, draw: (c, top) => words.draw(c, top + offset) }]),
    ];
  });
  return [
    ...(poster.series ? [text(ctx, poster.series, setting([28, 24], 1, false, COLOUR.muted), 1.5), space(8)] : []),
    text(ctx, poster.review, setting([34, 30], 1, true, COLOUR.fg), 1.5),
    space(88),
    ...(poster.kicker ? [text(ctx, poster.kicker, setting([52, 44], 2, true, COLOUR.accent), 1.3), space(16)] : []),
    text(ctx, poster.headline, setting([96, 76], 3, true, COLOUR.fg), 1.22),
    space(72),
    ...figures,
  ];
}

function figureBody(ctx: Ctx, poster: FigurePoster): Block[] {
  return [
    text(ctx, poster.kicker, setting([48, 40], 2, true, COLOUR.accent), 1.3),
    space(64),
    value(ctx, poster.figure, { number: 240, words: 80 }),
    space(40),
    text(ctx, poster.figure.label, setting([56, 48, 40], 2, true, COLOUR.fg), 1.35),
    ...(poster.figure.peers ? [text(ctx, poster.figure.peers, setting([44, 36], 1, false, COLOUR.muted), 1.35)] : []),
    space(64),
    // The sentence is never cut: the poster grows instead.
    markedText(ctx, poster.sentence, poster.quote, setting([40, 36], Infinity, false, COLOUR.fg, false), 1.75),
  ];
}

function overviewBody(ctx: Ctx, poster: OverviewPoster): Block[] {
  const columns = 3;
  const gap = 40;
  const width = (WIDTH - gap * (columns - 1)) / columns;
  const cells = poster.figures.map((figure, i) => {
    const x = PAD + (i % columns) * (width + gap);
    return stack([
      value(ctx, figure, { number: 84, words: 34 }, x, width),
      space(14),
      // One size for every label of the grid, on one line or two.
      figureWords(ctx, figure, [28, 28], x, width),
    ]);
  });
  const rows: Block[] = [];
  for (let i = 0; i < cells.length; i += columns) {
    if (i > 0) rows.push(space(52));
    rows.push(row(cells.slice(i, i + columns)));
  }
  return [
    ...(poster.series ? [text(ctx, poster.series, setting([28, 24], 1, false, COLOUR.muted), 1.5), space(40)] : []),
    text(ctx, poster.title, setting([84, 76, 68], 2, true, COLOUR.fg), 1.25),
    ...(poster.deck ? [space(8), text(ctx, poster.deck, setting([52, 44], 1, true, COLOUR.accent), 1.4)] : []),
    space(80),
    text(ctx, poster.numbers, setting([44, 38], 1, true, COLOUR.fg), 1.4),
    space(12),
    rule(COLOUR.accent, 64, 6),
    space(48),
    ...rows,
  ];
}

function body(ctx: Ctx, poster: Poster): Block[] {
  switch (poster.kind) {
    case 'section':
      return sectionBody(ctx, poster);
    case 'figure':
      return figureBody(ctx, poster);
    case 'overview':
      return overviewBody(ctx, poster);
  }
}

/** The poster's body from the top and its foot at the bottom, measured; the height they take. */
function layout(poster: Poster) {
  registerCanvasFonts();
  // Blocks measure their words on a context of their own before the height is known.
  const measure = createCanvas(POSTER.width, 1).getContext('2d');
  const top = stack([space(BAND + 88), ...body(measure, poster)]);
  const bottom = stack([foot(measure, poster), space(PAD)]);
  return { top, bottom, height: Math.max(POSTER.minHeight, Math.ceil(top.height + 96 + bottom.height)) };
}

/** The poster's picture, kept in the build's drawing cache: what its endpoint serves and its page measures. */
export const cachedPoster = (poster: Poster): Promise<Buffer> =>
  cachedDrawing('poster', poster, () => drawPoster(poster));

/**
 * The poster's size in pixels, for the page that shows it to hold its room
 * before it loads: read from the picture itself, so its words are laid out
 * once, when it is drawn, and not again on every build.
 */
export async function posterSize(poster: Poster): Promise<{ width: number; height: number }> {
  const { width, height } = await sharp(await cachedPoster(poster)).metadata();
  return { width, height };
}

/** The poster as a PNG: its body from the top, its foot at the bottom. */
export async function drawPoster(poster: Poster): Promise<Buffer> {
  const { top, bottom, height } = layout(poster);

  const canvas = createCanvas(POSTER.width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLOUR.bg;
  ctx.fillRect(0, 0, POSTER.width, height);
  ctx.fillStyle = COLOUR.accent;
  ctx.fillRect(0, 0, POSTER.width, BAND);
  top.draw(ctx, 0);
  bottom.draw(ctx, height - bottom.height);

  // Raw pixels straight to the quantiser: encoding a full-colour PNG first would only be thrown away.
  return sharp(canvas.data(), { raw: { width: POSTER.width, height, channels: 4 } })
    .png({ palette: true, colours: COLOURS, compressionLevel: 6, effort: 1 })
    .toBuffer();
}
