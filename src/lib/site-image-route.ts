/** The response of a share image of a page around the reviews (./site-images.ts), drawn once and then cached. */
import { cachedDrawing } from './drawing-cache.mjs';
import { drawShareImage } from './share-image';
import type { SiteImage } from './site-images';

export async function siteImageResponse({ card }: SiteImage): Promise<Response> {
  const png = await cachedDrawing('share-image', card, () => drawShareImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
