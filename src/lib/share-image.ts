/**
 * Draws a share image (the picture a chat shows beside a pasted link) at
 * build time, in the site's light palette and the font that ships with the
 * project, so the same content always gives the same bytes.
 */
import { createCanvas } from '@napi-rs/canvas';
import { registerCanvasFonts } from './canvas-fonts';
import { drawLines, figureValue, fit, setFont, type Ctx, type Setting } from './canvas-text';
import { PALETTES } from './palette';
import { SHARE_IMAGE, type CardFigure, type ShareCard } from './share-card';

const COLOUR = PALETTES.light;

const PAD = 80;
const WIDTH = SHARE_IMAGE.width - 2 * PAD;

const SERIES: Setting = { sizes: [26, 22], maxLines: 1, bold: false, colour: COLOUR.muted };
const KICKER: Setting = { sizes: [40, 34], maxLines: 1, bold: true, colour: COLOUR.accent };
const SECTION_HEADLINE: Setting = { sizes: [80, 64, 52], maxLines: 2, bold: true, colour: COLOUR.fg };
const OVERVIEW_HEADLINE: Setting = { sizes: [88, 72, 60], maxLines: 2, bold: true, colour: COLOUR.fg };
const DECK: Setting = { sizes: [44, 36], maxLines: 1, bold: true, colour: COLOUR.accent };
const LABEL: Setting = { sizes: [34, 30], maxLines: 2, bold: false, colour: COLOUR.fg };
const FOOTER: Setting = { sizes: [28, 24], maxLines: 1, bold: false, colour: COLOUR.muted };

/** The lead figure: the number large in accent, its label beside it. */
function drawFigure(ctx: Ctx, figure: CardFigure, baseline: number): void {
  const width = figureValue(ctx, figure, { number: 112, words: 44 }, { x: PAD, baseline, colour: COLOUR.accent });
  const left = PAD + width + 40;
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

  let y = card.series ? drawLines(ctx, fit(ctx, card.series, SERIES, WIDTH).lines, PAD, 92) : 40;
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
