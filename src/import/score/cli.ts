/**
 * npm run import:score -- [folder]: imports every labelled article of the
 * folder (tests/fixtures/import by default) and prints how much of what the
 * editor marked the importer found. Exit 0 when it passes, 1 when it does
 * not, 2 on bad input (one line).
 */
import { ImportError } from '../errors';
import { formatScore } from './format';
import { scoreFolder } from './index';

export const DEFAULT_FOLDER = 'tests/fixtures/import';

export function runScore(args: string[]): number {
  try {
    if (args.length > 1 || args[0]?.startsWith('--')) {
      throw new ImportError('import:score', 'takes one folder of labelled articles: npm run import:score -- <folder>');
    }
    const score = scoreFolder(args[0] ?? DEFAULT_FOLDER);
    console.log(formatScore(score));
    return score.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
