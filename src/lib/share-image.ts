/**
 * Draws a share image (the picture a chat shows beside a pasted link) at
 * build time, in the site's light palette and the font that ships with the
 * project, so the same content always gives the same bytes.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CANVAS_FONT_FAMILY, registerCanvasFonts } from './canvas-fonts';
import { PALETTES } from './palette';
import { SHARE_IMAGE, type CardFigure, type ShareCard } from './share-card';
import { wrapLines } from './wrap';

const COLOUR = PALETTES.light;

const PAD = 80;
const WIDTH = SHARE_IMAGE.width - 2 * PAD;

type Ctx = SKRSContext2D;

/**
 * How a text may be set: the font sizes to try in turn, the largest only
 * where the text fits on one line, the others on up to maxLines lines.
 */
interface Setting {
  sizes: number[];
  maxLines: number;
  bold: boolean;
  colour: string;
}

const SERIES: Setting = { sizes: [26, 22], maxLines: 1, bold: false, colour: COLOUR.muted };
const KICKER: Setting = { sizes: [40, 34], maxLines: 1, bold: true, colour: COLOUR.accent };
const SECTION_HEADLINE: Setting = { sizes: [80, 64, 52], maxLines: 2, bold: true, colour: COLOUR.fg };
const OVERVIEW_HEADLINE: Setting = { sizes: [88, 72, 60], maxLines: 2, bold: true, colour: COLOUR.fg };
const DECK: Setting = { sizes: [44, 36], maxLines: 1, bold: true, colour: COLOUR.accent };
const LABEL: Setting = { sizes: [34, 30], maxLines: 2, bold: false, colour: COLOUR.fg };
const FOOTER: Setting = { sizes: [28, 24], maxLines: 1, bold: false, colour: COLOUR.muted };

function setFont(ctx: Ctx, size: number, bold: boolean): void {
  ctx.font = `${bold ? 'bold ' : ''}${size}px "${CANVAS_FONT_FAMILY}"`;
}

/**
 * The text's lines at the first size that fits (see Setting). Past the last
 * size the text is cut with an ellipsis rather than run off the card. Leaves
 * the chosen font and colour set for drawing.
 */
function fit(ctx: Ctx, text: string, setting: Setting, maxWidth: number) {
  ctx.fillStyle = setting.colour;
  let lines: string[] = [];
  let size = 0;
  for (const [i, s] of setting.sizes.entries()) {
    size = s;
    setFont(ctx, size, setting.bold);
    lines = wrapLines(text, maxWidth, (t) => ctx.measureText(t).width);
    if (lines.length <= (i === 0 ? 1 : setting.maxLines)) return { size, lines };
  }
  const { maxLines } = setting;
  return { size, lines: [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1] ?? ''}…`] };
}

/** Draws lines from a first baseline down; returns the last baseline. */
function drawLines(ctx: Ctx, lines: string[], x: number, y: number, lineHeight = 0): number {
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineHeight));
  return y + (lines.length - 1) * lineHeight;
}

/** Draws one run of accent text; returns its width. */
function drawAccent(ctx: Ctx, text: string, x: number, y: number, size: number): number {
  setFont(ctx, size, true);
  ctx.fillStyle = COLOUR.accent;
  ctx.fillText(text, x, y);
  return ctx.measureText(text).width;
}

/** The lead figure: the number large in accent, its label beside it. */
function drawFigure(ctx: Ctx, figure: CardFigure, baseline: number): void {
  let x = PAD;
  if (figure.before) x += drawAccent(ctx, figure.before, x, baseline, 44) + 6;
  x += drawAccent(ctx, figure.number, x, baseline, 112) + 6;
  if (figure.after) x += drawAccent(ctx, figure.after, x, baseline, 44);
  const left = x + 40;
  const label = fit(ctx, figure.label, LABEL, PAD + WIDTH - left);
  const lineHeight = label.size * 1.35;
  drawLines(ctx, label.lines, left, baseline - (label.lines.length - 1) * lineHeight, lineHeight);
}

/** The overview's sections, two to a row (three past six), each behind an accent square. */
function drawItems(ctx: Ctx, items: string[], top: number, bottom: number): void {
  const columns = items.length > 6 ? 3 : 2;
  const rows = Math.ceil(items.length / columns);
  const step = rows > 1 ? Math.min(56, (bottom - top) / (rows - 1)) : 0;
  const size = Math.min(columns === 3 ? 28 : 34, rows > 1 ? step - 12 : 34);
  const columnWidth = WIDTH / columns;
  setFont(ctx, size, true);
  items.forEach((item, i) => {
    const x = PAD + (i % columns) * columnWidth;
    const y = top + Math.floor(i / columns) * step;
    ctx.fillStyle = COLOUR.accent;
    ctx.fillRect(x, y - size * 0.7, size * 0.36, size * 0.36);
    ctx.fillStyle = COLOUR.fg;
    ctx.fillText(item, x + size * 0.7, y);
  });
}

/** The card as a 1200×630 PNG: series, kicker, headline, deck, then a figure or the sections, then the footer. */
export function drawShareImage(card: ShareCard): Buffer {
  registerCanvasFonts();
  const canvas = createCanvas(SHARE_IMAGE.width, SHARE_IMAGE.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLOUR.bg;
  ctx.fillRect(0, 0, SHARE_IMAGE.width, SHARE_IMAGE.height);
  ctx.fillStyle = COLOUR.accent;
  ctx.fillRect(0, 0, SHARE_IMAGE.width, 12);

  let y = drawLines(ctx, fit(ctx, card.series, SERIES, WIDTH).lines, PAD, 92);
  if (card.kicker) y = drawLines(ctx, fit(ctx, card.kicker, KICKER, WIDTH).lines, PAD, y + 76);

  const headline = fit(ctx, card.headline, card.kicker ? SECTION_HEADLINE : OVERVIEW_HEADLINE, WIDTH);
  y = drawLines(ctx, headline.lines, PAD, y + 20 + headline.size, headline.size * 1.3);

  if (card.deck) {
    const deck = fit(ctx, card.deck, DECK, WIDTH);
    y = drawLines(ctx, deck.lines, PAD, y + 24 + deck.size);
  }

  if (card.figure) drawFigure(ctx, card.figure, 482);
  if (card.items.length) drawItems(ctx, card.items.slice(0, 9), Math.max(y + 84, 400), 500);

  ctx.fillStyle = COLOUR.rule;
  ctx.fillRect(PAD, 526, WIDTH, 2);
  drawLines(ctx, fit(ctx, card.footer, FOOTER, WIDTH).lines, PAD, 578);

  return canvas.toBuffer('image/png');
}
