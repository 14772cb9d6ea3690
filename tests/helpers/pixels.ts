/** Reading colours out of decoded pictures (a chart's PNG, a picture printed into a PDF). */

/**
 * How many pixels of raw image data are (nearly) one colour.
 * @param data pixels, `channels` bytes each, red, green and blue first
 * @param hex the colour, #rrggbb
 */
export function pixelsOf(data: ArrayLike<number>, channels: number, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < data.length; i += channels) {
    if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) count++;
  }
  return count;
}
