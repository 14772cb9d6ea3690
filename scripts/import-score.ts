// npm run import:score: the importer measured on labelled articles (src/import/score/cli.ts), run through tsx.
import { runScore } from '../src/import/score/cli';

process.exitCode = runScore(process.argv.slice(2));
