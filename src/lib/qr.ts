/**
 * QR codes of page addresses, drawn at build time as inline SVG, so a reader
 * can move a page from a screen or a printed sheet to a phone without any
 * script or request. Dark modules on white in every colour scheme: not
 * every phone reads an inverted code.
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

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The QR code of an address as an SVG string. */
export async function qrSvg(url: string, { label, margin = 0 }: QrOptions = {}): Promise<string> {
  const svg = (
    await QRCode.toString(url, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin,
      color: QR_COLOURS,
    })
  ).trim();
  return label ? svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `) : svg;
}

/** qrSvg, kept in the build's drawing cache (./drawing-cache.mjs): what pages place. */
export async function cachedQrSvg(url: string, options: QrOptions = {}): Promise<string> {
  const svg = await cachedDrawing('qr', { url, options }, () => qrSvg(url, options));
  return svg.toString('utf8');
}
