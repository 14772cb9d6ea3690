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
