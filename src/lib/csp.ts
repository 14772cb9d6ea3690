/**
 * The hash a Content Security Policy gives an inline element it allows
 * (script-src / style-src), computed over the element's exact text.
 */
import { createHash } from 'node:crypto';

export type CspHash = `sha256-${string}`;

export function cspHash(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
