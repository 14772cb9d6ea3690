import { z } from 'astro/zod';
import { chartSchema } from './chart';
import { asciiId, text } from './fields';
import { expected, unknownFields } from './messages';

/** The review as a whole (content/review.yaml). */
export const reviewSchema = z.strictObject(
  {
    /** The series the article ran under (牢记谆谆嘱托…), if it names one. */
    series: text('the series name').optional(),
    /** The article's title. */
    title: text('the title'),
    /** The subtitle, without the dashes that introduce it, if it has one. */
    subtitle: text('the subtitle').optional(),
    /** The review's name in ASCII for the files readers download (tongchuan-2020-review.pdf). */
    slug: asciiId('the file name of downloads'),
    /** The city the review is about. */
    city: text('the city'),
    /** The year under review. */
    year: z.number(expected('a year such as 2020')).int({ error: 'must be a year such as 2020' }),
    /** The reporter, as named in the bylines. */
    reporter: text("the reporter's name"),
    /** How the source printed the article's heading, for the colophon. */
    source: text('the heading as the source printed it'),
    /** The publication that printed it, if the copy names one. */
    publication: text('the publication').optional(),
    /**
     * How the site's text differs from the source, for the print edition's
     * colophon (全文照录原文，半角逗号与括号改用中文全角标点。); the importer
     * writes what it changed. Without it the colophon says nothing of it.
     */
    textNote: text('a sentence on how the text was edited').optional(),
    /** A sentence from the text that opens the overview. */
    opening: text('a sentence of the text'),
    /** Charts on the overview, comparing figures across sections. */
    charts: z.array(chartSchema, expected('a list of charts')).default([]),
  },
  unknownFields('the review'),
);

export type ReviewData = z.infer<typeof reviewSchema>;
