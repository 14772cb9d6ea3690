/**
 * The checks across reviews: each review has an address of its own that no
 * other page of the site takes, an old address leads to one review only,
 * and an indicator's years agree on what they measure. Each review has
 * passed its own checks (./index.ts) first. Throws a ContentError on the
 * first problem, naming both files where two disagree.
 */
import type { ReviewData } from '../../schemas/review';
import type { SectionData } from '../../schemas/section';
import { ContentError } from '../../schemas/messages';
import { INDICATORS_FOLDER, reviewPath, SITE_FOLDERS } from '../urls';

export interface ArchiveSource {
  file: string;
  data: ReviewData;
  sections: { file: string; data: SectionData }[];
}

const quoted = (s: string) => `“${s}”`;

export function checkArchive(reviews: ArchiveSource[]): void {
  const addresses = new Map<string, string>();
  for (const review of reviews) {
    checkAddress(review);
    const path = reviewPath(review.data);
    const other = addresses.get(path);
    if (other) {
      throw new ContentError(
        review.file,
        review.data.edition ? 'edition' : 'year',
        `gives the address /${path}, which ${other} already has. A second review of one place and year needs an edition of its own (edition: ${review.data.year}-midyear, say).`,
      );
    }
    addresses.set(path, review.file);
  }
  checkMoves(reviews, addresses);
  checkIndicators(reviews);
}

function checkAddress({ file, data }: ArchiveSource) {
  if ((SITE_FOLDERS as readonly string[]).includes(data.place)) {
    throw new ContentError(
      file,
      'place',
      `${quoted(data.place)} is a folder of the site itself (${SITE_FOLDERS.join(', ')}). Choose another name for the place.`,
    );
  }
  if (data.edition === INDICATORS_FOLDER) {
    throw new ContentError(
      file,
      'edition',
      `${quoted(data.edition)} is the folder of the place’s indicators (/${data.place}/${INDICATORS_FOLDER}/). Choose another edition.`,
    );
  }
}

/**
 * An old address leads to one review, and no page of the archive stands
 * where one of its old pages did: an old address may not be a review's
 * address, hold one or lie inside one, and the root's old section pages
 * may not be a place's.
 */
function checkMoves(reviews: ArchiveSource[], addresses: Map<string, string>) {
  const movedFrom = new Map<string, string>();
  const places = new Map(reviews.map((r) => [r.data.place, r.file]));
  for (const review of reviews) {
    review.data.movedFrom.forEach((former, i) => {
      const field = `movedFrom[${i}]`;
      const other = movedFrom.get(former);
      if (other) throw new ContentError(review.file, field, `${quoted(former)} is already an old address of ${other}.`);
      movedFrom.set(former, review.file);
      // The root is the archive's front page: only the old pages below it move.
      if (former === '/') {
        for (const section of review.sections) {
          const place = places.get(section.data.slug);
          if (place) {
            throw new ContentError(
              place,
              'place',
              `${quoted(section.data.slug)} is the old address of a section of ${review.file} (/${section.data.slug}/), which leads to its new address. Choose another name for the place.`,
            );
          }
        }
        return;
      }
      for (const [path, file] of addresses) {
        const address = `/${path}`;
        if (address.startsWith(former) || former.startsWith(address)) {
          throw new ContentError(
            review.file,
            field,
            `${quoted(former)} overlaps the address of ${file} (${address}): an old address cannot lead elsewhere while the archive serves a page there. Remove it.`,
          );
        }
      }
    });
  }
}

/** A figure of one indicator a review; the years of one place share the unit and kind. */
function checkIndicators(reviews: ArchiveSource[]) {
  const seen = new Map<string, { file: string; field: string; unit: string; kind: string; year: number }>();
  for (const review of reviews) {
    const own = new Map<string, string>();
    for (const section of review.sections) {
      section.data.figures.forEach((figure, i) => {
        if (!figure.indicator) return;
        const field = `figures[${i}].indicator`;
        const mine = own.get(figure.indicator);
        if (mine) {
          throw new ContentError(
            section.file,
            field,
            `${quoted(figure.indicator)} is already the indicator of a figure in ${mine}: a review states one value of an indicator. Remove one of them.`,
          );
        }
        own.set(figure.indicator, section.file);
        const key = `${review.data.place}/${figure.indicator}`;
        const earlier = seen.get(key);
        if (!earlier) {
          seen.set(key, {
            file: section.file,
            field: `figures[${i}]`,
            unit: figure.unit,
            kind: figure.kind,
            year: review.data.year,
          });
          return;
        }
        if (earlier.year === review.data.year) {
          throw new ContentError(
            section.file,
            field,
            `${quoted(figure.indicator)} already has a value for ${review.data.year} in ${earlier.file}: an indicator has one value a year.`,
          );
        }
        if (earlier.unit !== figure.unit) {
          throw new ContentError(
            section.file,
            `figures[${i}].unit`,
            `${quoted(figure.unit)} is not the unit of indicator ${quoted(figure.indicator)} in ${earlier.file} (${quoted(earlier.unit)}): its years must share one unit. Use the same unit, or another indicator.`,
          );
        }
        if (earlier.kind !== figure.kind) {
          throw new ContentError(
            section.file,
            `figures[${i}].kind`,
            `${figure.kind} is not the kind of indicator ${quoted(figure.indicator)} in ${earlier.file} (${earlier.kind}): its years must be one kind of number.`,
          );
        }
      });
    }
  }
}
