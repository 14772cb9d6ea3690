import type { z } from 'astro/zod';

/**
 * Zod's default messages speak to programmers ("Expected number, received
 * string"). Editors fill in these fields, so each field says in plain words
 * what it expects and whether it was missing or of the wrong type.
 */
export function expected(what: string): {
  error: (issue: z.core.$ZodRawIssue) => string;
} {
  return {
    error: (issue) => (issue.input === undefined ? `is missing: add ${what}` : `must be ${what}`),
  };
}

/** Lowercase ASCII words joined by hyphens: stable in URLs and anchors. */
export const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The message for fields the schema does not know (usually a typo). */
export function unknownFields(what: string) {
  return {
    error: (issue: z.core.$ZodRawIssue) =>
      issue.code === 'unrecognized_keys'
        ? `has ${issue.keys.map((k) => `"${k}"`).join(', ')}, which ${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} of ${what}: check the spelling or remove it`
        : undefined,
  };
}

/**
 * A problem in the content, worded for the editor who has to fix it: the
 * file (relative to the project), the field, what is wrong and what to do,
 * on one line. The build prints it alone: a stack trace into the build's
 * own code would only bury it (DEBUG=1 keeps the trace, for developers).
 */
export class ContentError extends Error {
  /** others: more problems of the same file ("field problem"), one a line after the first. */
  constructor(file: string, field: string, problem: string, others: string[] = []) {
    super([`${file}: ${field} ${problem}`, ...others.map((other) => `${file}: ${other}`)].join('\n'));
    this.name = 'ContentError';
    if (!process.env.DEBUG) this.stack = '';
  }
}

/** Where a value sits in a file, as an editor reads it: figures[0].unit. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}
