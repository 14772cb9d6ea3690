/**
 * Draws a share image (the picture a chat shows beside a pasted link) at
 * build time, in the site's light palette and the font that ships with the
 * project, so the same content always gives the same bytes.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CANVAS_FONT_FAMILY, registerCanvasFonts } from './canvas-fonts';
import { SHARE_IMAGE, type ShareCard } from './share-card';
import { wrapLines } from './wrap';

// The light palette of src/styles/global.css.
const COLOUR = { bg: '#fbf9f5', fg: '#1f1c19', muted: '#5b554e', accent: '#a3201a', rule: '#e2dbd1' };

const PAD = 80;
const WIDTH = SHARE_IMAGE.width - 2 * PAD;

type Ctx = SKRSContext2D;

const SECTION_HEADLINE: [number, number][] = [
  [80, 1],
  [64, 2],
  [52, 2],
];
const OVERVIEW_HEADLINE: [number, number][] = [
  [88, 1],
  [72, 2],
  [60, 2],
];

function setFont(ctx: Ctx, size: number, bold = false): void {
  ctx.font = `${bold ? 'bold ' : ''}${size}px "${CANVAS_FONT_FAMILY}"`;
}

/**
 * The text's lines at the first size that fits its number of lines: each
 * choice is [font size, most lines]. Past the last choice the text is cut
 * with an ellipsis rather than run off the card.
 */
function fit(ctx: Ctx, text: string, choices: [number, number][], maxWidth: number, bold: boolean) {
  let size = 0;
  let lines: string[] = [];
  let maxLines = 1;
  for ([size, maxLines] of choices) {
    setFont(ctx, size, bold);
    lines = wrapLines(text, maxWidth, (s) => ctx.measureText(s).width);
    if (lines.length <= maxLines) return { size, lines };
  }
  return { size, lines: [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1] ?? ''}…`] };
}

/** Draws lines from a first baseline down; returns the last baseline. */
function drawLines(ctx: Ctx, lines: string[], x: number, y: number, lineHeight: number): number {
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineHeight));
  return y + (lines.length - 1) * lineHeight;
}

function drawText(ctx: Ctx, text: string, x: number, y: number, size: number, colour: string, bold = false): number {
  setFont(ctx, size, bold);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
  return ctx.measureText(text).width;
}

/** The lead figure: the number large in accent, its label beside it. */
function drawFigure(ctx: Ctx, figure: NonNullable<ShareCard['figure']>, baseline: number): void {
  let x = PAD;
  if (figure.before) x += drawText(ctx, figure.before, x, baseline, 44, COLOUR.accent, true) + 6;
  x += drawText(ctx, figure.number, x, baseline, 112, COLOUR.accent, true) + 6;
  if (figure.after) x += drawText(ctx, figure.after, x, baseline, 44, COLOUR.accent, true);
  const left = x + 40;
  const label = fit(
    ctx,
    figure.label,
    [
      [34, 2],
      [30, 2],
    ],
    PAD + WIDTH - left,
    false,
  );
  ctx.fillStyle = COLOUR.fg;
  const lineHeight = label.size * 1.35;
  drawLines(ctx, label.lines, left, baseline - (label.lines.length - 1) * lineHeight, lineHeight);
}

/** The overview's sections, two to a row, each behind an accent square, between top and bottom baselines. */
function drawItems(ctx: Ctx, items: string[], top: number, bottom: number): void {
  const columns = items.length > 6 ? 3 : 2;
  const rows = Math.ceil(items.length / columns);
  const step = rows > 1 ? Math.min(56, (bottom - top) / (rows - 1)) : 0;
  const size = Math.min(columns === 3 ? 28 : 34, rows > 1 ? step - 12 : 34);
  const columnWidth = WIDTH / columns;
  items.forEach((item, i) => {
    const x = PAD + (i % columns) * columnWidth;
    const y = top + Math.floor(i / columns) * step;
    ctx.fillStyle = COLOUR.accent;
    ctx.fillRect(x, y - size * 0.7, size * 0.36, size * 0.36);
    drawText(ctx, item, x + size * 0.7, y, size, COLOUR.fg, true);
  });
}

/** The card as a 1200×630 PNG. */
export function drawShareImage(card: ShareCard): Buffer {
  registerCanvasFonts();
  const canvas = createCanvas(SHARE_IMAGE.width, SHARE_IMAGE.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLOUR.bg;
  ctx.fillRect(0, 0, SHARE_IMAGE.width, SHARE_IMAGE.height);
  ctx.fillStyle = COLOUR.accent;
  ctx.fillRect(0, 0, SHARE_IMAGE.width, 12);

  const series = fit(
    ctx,
    card.series,
    [
      [26, 1],
      [22, 1],
    ],
    WIDTH,
    false,
  );
  ctx.fillStyle = COLOUR.muted;
  let y = drawLines(ctx, series.lines, PAD, 92, 0);

  if (card.kicker) {
    y += 76;
    const kicker = fit(
      ctx,
      card.kicker,
      [
        [40, 1],
        [34, 1],
      ],
      WIDTH,
      true,
    );
    ctx.fillStyle = COLOUR.accent;
    y = drawLines(ctx, kicker.lines, PAD, y, 0);
  }

  // One line set large; two lines smaller, to leave room for what follows.
  const headline = fit(ctx, card.headline, card.kicker ? SECTION_HEADLINE : OVERVIEW_HEADLINE, WIDTH, true);
  ctx.fillStyle = COLOUR.fg;
  y = drawLines(ctx, headline.lines, PAD, y + 20 + headline.size, headline.size * 1.3);

  if (card.deck) {
    const deck = fit(
      ctx,
      card.deck,
      [
        [44, 1],
        [36, 1],
      ],
      WIDTH,
      true,
    );
    ctx.fillStyle = COLOUR.accent;
    y = drawLines(ctx, deck.lines, PAD, y + 24 + deck.size, 0);
  }

  if (card.figure) drawFigure(ctx, card.figure, 482);
  if (card.items.length) drawItems(ctx, card.items.slice(0, 9), Math.max(y + 84, 400), 500);

  ctx.fillStyle = COLOUR.rule;
  ctx.fillRect(PAD, 526, WIDTH, 2);
  const footer = fit(
    ctx,
    card.footer,
    [
      [28, 1],
      [24, 1],
    ],
    WIDTH,
    false,
  );
  ctx.fillStyle = COLOUR.muted;
  drawLines(ctx, footer.lines, PAD, 578, 0);

  return canvas.toBuffer('image/png');
}
