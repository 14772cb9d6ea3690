import type { APIRoute } from 'astro';
import { perPlace, type Place } from '../../lib/review';
import { siteImageResponse } from '../../lib/site-image-route';
import { placeImage } from '../../lib/site-images';

/** A place's share image: <place>/share.png. */
export const getStaticPaths = () => perPlace(() => [{ params: {}, props: {} }]);

export const GET: APIRoute<{ place: Place }> = ({ props: { place } }) => siteImageResponse(placeImage(place));
