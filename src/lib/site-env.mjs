// Read by astro.config.mjs before TypeScript is available, hence plain JS.

/** The placeholder address used when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://review.example.org';

/**
 * Normalises SITE_URL to an https origin (plus optional path) without a
 * trailing slash. Throws with a plain message on anything that is not a URL.
 * @param {string | undefined} value
 */
export function siteUrl(value) {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://example.org, not "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, not "${raw}"`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * Normalises BASE_PATH to the form Astro expects: a leading and a trailing
 * slash ("/", "/review/2020/").
 * @param {string | undefined} value
 */
export function basePath(value) {
  const parts = (value ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/**
 * The folder that holds review.yaml and sections/. Tests and the benchmark
 * point it at generated content; everyone else gets ./content.
 * @param {string | undefined} value
 */
export function contentDir(value) {
  return (value?.trim() || './content').replace(/\/+$/, '');
}

/**
 * The folder a build is written to: dist/, unless OUT_DIR names another
 * (tests and the benchmark build elsewhere). Everything that reads a build
 * finds it here.
 * @param {string | undefined} [value]
 */
export function outDir(value = process.env.OUT_DIR) {
  return value?.trim() || 'dist';
}

/**
 * Where Astro keeps its cache and the build keeps its drawings
 * (src/lib/drawing-cache.mjs): node_modules/.astro, unless CACHE_DIR names
 * another folder (tests and the benchmark give each build its own).
 * @param {string | undefined} [value]
 */
export function cacheDir(value = process.env.CACHE_DIR) {
  return value?.trim() || 'node_modules/.astro';
}
