import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reviewSchema } from './schemas/review';
import { sectionSchema } from './schemas/section';
import { contentDir } from './lib/site-env.mjs';

const base = contentDir(process.env.CONTENT_DIR);

/** One MDX file a section; the file name is not used, the slug is. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${base}/sections` }),
  schema: sectionSchema,
});

/** The review as a whole: a single YAML file. */
const review = defineCollection({
  loader: glob({ pattern: 'review.yaml', base }),
  schema: reviewSchema,
});

export const collections = { sections, review };
