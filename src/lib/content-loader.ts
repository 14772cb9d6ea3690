/**
 * The content collections' loader: Astro's glob loader, made strict, over
 * the archive's layout (one folder a review, ./archive-layout.ts). Before
 * Astro reads anything, every file is read and checked on its own
 * (./content-file.ts), so a file that is not UTF-8, has a YAML slip, a wrong
 * field or code in its text stops the build with one line naming the file
 * and the field or line, whatever Astro's cache holds. Entries are keyed by
 * folder and file name, so two sections with one slug both arrive and the
 * review's own check names them (Astro keys by slug and silently keeps the
 * last), and anything the glob loader would only warn about stops the build.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError } from '../schemas/messages';
import { archiveFiles, type ArchivePart } from './archive-layout';

export interface ContentFiles {
  /** The archive's folder, relative to the project. */
  base: string;
  /** Which files of each review's folder: its review.yaml, or its sections. */
  part: ArchivePart;
  /** Reads and checks one file (path on disk, name relative to the project); throws a ContentError. */
  check: (path: string, file: string) => void;
}

const PATTERNS: Record<ArchivePart, string> = { review: '*/review.yaml', sections: '*/sections/*.mdx' };

/** tongchuan-2020/review.yaml → tongchuan-2020; tongchuan-2020/sections/01-industry.mdx → tongchuan-2020/01-industry. */
export function entryId(entry: string): string {
  return entry
    .replace(/\/review\.yaml$/, '')
    .replace(/\/sections\//, '/')
    .replace(/\.mdx$/, '');
}

export function contentLoader(files: ContentFiles): Loader {
  const inner = glob({ pattern: PATTERNS[files.part], base: files.base, generateId: ({ entry }) => entryId(entry) });
  return {
    name: 'review-content',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const name = (path: string) => relative(root, path).split(sep).join('/');
      const folder = resolve(root, files.base);
      for (const path of archiveFiles(folder, files.part, name)) files.check(path, name(path));

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
