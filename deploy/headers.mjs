// The response headers the site needs from the server that serves it, in
// one place. deploy/nginx.conf and public/_headers (for Netlify and
// Cloudflare Pages) say the same; tests hold them to it: a real nginx serving
// the build (tests/dist/nginx.test.ts) and _headers read as those hosts read
// it (tests/unit/headers.test.ts).
//
// Every page also carries its own Content Security Policy in a <meta> tag
// (astro.config.mjs). What a meta tag cannot say is here: who may frame a
// page. A browser applies both policies, so the meta policy still holds in
// full. No X-Frame-Options: frame-ancestors replaces it in every browser the
// site serves, which ignore it beside frame-ancestors anyway, and it could
// not say "any site" for the embeds.

/**
 * Paths, from the site's root, of the pages other sites may frame: each
 * review's charts made to be framed (/<place>/<edition>/embed/…), and the
 * old root's (/embed/…), whose small pages send a frame on to the new
 * address on a host without redirect rules.
 */
export const EMBEDS = /^\/(?:[^/]+\/[^/]+\/)?embed\//;

/** Paths of the files named by their content. */
export const HASHED = ['/_astro/', '/code/'];

/** Headers of every response. */
export const EVERY_RESPONSE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Who may frame a page: any site a chart made to be framed, only the site itself every other page. */
export const FRAMING = {
  embeds: 'frame-ancestors *',
  elsewhere: "frame-ancestors 'self'",
};

/**
 * How long a response may be kept: a file whose name changes with its
 * content for a year; anything else (HTML above all) is asked for again,
 * so a correction reaches readers at once.
 */
export const CACHING = {
  hashed: 'public, max-age=31536000, immutable',
  elsewhere: 'no-cache',
};

/**
 * The headers these rules give a response for a path from the site's root
 * (/tongchuan/2020/industry/, /tongchuan/2020/embed/industry-investment/, /_astro/….js).
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(path) {
  return {
    ...EVERY_RESPONSE,
    'Content-Security-Policy': EMBEDS.test(path) ? FRAMING.embeds : FRAMING.elsewhere,
    'Cache-Control': HASHED.some((folder) => path.startsWith(folder)) ? CACHING.hashed : CACHING.elsewhere,
  };
}
