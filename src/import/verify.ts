/**
 * What the importer is about to write, read back the way the build reads
 * it: the same schemas (src/schemas/), the same body reader and the same
 * cross-checks (src/lib/checks/), the archive's among them, with the
 * reviews already there. Nothing is written that the build would refuse.
 */
import { checkArchive, checkReview, type ArchiveSource, type SectionSource } from '../lib/checks';
import { checkedBody, parseYaml, splitMdx, validate } from '../lib/content-file';
import { reviewSchema } from '../schemas/review';
import { sectionSchema } from '../schemas/section';

export interface OutputFile {
  /** Relative to the output folder: review.yaml, sections/01-….mdx. */
  path: string;
  text: string;
}

/** Throws the build's ContentError (naming the file and field) at the first problem. */
export function verify(review: OutputFile, sections: OutputFile[], others: ArchiveSource[] = []): void {
  const reviewData = validate(reviewSchema, parseYaml(review.text, review.path), review.path, 'the review');
  const sources: SectionSource[] = sections.map(({ path, text }) => {
    const parts = splitMdx(text, path);
    const data = validate(sectionSchema, parseYaml(parts.frontmatter, path, 2), path, 'frontmatter');
    checkedBody(parts, path);
    return { file: path, data, body: parts.body };
  });
  checkReview({ file: review.path, data: reviewData }, sources);
  checkArchive([...others, { file: review.path, data: reviewData, sections: sources }]);
}
