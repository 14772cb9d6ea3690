import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';

/** Draws the SVG at 8 pixels a module on white and reads the code back, as a phone would. */
async function decode(svg: string): Promise<string | undefined> {
  const modules = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const size = (modules + 8) * 8;
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(await loadImage(Buffer.from(svg)), 32, 32, modules * 8, modules * 8);
  const { data } = ctx.getImageData(0, 0, size, size);
  return jsQR(new Uint8ClampedArray(data), size, size)?.data;
}

describe('qrSvg', () => {
  it.each([
    'https://review.example.org/industry/',
    'https://example.org/review/2020/livelihood/',
    'https://example.org/review/2020/party/#fig-cases-filed',
  ])('encodes %s so that it reads back exactly', async (address) => {
    expect(await decode(await qrSvg(address))).toBe(address);
    expect(await decode(await qrSvg(address, { margin: 4 }))).toBe(address);
  });

  it('draws a square QR symbol (21 + 4n modules a side), with the quiet zone asked for', async () => {
    const side = async (margin: number) =>
      Number(/viewBox="0 0 (\d+) (\d+)"/.exec(await qrSvg('https://review.example.org/livelihood/', { margin }))?.[1]);
    expect((await side(0)) % 4).toBe(21 % 4);
    expect(await side(4)).toBe((await side(0)) + 8);
  });

  it('gives each address its own code, the same every build', async () => {
    const a = await qrSvg('https://review.example.org/industry/');
    expect(await qrSvg('https://review.example.org/industry/')).toBe(a);
    expect(await qrSvg('https://review.example.org/reform/')).not.toBe(a);
  });

  it('grows with the address', async () => {
    const size = async (url: string) => Number((await qrSvg(url)).match(/viewBox="0 0 (\d+)/)?.[1]);
    expect(await size(`https://example.org/${'review/2020/'.repeat(8)}`)).toBeGreaterThan(
      await size('https://example.org/'),
    );
  });

  it('is an image labelled for screen readers when given a label, the label escaped', async () => {
    const svg = await qrSvg('https://example.org/a/', {
      label: '「聚焦产业转型升级」网址的二维码：https://example.org/a/?x=1&y="2"',
    });
    expect(svg).toMatch(
      /^<svg role="img" aria-label="「聚焦产业转型升级」网址的二维码：https:\/\/example\.org\/a\/\?x=1&amp;y=&quot;2&quot;" /,
    );
    expect(svg).toMatch(/<\/svg>$/);
    expect(await qrSvg('https://example.org/a/')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('draws dark modules on white, whatever the page’s colour scheme', async () => {
    const svg = await qrSvg('https://example.org/', { margin: 4 });
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#1f1c19"');
  });
});
