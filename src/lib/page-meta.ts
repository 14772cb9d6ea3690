/** A page's metadata (./meta.ts) for this build: addresses on this site. */
import { pageMeta, type PageInput, type PageMeta } from './meta';
import { absolute } from './site';

export function metaFor(page: PageInput): PageMeta {
  return pageMeta(page, { absolute });
}
