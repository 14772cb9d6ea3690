/** What the figure finder reads from a paragraph: figures, and the numbers it did not make figures. */
import type { Figure } from '../../schemas/figure';
import type { Span } from './clauses';

export type FoundFigure = Pick<Figure, 'kind' | 'value' | 'unit' | 'label' | 'quote'> &
  Partial<Pick<Figure, 'qualifier' | 'peers' | 'outOf'>> & {
    /** Where the quote starts in the paragraph. */
    start: number;
    /** Something the editor should check about this figure. */
    note?: string;
  };

export interface UnusedNumber {
  /** The number as written, with what follows it (87周年). */
  text: string;
  /** The clause it stands in. */
  context: string;
  reason: string;
  /** Where the number starts in the paragraph. */
  start: number;
}

/** A figure being read, with where its number stands. */
export interface Candidate extends FoundFigure {
  /** Span of the number with its unit and hedges, in the clause. */
  at: Span;
}
