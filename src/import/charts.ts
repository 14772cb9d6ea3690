/**
 * Charts proposed where the text invites a comparison: two or more figures
 * of one kind that a chart form tells the truth about (growth rates side by
 * side, shares of 100%, ranks whose number of peers is known). Titles and
 * summaries are the figures' own labels and quotes, so they state no number
 * the text does not. The editor deletes what is not wanted.
 */
import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';

const FORMS: { type: ChartDefinition['type']; fits: (f: Figure) => boolean }[] = [
  { type: 'growth', fits: (f) => f.kind === 'growth' },
  { type: 'share', fits: (f) => f.kind === 'share' },
  { type: 'rank', fits: (f) => f.kind === 'rank' && f.outOf !== undefined },
];

/** Most figures a proposed chart draws; more would crowd a phone's width. */
const MOST = 6;

export interface ChartProposal {
  type: ChartDefinition['type'];
  figures: Figure[];
}

/** The charts a group of figures (a section's, or the review's) invites, by form. */
export function proposeCharts(figures: Figure[], spread?: (f: Figure) => string): ChartProposal[] {
  return FORMS.flatMap(({ type, fits }) => {
    const drawn = figures.filter(fits).slice(0, MOST);
    // On the overview a chart compares sections: one section's figures are its own chart.
    if (drawn.length < 2 || (spread && new Set(drawn.map(spread)).size < 2)) return [];
    return [{ type, figures: drawn }];
  });
}

/** Title and summary from the figures' words: labels joined by 、, quotes as one sentence. */
export function chartWords(figures: Figure[]): { title: string; summary: string } {
  return {
    title: figures.map((f) => f.label).join('、'),
    summary: `${figures.map((f) => f.quote).join('，')}。`,
  };
}
