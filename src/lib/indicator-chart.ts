/**
 * An indicator's chart: one row a year, each the value that year's review
 * states, drawn in the form its kind of number takes (growth rates on one %
 * axis, counts of one unit side by side, shares of 100%, ranks among their
 * peers). Nothing is computed between the years: no change, no trend line.
 */
import type { Figure } from '../schemas/figure';
import type { ReviewData } from '../schemas/review';
import type { ChartForm, ChartModel } from './charts';
import { chartModel } from './charts';
import { formatFigure } from './format';
import { indicator as words } from './ui';

const FORMS: Record<Figure['kind'], ChartForm> = {
  growth: 'growth',
  share: 'share',
  rank: 'rank',
  count: 'count',
  rate: 'count',
};

/** A figure of one year, with the review that states it. */
type YearFigure = Figure & { section: { review: { meta: Pick<ReviewData, 'year'> } } };

export function indicatorChart(id: string, label: string, values: readonly YearFigure[]): ChartModel {
  const [first] = values;
  if (!first) throw new Error(`indicator ${id} has no values`);
  const years = values.map((f) => f.section.review.meta.year);
  const rows = values.map((f, i) => ({ ...f, label: words.year(years[i] ?? 0) }));
  return chartModel(
    {
      id,
      type: FORMS[first.kind],
      title: words.chartTitle(label, years),
      summary: words.chartSummary(rows.map((r) => `${r.label}${formatFigure(r)}`)),
      figures: rows.map((r) => r.id),
    },
    rows,
  );
}
