/**
 * The content collections' loader: Astro's glob loader, made strict. Before
 * Astro reads anything, every file is read and checked on its own
 * (./content-file.ts), so a file that is not UTF-8, has a YAML slip, a wrong
 * field or code in its text stops the build with one line naming the file
 * and the field or line, whatever Astro's cache holds. Entries are keyed by
 * file name, so two sections with one slug both arrive and the review's
 * own check names them (Astro keys by slug and silently keeps the last),
 * and anything the glob loader would only warn about stops the build.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError } from '../schemas/messages';

export interface ContentFiles {
  /** The folder, relative to the project. */
  base: string;
  /** The files' extension (".mdx") or exact name ("review.yaml"). */
  match: string;
  /** What to tell an editor when there is none. */
  missing: string;
  /** Reads and checks one file (path on disk, name relative to the project); throws a ContentError. */
  check: (path: string, file: string) => void;
}

const stem = (entry: string) => entry.replace(/\.[^.]+$/, '');

export function contentLoader(files: ContentFiles): Loader {
  const pattern = files.match.startsWith('.') ? `*${files.match}` : files.match;
  const inner = glob({ pattern, base: files.base, generateId: ({ entry }) => stem(entry) });
  return {
    name: 'review-content',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const name = (path: string) => relative(root, path).split(sep).join('/');
      const folder = resolve(root, files.base);
      const found = listFiles(folder, files.match);
      if (found.length === 0) throw new ContentError(`${name(folder)}/`, 'files', files.missing);
      for (const path of found) files.check(path, name(path));

      // The initial load is the build's (or the dev server's first): every
      // warning stops it. Later reloads in `astro dev` log as usual, so an
      // editor's half-typed change does not end the server.
      let initial = true;
      const strict = (level: 'warn' | 'error') => (message: string) => {
        if (!initial) return context.logger[level](message);
        throw new ContentError(
          `${name(folder)}/`,
          'files',
          `made the content loader ${level === 'warn' ? 'warn' : 'fail'}: ${message}`,
        );
      };
      const logger = Object.assign(Object.create(context.logger) as LoaderContext['logger'], {
        warn: strict('warn'),
        error: strict('error'),
      });
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath) files.check(props.filePath, name(props.filePath));
        return context.parseData(props);
      };
      await inner.load({ ...context, logger, parseData });
      initial = false;
    },
  };
}

function listFiles(folder: string, match: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => (match.startsWith('.') ? n.endsWith(match) && !n.startsWith('.') : n === match))
    .sort()
    .map((n) => join(folder, n));
}
