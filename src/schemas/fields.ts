import { z } from 'astro/zod';
import { ASCII_ID, expected } from './messages';

/** A stable ASCII identifier used in URLs and anchors (industry, fig-new-firms …). */
export const asciiId = (what: string) =>
  z
    .string(expected(`${what} in lowercase ASCII letters, digits and hyphens (for example "new-firms")`))
    .regex(ASCII_ID, {
      error: `must be ${what} in lowercase ASCII letters, digits and hyphens (for example "new-firms")`,
    });

/** Text shown to readers; never empty. */
export const text = (what: string) =>
  z
    .string(expected(`${what} as text`))
    .trim()
    .min(1, { error: `must not be empty: add ${what}` });
