/**
 * Where a review's old addresses lead (review.yaml movedFrom): every page
 * and file it had at an old address has the same name at its new one. Two
 * forms of the same list: the rules a server follows (deploy/nginx.conf,
 * public/_redirects, written from these by `npm run redirects`), and the
 * pages a host without rules serves at each old page's address.
 */
import type { ReviewData } from '../schemas/review';
import type { SectionData } from '../schemas/section';
import type { Archive, SectionEntry } from './archive';
import { pdfFileName } from './pdf-file.mjs';
import { posterEntries, type PosterSource } from './posters';
import { REVIEW_FOLDERS, embedPath, posterPaths, reviewPath, sectionPath } from './urls';

/** A review as its old addresses need it. */
export interface MovedReview extends PosterSource {
  meta: ReviewData;
  sections: { data: SectionData; body?: string }[];
  /** Its charts' ids, each framed at embed/<id>/. */
  charts: string[];
}

/** Every review of the archive as its old addresses need it. */
export function movedReviews<E extends SectionEntry>(archive: Archive<E>): MovedReview[] {
  return archive.reviews.map((r) => ({ ...r, charts: r.charts.map((c) => c.model.id) }));
}

/** One address and where it leads, each a path from the site's base ('' is the root). */
export interface Move {
  from: string;
  to: string;
}

/** A server's rule: one address, or (folder) every address below a folder, the rest of the path kept. */
export interface RedirectRule extends Move {
  folder: boolean;
}

/** The folders of a review whose files and pages move together: all but print/, a page of its own. */
const MOVED_FOLDERS = REVIEW_FOLDERS.filter((f) => f !== 'print' && f !== 'search');

const path = (former: string) => former.replace(/^\//, '');

/** The rules of every review's every old address. */
export function redirectRules(reviews: MovedReview[]): RedirectRule[] {
  return reviews.flatMap((review) => {
    const to = reviewPath(review.meta);
    return review.meta.movedFrom.flatMap((former): RedirectRule[] => {
      const from = path(former);
      const one = (p: string): RedirectRule => ({ from: `${from}${p}`, to: `${to}${p}`, folder: false });
      return [
        // The root is the archive's front page now: only what was below it moves.
        ...(from ? [one('')] : []),
        ...review.sections.map((s) => one(sectionPath(s.data.slug))),
        one('print/'),
        one(pdfFileName(review.meta.slug)),
        // What the search page fetched; the archive's search now fetches each review's.
        one('search-index.json'),
        ...MOVED_FOLDERS.map((folder) => ({ from: `${from}${folder}/`, to: `${to}${folder}/`, folder: true })),
      ];
    });
  });
}

/**
 * Every page a review had at its old addresses, with where it is now: the
 * overview (but at the root), the sections, the print edition, each poster's
 * page and each framed chart. Posters are named for the review's address
 * (a QR code holds it), so `absolute` makes them as the build does.
 */
export function movedPages(reviews: MovedReview[], absolute: (path: string) => string): Move[] {
  return reviews.flatMap((review) => {
    const to = reviewPath(review.meta);
    const pages = [
      '',
      ...review.sections.map((s) => sectionPath(s.data.slug)),
      'print/',
      ...posterEntries(review, (p) => absolute(`${to}${p}`)).map((e) => posterPaths.page(e.name)),
      ...review.charts.map(embedPath),
    ];
    return review.meta.movedFrom.flatMap((former) =>
      pages
        .filter((page) => page || former !== '/')
        .map((page) => ({ from: `${path(former)}${page}`, to: `${to}${page}` })),
    );
  });
}
