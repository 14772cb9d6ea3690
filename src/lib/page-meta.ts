/** A page's metadata (./meta.ts) for this build: the review as loaded, addresses on this site. */
import { pageMeta, type PageInput, type PageMeta } from './meta';
import { getReview } from './review';
import { absolute } from './site';

export async function metaFor(page: PageInput): Promise<PageMeta> {
  const review = await getReview();
  return pageMeta(page, { review: review.meta, sections: review.sections.map((s) => s.data), absolute });
}
