import { z } from 'astro/zod';
import { chartSchema } from './chart';
import { correctionSchema } from './correction';
import { asciiId, text } from './fields';
import { figureSchema } from './figure';
import { expected, unknownFields } from './messages';

/** The frontmatter of one section (content/sections/*.mdx). */
export const sectionSchema = z.strictObject(
  {
    /** The section's address: /<slug>/. Keep it stable once published. */
    slug: asciiId('the slug'),
    /** Position in the review, from 1. */
    order: z
      .number(expected('a whole number from 1'))
      .int({ error: 'must be a whole number from 1' })
      .min(1, { error: 'must be a whole number from 1' }),
    /**
     * The kicker, the first phrase of the heading (聚焦产业转型升级), and the
     * section's name in the navigation. For a heading printed without a
     * kicker, the same words as the headline: the heading is then shown once.
     */
    title: text('the kicker (聚焦…)'),
    /** The rest of the heading (高质量发展步伐进一步加快). */
    headline: text('the headline'),
    /**
     * The heading as the source printed it, when it is known (the importer
     * writes it). It is the article's own words: a number in it counts as
     * stated, so a heading may keep a number the text does not repeat.
     */
    source: text('the heading as the source printed it').optional(),
    /** A sentence of the section's own text, used as its description. */
    summary: text("a sentence of the section's text"),
    /** As printed at the end of the section (记者 段海洲). */
    byline: text('the byline'),
    /** The headline figures the text states. */
    figures: z.array(figureSchema, expected('a list of figures')).default([]),
    /** Charts of this section's figures. */
    charts: z.array(chartSchema, expected('a list of charts')).default([]),
    /** Editorial corrections of the source, shown to readers. */
    corrections: z.array(correctionSchema, expected('a list of corrections')).default([]),
  },
  unknownFields('a section'),
);

export type SectionData = z.infer<typeof sectionSchema>;
