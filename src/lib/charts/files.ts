/**
 * Where a chart's files are, relative to the site's base: pages link them
 * through href(), the endpoints under src/pages/charts/ generate them.
 */
import type { Scheme } from '../palette';
import type { PictureWidth } from './layout';

/** A picture shown in the page: one of two widths, in one of two schemes. */
export interface PictureVariant {
  scheme: Scheme;
  width: PictureWidth;
}

export const PICTURE_VARIANTS: PictureVariant[] = (['narrow', 'wide'] as const).flatMap((width) =>
  (['light', 'dark'] as const).map((scheme) => ({ scheme, width })),
);

/** industry-investment-wide-dark; the download is the chart's id alone. */
export function pictureName(id: string, variant: PictureVariant | 'download'): string {
  if (variant === 'download') return id;
  return `${id}-${variant.width}${variant.scheme === 'dark' ? '-dark' : ''}`;
}

export const chartPaths = {
  picture: (id: string, variant: PictureVariant | 'download') => `charts/${pictureName(id, variant)}.png`,
  csv: (id: string) => `charts/${id}.csv`,
};
