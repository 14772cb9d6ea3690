/**
 * QR codes drawn at build time as inline SVG, so a printed page leads back
 * to its online version without any script or request.
 */
import QRCode from 'qrcode';

/** The QR code of an address as an SVG string (dark modules on white). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}
