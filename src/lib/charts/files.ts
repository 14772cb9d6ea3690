/**
 * Where a chart's files are, relative to the site's base: pages link them
 * through href(), the endpoints under src/pages/charts/ generate them.
 */
import type { PaletteName } from '../palette';
import type { PictureWidth } from './layout';

/** A picture shown in the page: one of two widths, in a screen scheme's palette or paper's. */
export interface PictureVariant {
  scheme: PaletteName;
  width: PictureWidth;
}

/**
 * Paper's picture has a file of its own, never the light screen picture's:
 * Chromium does not wait, before it prints, for a lazy image whose file is
 * already being fetched for another image, and prints it blank
 * (ChartPicture.astro). Paper takes the wide one: the text column is wider on
 * paper than on a phone.
 */
export const PAPER_PICTURE: PictureVariant = { scheme: 'print', width: 'wide' };

export const PICTURE_VARIANTS: PictureVariant[] = [
  ...(['narrow', 'wide'] as const).flatMap((width) =>
    (['light', 'dark'] as const).map((scheme) => ({ scheme, width })),
  ),
  PAPER_PICTURE,
];

/** industry-investment-wide-dark, industry-investment-wide-print; the download is the chart's id alone. */
export function pictureName(id: string, variant: PictureVariant | 'download'): string {
  if (variant === 'download') return id;
  return `${id}-${variant.width}${variant.scheme === 'light' ? '' : `-${variant.scheme}`}`;
}

/**
 * The screen's pictures are lossless WebP, a fifth lighter than the same
 * PNG, and they are what a reader fetches; paper's and the download stay PNG.
 */
export function pictureFormat(variant: PictureVariant | 'download'): 'png' | 'webp' {
  return variant === 'download' || variant.scheme === 'print' ? 'png' : 'webp';
}

export const chartPaths = {
  picture: (id: string, variant: PictureVariant | 'download') =>
    `charts/${pictureName(id, variant)}.${pictureFormat(variant)}`,
  csv: (id: string) => `charts/${id}.csv`,
};
