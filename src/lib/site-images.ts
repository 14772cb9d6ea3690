/**
 * The share images of the pages around the reviews, each with its path and
 * what it says: the archive's (the front page, the search, the 404 page), a
 * place's and an indicator's. Their pages and the endpoints that draw them
 * both take them from here.
 */
import type { Archive, Indicator, Place } from './review';
import { archiveCard, indicatorCard, placeCard, type ShareCard } from './share-card';
import { indicatorPath, placePath, siteImagePath } from './urls';

export interface SiteImage {
  path: string;
  card: ShareCard;
}

const listed = (archive: { reviews: { meta: Place['reviews'][number]['meta'] }[] }) =>
  archive.reviews.map((r) => r.meta);

export function archiveImage(archive: Archive): SiteImage {
  return { path: siteImagePath(''), card: archiveCard(listed(archive)) };
}

export function placeImage(place: Place): SiteImage {
  return { path: siteImagePath(placePath(place.slug)), card: placeCard(place.name, listed(place)) };
}

export function indicatorImage(place: Place, indicator: Indicator): SiteImage {
  return {
    path: siteImagePath(indicatorPath(place.slug, indicator.id)),
    card: indicatorCard(
      place.name,
      indicator.label,
      indicator.values.map((f) => ({ ...f, year: f.section.review.meta.year })),
    ),
  };
}
