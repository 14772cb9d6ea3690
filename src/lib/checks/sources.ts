import type { ReviewData } from '../../schemas/review';
import type { SectionData } from '../../schemas/section';
import type { SectionBody } from '../section-body';

/** A section as the checks see it: where it came from, its frontmatter, its MDX body. */
export interface SectionSource {
  file: string;
  data: SectionData;
  body: string;
}

export interface ReviewSource {
  file: string;
  data: ReviewData;
}

/** A section with its body read (../section-body.ts). */
export interface ReadSection extends SectionSource {
  read: SectionBody;
}

/** Words of the content as the messages quote them. */
export const quoted = (s: string) => `“${s}”`;
