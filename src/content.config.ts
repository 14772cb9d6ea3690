import { defineCollection } from 'astro:content';
import { readSectionFile, readYamlFile } from './lib/content-file';
import { contentLoader } from './lib/content-loader';
import { contentDir } from './lib/site-env.mjs';
import { reviewSchema } from './schemas/review';
import { sectionSchema } from './schemas/section';

/** The archive: a folder a review (src/lib/archive-layout.ts). */
const base = contentDir(process.env.CONTENT_DIR);

/** Each review as a whole: its folder's review.yaml, keyed by the folder's name. */
const reviews = defineCollection({
  loader: contentLoader({
    base,
    part: 'review',
    check: (path, file) => void readYamlFile(path, file, reviewSchema, 'the review'),
  }),
  schema: reviewSchema,
});

/** One MDX file a section, keyed by its review's folder and its file name; its address is its slug. */
const sections = defineCollection({
  loader: contentLoader({
    base,
    part: 'sections',
    check: (path, file) => void readSectionFile(path, file, sectionSchema),
  }),
  schema: sectionSchema,
});

export const collections = { reviews, sections };
