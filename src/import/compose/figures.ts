/** A figure found in the text as the section's frontmatter writes it, and the ones shown on the overview. */
import type { Figure } from '../../schemas/figure';
import type { FoundFigure } from '../figures';
import type { IdRegistry } from '../ids';
import type { FigureReport } from '../report';

/** Figures per section shown on the overview. */
const FEATURED = 2;

export function toFigure(found: FoundFigure, ids: IdRegistry): Figure {
  // In the order of the hand-made files, so an editor finds each field where it expects it.
  return {
    id: ids.figure(found.label, 'figure'),
    label: found.label,
    value: found.value,
    ...(found.kind === 'rank' ? {} : { unit: found.unit }),
    ...(found.qualifier ? { qualifier: found.qualifier } : {}),
    kind: found.kind,
    ...(found.peers ? { peers: found.peers } : {}),
    ...(found.outOf ? { outOf: found.outOf } : {}),
    featured: false,
    quote: found.quote,
  } as Figure;
}

/** The first figures of a section, rates and growth before counts, go on the overview. */
export function feature(figures: Figure[], reports: FigureReport[]) {
  const weight = (f: Figure) => (f.kind === 'count' ? 1 : 0);
  const chosen = [...figures].sort((a, b) => weight(a) - weight(b)).slice(0, FEATURED);
  for (const f of chosen) {
    f.featured = true;
    const report = reports.find((r) => r.id === f.id);
    if (report) report.featured = true;
  }
}
