import { z } from 'astro/zod';
import { asciiId, text } from './fields';
import { expected, unknownFields } from './messages';
import { QUALIFIERS } from './qualifiers';

/** What a number measures; it decides how the number is drawn in a chart. */
export const FIGURE_KINDS = ['growth', 'count', 'share', 'rate', 'rank'] as const;

export const figureSchema = z
  .strictObject(
    {
      /** Unique across the review; the figure's card is at #fig-<id>. */
      id: asciiId('the figure id'),
      /** What the number counts, as a short noun phrase from the text (新增企业). */
      label: text('a short label'),
      /** The number exactly as the text states it, without unit or qualifier. */
      value: z.number(expected('a number such as 5 or 68.1 (no unit, no quotes)')),
      /** The unit the text writes after the number (%, 户, 所, 件, 人 …); empty for a rank. */
      unit: z.string(expected('the unit as text (%, 户, 所 …)')).trim().default(''),
      /** How the text hedges the number (4600余名 → 余), if it does: see QUALIFIER_PLACES. */
      qualifier: z.enum(QUALIFIERS, { error: `must be one of ${QUALIFIERS.join('、')}` }).optional(),
      /** growth (a change in %), count, share (a part of a whole, in %), rate, rank. */
      kind: z.enum(FIGURE_KINDS, {
        error: `must be one of ${FIGURE_KINDS.join(', ')}`,
      }),
      /** For a rank: the peers it is ranked among, as the text names them (关中五市). */
      peers: z.string(expected('the peers as text (关中五市)')).trim().min(1).optional(),
      /** For a rank: how many peers there are, when the text says (5 for 关中五市). */
      outOf: z.number(expected('a whole number')).int().positive().optional(),
      /** Shown on the overview: on the section's card and in 数说 band. */
      featured: z.boolean(expected('true or false')).default(false),
      /** The exact phrase of the section's text that states the number. */
      quote: text('the exact phrase of the text that states this figure'),
      /**
       * The indicator this figure is one year's value of (urban-new-jobs):
       * the same figure in another year's review of the same place names the
       * same indicator, and together they make its series. The card then
       * shows the other years' values, and the indicator has a page,
       * /<place>/indicators/<id>/. The unit must be the same in every year.
       */
      indicator: asciiId('the indicator id').optional(),
    },
    unknownFields('a figure'),
  )
  .superRefine((figure, ctx) => {
    if (figure.kind === 'rank' && !figure.peers) {
      ctx.addIssue({
        code: 'custom',
        path: ['peers'],
        message: 'is missing: a rank needs the peers it is ranked among (关中五市, 全省 …)',
      });
    }
    if (figure.kind !== 'rank' && figure.unit === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'is missing: add the unit the text writes after the number (%, 户, 所 …)',
      });
    }
    if ((figure.kind === 'share' || figure.kind === 'growth') && figure.unit !== '%') {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `must be "%" for a ${figure.kind}`,
      });
    }
    if (figure.kind === 'share' && (figure.value < 0 || figure.value > 100)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must be between 0 and 100 for a share',
      });
    }
  });

export type Figure = z.infer<typeof figureSchema>;
