import type { ChartDefinition } from '../../schemas/chart';
import type { Figure } from '../../schemas/figure';
import { ContentError } from '../../schemas/messages';
import { quoted } from './sources';

/** A chart draws existing figures, each of a kind its form can tell the truth about. */
export function checkChart(
  file: string,
  field: string,
  chart: ChartDefinition,
  figures: Map<string, Figure>,
  missing: string,
) {
  const drawn = chart.figures.map((id, j) => {
    const figure = figures.get(id);
    if (!figure) throw new ContentError(file, `${field}.figures[${j}]`, `${quoted(id)} ${missing}.`);
    return figure;
  });
  const fits: Record<ChartDefinition['type'], (f: Figure) => string | undefined> = {
    growth: (f) => (f.kind === 'growth' ? undefined : 'a growth chart draws only figures of kind growth'),
    share: (f) => (f.kind === 'share' ? undefined : 'a share chart draws only figures of kind share'),
    rank: (f) =>
      f.kind === 'rank' && f.outOf ? undefined : 'a rank chart draws only ranks whose number of peers (outOf) is known',
    count: (f) =>
      f.kind === 'count' && f.unit === drawn[0]?.unit ? undefined : 'a count chart draws only counts of one unit',
  };
  drawn.forEach((figure, j) => {
    const problem = fits[chart.type](figure);
    if (problem)
      throw new ContentError(file, `${field}.figures[${j}]`, `${quoted(figure.id)} cannot be drawn here: ${problem}.`);
  });
}
