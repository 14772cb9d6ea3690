import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';

describe('qrSvg', () => {
  it('draws a square QR symbol (21 + 4n modules a side) as SVG', async () => {
    const svg = await qrSvg('https://review.example.org/livelihood/');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [, width, height] = svg.match(/viewBox="0 0 (\d+) (\d+)"/) ?? [];
    expect(width).toBe(height);
    expect((Number(width) - 21) % 4).toBe(0);
    expect(svg).toMatch(/<path[^>]+d="M/);
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
});
