import { defineCollection } from 'astro:content';
import { readSectionFile, readYamlFile } from './lib/content-file';
import { contentLoader } from './lib/content-loader';
import { contentDir } from './lib/site-env.mjs';
import { reviewSchema } from './schemas/review';
import { sectionSchema } from './schemas/section';

const base = contentDir(process.env.CONTENT_DIR);

/** One MDX file a section, keyed by its file name; its address is its slug. */
const sections = defineCollection({
  loader: contentLoader({
    base: `${base}/sections`,
    match: '.mdx',
    missing: 'are missing: add at least one section as an .mdx file',
    check: (path, file) => void readSectionFile(path, file, sectionSchema),
  }),
  schema: sectionSchema,
});

/** The review as a whole: a single YAML file. */
const review = defineCollection({
  loader: contentLoader({
    base,
    match: 'review.yaml',
    missing: 'are missing: add review.yaml, the review as a whole, beside the sections folder',
    check: (path, file) => void readYamlFile(path, file, reviewSchema, 'the review'),
  }),
  schema: reviewSchema,
});

export const collections = { sections, review };
