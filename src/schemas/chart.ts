import { z } from 'astro/zod';
import { asciiId, text } from './fields';
import { expected, unknownFields } from './messages';

/**
 * The forms a chart can take. Each fits one kind of number, so a chart can
 * only tell the truth about what it draws:
 * - growth: growth rates side by side, on one % axis from zero;
 * - share: each share as a part of 100%;
 * - rank: each rank among the peers the text names;
 * - count: counts side by side, only when they share one unit.
 */
export const CHART_TYPES = ['growth', 'share', 'rank', 'count'] as const;

export const chartSchema = z.strictObject(
  {
    /** Unique across the review; the chart is at #chart-<id>. */
    id: asciiId('the chart id'),
    /** See CHART_TYPES. */
    type: z.enum(CHART_TYPES, {
      error: `must be one of ${CHART_TYPES.join(', ')}`,
    }),
    /** The chart's title, shown above it. */
    title: text('a title'),
    /** One sentence saying what the chart shows; also its accessible description. */
    summary: text('a one-sentence summary of what the chart shows'),
    /** The ids of the figures it draws, in the order they are drawn. */
    figures: z
      .array(asciiId('a figure id'), expected('a list of figure ids'))
      .min(1, { error: 'must name at least one figure' }),
  },
  unknownFields('a chart'),
);

export type ChartDefinition = z.infer<typeof chartSchema>;
