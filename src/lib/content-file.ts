/**
 * The one reader of the content's files: UTF-8 text, YAML (review.yaml and
 * each section's frontmatter) and the MDX body, each checked with a message
 * that names the file, the field (or the line) and what to do. The content
 * loader reads every file through here before Astro does; tests and the
 * importer read and validate content the same way.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { ContentError, fieldPath } from '../schemas/messages';
import { mdxParts } from './mdx-parts.mjs';
import { BodyError, readBody, type SectionBody } from './section-body';

/** The file's text (a UTF-8 byte-order mark dropped); refuses anything that is not UTF-8, naming what it looks like instead. */
export function readText(path: string, file = path): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let looks = '';
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      looks = ' (it reads as GB18030/GBK, as many newsroom systems save text)';
    } catch {
      // Neither: say only what it is not.
    }
    throw new ContentError(file, 'encoding', `is not UTF-8${looks}. Save the file as UTF-8 and build again.`);
  }
}

export type MdxParts = NonNullable<ReturnType<typeof mdxParts>>;

/** Splits an MDX file into its frontmatter and body. */
export function splitMdx(source: string, file: string): MdxParts {
  const parts = mdxParts(source);
  if (!parts) {
    throw new ContentError(
      file,
      'frontmatter',
      'is missing: the file must start with a line of three dashes (---), the fields, and another line of three dashes.',
    );
  }
  return parts;
}

/** YAML as data; a syntax error is named by its line in the file (firstLine: where the YAML starts). */
export function parseYaml(text: string, file: string, firstLine = 1): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
    const problem = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? error.code;
    throw new ContentError(
      `${file}:${line}`,
      'YAML',
      `cannot be read: ${problem}. Check the indentation, the colons and the quotes on that line.`,
    );
  }
  return document.toJS();
}

/**
 * Data checked against a schema. The first problem makes the message's
 * first line; any others follow, one a line, so one build shows them all.
 */
export function validate<T extends z.ZodType>(schema: T, data: unknown, file: string, whole: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // A misspelt field also leaves the real one missing: name the misspelling first.
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const [first, ...rest] = issues.map((issue) => ({
    field: fieldPath(issue.path) || whole,
    problem: issue.message,
  }));
  throw new ContentError(
    file,
    first?.field ?? whole,
    first?.problem ?? 'is not valid',
    rest.map(({ field, problem }) => `${field} ${problem}`),
  );
}

/** A section's body checked, with its problems named by the line of the file. */
export function checkedBody(parts: MdxParts, file: string): SectionBody {
  try {
    return readBody(parts.body);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    throw new ContentError(`${file}:${parts.bodyLine + error.line - 1}`, 'text', error.problem);
  }
}

/** A section file read and checked on its own: encoding, frontmatter, fields, body. */
export function readSectionFile<T extends z.ZodType>(
  path: string,
  file: string,
  schema: T,
): { data: z.output<T>; body: string; read: SectionBody } {
  const source = readText(path, file);
  const parts = splitMdx(source, file);
  const data = validate(schema, parseYaml(parts.frontmatter, file, 2), file, 'frontmatter');
  return { data, body: parts.body, read: checkedBody(parts, file) };
}

/** A YAML file (review.yaml) read and checked on its own. */
export function readYamlFile<T extends z.ZodType>(path: string, file: string, schema: T, whole: string): z.output<T> {
  return validate(schema, parseYaml(readText(path, file), file), file, whole);
}
