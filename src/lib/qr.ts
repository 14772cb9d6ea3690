/**
 * QR codes of page addresses, drawn at build time: as inline SVG in pages,
 * so a reader can move a page from a screen or a printed sheet to a phone
 * without any script or request, and as modules for the posters the build
 * draws. Dark modules on white in every colour scheme: not every phone
 * reads an inverted code.
 */
import QRCode from 'qrcode';
import { cachedDrawing } from './drawing-cache.mjs';
import { QR_COLOURS } from './palette';

export interface QrOptions {
  /** Says what the code holds, for screen readers; without one the code is left to its caption. */
  label?: string;
  /** White modules around the code; none where the page around it is white anyway (print). */
  margin?: number;
}

/** Enough redundancy to survive a poster's compression or a smudged print, small enough to stay coarse. */
const ERROR_CORRECTION = 'M';

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The QR code of an address as an SVG string. */
export async function qrSvg(url: string, { label, margin = 0 }: QrOptions = {}): Promise<string> {
  const svg = (
    await QRCode.toString(url, {
      type: 'svg',
      errorCorrectionLevel: ERROR_CORRECTION,
      margin,
      color: QR_COLOURS,
    })
  ).trim();
  return label ? svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `) : svg;
}

/** A QR symbol as modules: size a side, without a quiet zone; dark(x, y) from the top left. */
export interface QrModules {
  size: number;
  dark: (x: number, y: number) => boolean;
}

/** The same code as qrSvg's, as modules to draw on a canvas. */
export function qrModules(url: string): QrModules {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/** qrSvg, kept in the build's drawing cache (./drawing-cache.mjs): what pages place. */
export async function cachedQrSvg(url: string, options: QrOptions = {}): Promise<string> {
  const svg = await cachedDrawing('qr', { url, options }, () => qrSvg(url, options));
  return svg.toString('utf8');
}
