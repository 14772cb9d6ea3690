/** The pieces the structure is made of, shared by its readers. */
import type { SourceLine } from '../normalise';

/** Things the editor should look at, each with its line. */
export type Notes = { line?: number; message: string }[];

/** A paragraph of text, and where its text starts in its line as normalised (after a run-in heading or a deck's dashes). */
export interface Paragraph extends SourceLine {
  column: number;
}
