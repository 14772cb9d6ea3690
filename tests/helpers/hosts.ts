/**
 * How Netlify and Cloudflare Pages match the path of a rule of _headers or
 * _redirects against a request's, for the tests that read those files as
 * the hosts do (tests/unit/headers.test.ts, tests/unit/redirects.test.ts).
 */

/** A path's characters that a pattern reads as its own, but `*` and `:`, which the hosts give a meaning. */
const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cloudflare Pages, one engine for both files (workers-sdk's
 * asset-worker/src/utils/rules-engine.ts): `*` is any characters, slashes
 * too (the splat), `:name` one segment, against the whole path. A rule
 * with two splats makes a pattern that cannot compile, and Cloudflare
 * skips it without a word: null.
 */
export function cloudflarePattern(pattern: string): RegExp | null {
  const source = pattern
    .split('*')
    .map((part) => escape(part).replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)'))
    .join('(?<splat>.*)');
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return null;
  }
}

/**
 * Netlify's _headers (@netlify/headers-parser, getForRegExp): segment by
 * segment, `:name` one segment, a segment that is only `*` anything at all
 * (with the slash before it optional, so /embed/* is also /embed.js), in
 * any case, with or without a closing slash.
 */
export function netlifyHeaderPattern(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      return part.split('*').map(escape).join('(.*)');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/**
 * Netlify's _redirects, as its documentation describes it: `:name` one
 * segment, a closing `/*` the rest of the path (the splat) or nothing, and
 * a closing slash optional on the rule and on the request alike.
 */
export function netlifyRedirectPattern(pattern: string): RegExp {
  const bare = pattern.replace(/(.)\/$/, '$1');
  const [head = '', splat] = bare.endsWith('/*') ? [bare.slice(0, -2), true] : [bare, false];
  const source = escape(head).replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)');
  return new RegExp(`^${source}${splat ? '(?:/(?<splat>.*))?' : ''}/?$`);
}

/** A rule's destination with what its pattern captured put in (:splat, :name). */
export function filledIn(to: string, groups: Record<string, string | undefined> = {}): string {
  return to.replace(/:([A-Za-z]\w*)/g, (placeholder, name: string) => groups[name] ?? placeholder);
}
