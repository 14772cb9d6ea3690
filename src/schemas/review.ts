import { z } from 'astro/zod';
import { chartSchema } from './chart';
import { asciiId, text } from './fields';
import { expected, unknownFields } from './messages';

/** A path of the site a review was published at before it moved: "/" for the site's root, "/old/path/". */
const formerPath = z
  .string(expected('a path of the site such as "/" or "/tongchuan/2020/"'))
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, {
    error:
      'must be a path of the site in lowercase ASCII, starting and ending with "/" (for example "/" or "/tongchuan/2020/")',
  });

/** The review as a whole (content/<review>/review.yaml). */
export const reviewSchema = z.strictObject(
  {
    /**
     * The place in ASCII (tongchuan): the first part of the review's address
     * (/tongchuan/2020/), the same in every year's review of one place. The
     * figures of one place's years are linked through it; a series never
     * joins two places. Never change it once the review is published.
     */
    place: asciiId('the place'),
    /**
     * The second part of the address, when it is not the year: only for a
     * second review of one place and year (2020-midyear). Never change it
     * once the review is published.
     */
    edition: asciiId('the second part of the address').optional(),
    /**
     * Where the review was published before it moved to its address: every
     * page and file it had there leads here (deploy/nginx.conf,
     * public/_redirects and a small page at each old address). "/" is the
     * site's root, where the first review was published before the archive.
     */
    movedFrom: z.array(formerPath, expected('a list of paths such as "/"')).default([]),
    /** The series the article ran under (牢记谆谆嘱托…), if it names one. */
    series: text('the series name').optional(),
    /** The article's title. */
    title: text('the title'),
    /** The subtitle, without the dashes that introduce it, if it has one. */
    subtitle: text('the subtitle').optional(),
    /** The review's name in ASCII for the files readers download (tongchuan-2020-review.pdf). */
    slug: asciiId('the file name of downloads'),
    /** The place the review is about, as the article names it (铜川, 北岭区). */
    city: text('the place'),
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
