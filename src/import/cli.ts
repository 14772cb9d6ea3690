/**
 * npm run import -- path/to/article.txt [--out content] [--force] [--dry-run] [--json report.json] [--report page.html]
 *
 * Prints the report; writes the new review's folder into the archive (--out,
 * content/ by default) only when all of it is ready, into a temporary folder
 * first and then moved into place, so a folder is never left half-written,
 * and the report as a page in it. No file of another review is touched; a
 * review of the same place and year is replaced only with --force. Problems
 * are one line and exit 2. Where each file goes is decided here, and only here.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ReviewInput } from '../lib/archive';
import { readArchiveFiles, type SectionFile } from '../lib/archive-files';
import { reviewPath } from '../lib/urls';
import { ContentError } from '../schemas/messages';
import { formatReport, htmlReport, ImportError, importArticle, type ImportResult } from './index';

const USAGE =
  'usage: npm run import -- path/to/article.txt [--out content] [--force] [--dry-run] [--json report.json] [--report page.html]';

/** The report page's name in the output folder, where --report names no other place. */
export const REPORT_PAGE = 'import-report.html';

interface Options {
  input: string;
  out: string;
  force: boolean;
  dryRun: boolean;
  json?: string;
  report?: string;
}

export function parseArgs(args: string[]): Options {
  const options: Partial<Options> = { out: 'content', force: false, dryRun: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => {
      const next = args[++i];
      if (!next || next.startsWith('--')) throw new ImportError(arg, `needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--json') options.json = value();
    else if (arg === '--report') options.report = value();
    else if (arg === '--force') options.force = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg.startsWith('--')) throw new ImportError(arg, `is not an option. ${USAGE}`);
    else if (options.input) throw new ImportError(arg, `is a second article: import one at a time. ${USAGE}`);
    else options.input = arg;
  }
  if (!options.input) throw new ImportError('import', `needs the article to read. ${USAGE}`);
  return options as Options;
}

function readInput(path: string): Uint8Array {
  if (!existsSync(path)) throw new ImportError(path, 'does not exist: check the path.');
  if (statSync(path).isDirectory()) throw new ImportError(path, 'is a folder: give the article file itself.');
  return readFileSync(path);
}

/** The reviews the archive folder already holds: none when it does not exist or is empty. */
function readArchive(out: string): ReviewInput<SectionFile>[] {
  if (!existsSync(out) || readdirSync(out).every((name) => name.startsWith('.'))) return [];
  try {
    return readArchiveFiles(out);
  } catch (error) {
    // The archive must be sound before a review is added beside the others.
    if (error instanceof ContentError) throw new ImportError('the archive', error.message.split('\n')[0] ?? '');
    throw error;
  }
}

/**
 * The new review's folder: the one of the review it replaces (--force), else
 * <place>-<year> (or <place>-<edition>) in the archive.
 */
function reviewFolder(out: string, archive: ReviewInput<SectionFile>[], result: ImportResult, force: boolean): string {
  const { review } = result;
  const address = reviewPath(review);
  const same = archive.find((r) => reviewPath(r.meta) === address);
  if (same) {
    const folder = dirname(same.file);
    if (!force) {
      throw new ImportError(
        folder,
        `already holds the review of ${review.city} ${review.year} (/${address}). Add --force to replace it (and only it), or choose another archive with --out.`,
      );
    }
    return folder;
  }
  const folder = join(out, `${review.place}-${review.edition ?? review.year}`);
  if (existsSync(folder)) {
    throw new ImportError(
      folder,
      'already exists and holds another review: rename that folder, or choose another archive with --out.',
    );
  }
  return folder;
}

/**
 * The new review.yaml and sections/ replace the old ones together: written
 * beside the folder first, then moved in; other files in it are kept.
 */
function writeContent(out: string, result: ImportResult) {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const staging = mkdtempSync(join(dirname(resolve(out)), `.import-${basename(resolve(out))}-`));
  const old = join(staging, 'old');
  const fresh = join(staging, 'new');
  try {
    for (const file of result.files) {
      mkdirSync(dirname(join(fresh, file.path)), { recursive: true });
      writeFileSync(join(fresh, file.path), file.text);
    }
    mkdirSync(out, { recursive: true });
    mkdirSync(old);
    for (const name of ['review.yaml', 'sections']) {
      if (existsSync(join(out, name))) renameSync(join(out, name), join(old, name));
    }
    for (const name of ['review.yaml', 'sections']) renameSync(join(fresh, name), join(out, name));
  } catch (error) {
    for (const name of ['review.yaml', 'sections']) {
      if (existsSync(join(old, name))) {
        rmSync(join(out, name), { recursive: true, force: true });
        renameSync(join(old, name), join(out, name));
      }
    }
    throw new ImportError(
      out,
      `could not be written (${error instanceof Error ? error.message : String(error)}); it is as it was.`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A report file (the data, the page), with its folder. */
function writeReport(path: string, text: string) {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new ImportError(path, `could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function run(args: string[]): number {
  try {
    const options = parseArgs(args);
    const bytes = readInput(options.input);
    const archive = readArchive(options.out);
    const result = importArticle(bytes, options.input, archive);
    const folder = reviewFolder(options.out, archive, result, options.force || options.dryRun);
    console.log(formatReport(result.report));
    if (options.json) writeReport(options.json, `${JSON.stringify(result.report, null, 2)}\n`);
    if (options.dryRun) {
      for (const file of result.files) console.log(`\n=== would write ${join(folder, file.path)}\n${file.text}`);
      // A dry run writes no content; the page only where --report asks for it.
      if (options.report) writeReport(options.report, htmlReport(result.report));
      console.log(`\nDry run: nothing written${options.report ? ` but the report page, ${options.report}` : ''}.`);
      return 0;
    }
    writeContent(folder, result);
    const page = options.report ?? join(folder, REPORT_PAGE);
    writeReport(page, htmlReport(result.report));
    console.log(
      `\nWrote ${result.files.length} files into ${folder}/, and the report as a page: ${page} (open it in a browser). Next: read the report, edit, then npm run dev.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 2;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(
      `import failed: ${message} (a fault of the importer: please report it with the article; DEBUG=1 shows where)`,
    );
    if (process.env.DEBUG) console.error(error);
    return 1;
  }
}
