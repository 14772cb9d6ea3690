// npm run import: the importer's entry (src/import/cli.ts), run through tsx.
import { run } from '../src/import/cli';

process.exitCode = run(process.argv.slice(2));
