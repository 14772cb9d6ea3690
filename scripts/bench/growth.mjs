// What the benchmark concludes from its figures as the archive grows: the
// cost of one more review (time and first-search bytes) between two archive
// sizes, which leaves out what every build or search pays whatever the
// archive's size, and the warm rebuild's share of the cold build.
import { BUDGETS } from './budgets.mjs';
import { kb } from './sizes.mjs';

/** The warm rebuild must take less than this share of the cold build. */
export const WARM_SHARE = 1 / 3;

/**
 * What each review added between consecutive measurements, by number of
 * reviews (fewest first): [] for fewer than two.
 * @param {{ reviews: number, value: number }[]} points
 * @returns {{ from: number, to: number, perReview: number }[]}
 */
export function perAddedReview(points) {
  return points.slice(1).map((point, i) => {
    const previous = /** @type {{ reviews: number, value: number }} */ (points[i]);
    if (point.reviews <= previous.reviews) throw new Error('Measurements must go from fewer reviews to more.');
    return {
      from: previous.reviews,
      to: point.reviews,
      perReview: (point.value - previous.value) / (point.reviews - previous.reviews),
    };
  });
}

/**
 * How far apart the per-review costs are: the largest over the smallest (1
 * is perfectly flat), null when there are fewer than two, or one is not
 * above zero (no ratio means anything then).
 * @param {number[]} perReview
 */
export function spread(perReview) {
  if (perReview.length < 2 || perReview.some((v) => v <= 0)) return null;
  return Math.max(...perReview) / Math.min(...perReview);
}

/**
 * The warm rebuild against the cold build, both `npm run build` (astro
 * build and the PDF step), in seconds.
 * @param {number} cold
 * @param {number} warm
 */
export function warmShare(cold, warm) {
  const share = warm / cold;
  return { share, underAThird: share < WARM_SHARE };
}

/**
 * The first search's budgets as the archive grows: within the first-search
 * budget for the fewest reviews measured, and growing by less than the
 * per-review budget. One line per budget broken; empty when within.
 * @param {{ reviews: number, bytes: number }[]} searches first results' gzip bytes, fewest reviews first
 */
export function searchGrowthFailures(searches) {
  const [fewest] = searches;
  if (!fewest) return [];
  const failures = [];
  if (fewest.bytes > BUDGETS.firstSearch)
    failures.push(`first search with ${fewest.reviews} review(s): ${kb(fewest.bytes)} > ${kb(BUDGETS.firstSearch)}`);
  const points = searches.map(({ reviews, bytes }) => ({ reviews, value: bytes }));
  for (const { from, to, perReview } of perAddedReview(points))
    if (perReview >= BUDGETS.firstSearchPerReview)
      failures.push(
        `first search from ${from} to ${to} reviews: ${kb(perReview)} per added review ≥ ${kb(BUDGETS.firstSearchPerReview)}`,
      );
  return failures;
}
