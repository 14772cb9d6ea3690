/**
 * QR codes of page addresses, made at build time as SVG so a reader can move
 * a page from a screen or a printed sheet to a phone. Dark modules on white
 * in every colour scheme: not every phone reads an inverted code.
 */
import QRCode from 'qrcode';

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An SVG QR code of the address, labelled for screen readers. */
export async function qrSvg(address: string, label: string): Promise<string> {
  const svg = await QRCode.toString(address, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#1f1c19', light: '#ffffff' },
  });
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
}
