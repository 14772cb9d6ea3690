import type { APIRoute } from 'astro';
import { perIndicator, type Indicator, type Place } from '../../../../lib/review';
import { siteImageResponse } from '../../../../lib/site-image-route';
import { indicatorImage } from '../../../../lib/site-images';

/** An indicator's share image: <place>/indicators/<id>/share.png. */
export const getStaticPaths = perIndicator;

export const GET: APIRoute<{ place: Place; indicator: Indicator }> = ({ props: { place, indicator } }) =>
  siteImageResponse(indicatorImage(place, indicator));
