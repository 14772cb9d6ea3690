import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';

/** Draws the SVG at 8 pixels a module and reads the code back, as a phone would. */
async function decode(svg: string): Promise<string | undefined> {
  const modules = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const size = modules * 8;
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(await loadImage(Buffer.from(svg)), 0, 0, size, size);
  const { data } = ctx.getImageData(0, 0, size, size);
  return jsQR(new Uint8ClampedArray(data), size, size)?.data;
}

describe('qrSvg', () => {
  it.each([
    'https://review.example.org/industry/',
    'https://example.org/review/2020/livelihood/',
    'https://example.org/review/2020/party/#fig-cases-filed',
  ])('encodes %s so that it reads back exactly', async (address) => {
    expect(await decode(await qrSvg(address, 'label'))).toBe(address);
  });

  it('is an image labelled for screen readers, the label escaped', async () => {
    const svg = await qrSvg(
      'https://example.org/a/',
      '「聚焦产业转型升级」网址的二维码：https://example.org/a/?x=1&y="2"',
    );
    expect(svg).toMatch(
      /^<svg role="img" aria-label="「聚焦产业转型升级」网址的二维码：https:\/\/example\.org\/a\/\?x=1&amp;y=&quot;2&quot;" /,
    );
    expect(svg).toMatch(/<\/svg>$/);
  });

  it('draws dark modules on white, whatever the page’s colour scheme', async () => {
    const svg = await qrSvg('https://example.org/', 'x');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#1f1c19"');
  });
});
