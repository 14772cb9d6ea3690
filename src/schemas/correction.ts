import { z } from 'astro/zod';
import { text } from './fields';
import { unknownFields } from './messages';

/** The parts of a section an editor can correct. */
export const CORRECTABLE_FIELDS = ['title', 'headline'] as const;

/** An editorial correction of the source, shown to readers where it applies. */
export const correctionSchema = z.strictObject(
  {
    /** Which field of the section the correction applies to. */
    field: z.enum(CORRECTABLE_FIELDS, {
      error: `must be one of ${CORRECTABLE_FIELDS.join(', ')}`,
    }),
    /** What the source printed, word for word. */
    original: text('what the source printed'),
    /** The editor's note, shown to readers. */
    note: text("the editor's note shown to readers"),
  },
  unknownFields('a correction'),
);

export type Correction = z.infer<typeof correctionSchema>;
