// The rules of src/lib/redirects.ts as each server reads them, and where
// `npm run redirects` writes them: a marked block of deploy/nginx.conf and
// one of public/_redirects (Netlify, Cloudflare Pages); the rest of each
// file is left as it is. Plain JS: scripts/lib/nginx.mjs puts a block made
// for a test's own content into the configuration it serves.

/** @typedef {{ from: string, to: string, folder: boolean }} RedirectRule paths from the site's root ('' is the root) */

export const NGINX_CONF = 'deploy/nginx.conf';
export const REDIRECTS_FILE = 'public/_redirects';

/** The lines the block stands between, in both files: each a comment in both syntaxes. */
export const BLOCK = {
  begin:
    '# Old addresses (review.yaml movedFrom), written by `npm run redirects` from the content: do not edit by hand.',
  end: '# End of what `npm run redirects` writes.',
};

/** The most rules Cloudflare Pages takes: single addresses ("static") and with a splat ("dynamic"). */
export const CLOUDFLARE_LIMITS = { static: 2000, dynamic: 100 };

/**
 * Single addresses first, then folders, the longest first: nginx takes an
 * exact location before any prefix and the longest prefix, the hosts the
 * first rule that matches, so all three pick the same rule for a path.
 * Cloudflare also counts every rule after the first splat as one of its
 * hundred.
 * @param {RedirectRule[]} rules
 */
function ordered(rules) {
  return [...rules].sort(
    (a, b) => Number(a.folder) - Number(b.folder) || (a.folder ? b.from.length - a.from.length : 0),
  );
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rules as nginx locations. `return` leaves the query string out, so it
 * is added; `rewrite … permanent` keeps it and escapes what the path had
 * escaped. No location adds a header: each inherits every header of the
 * server block, which nginx would drop there otherwise.
 * @param {RedirectRule[]} rules
 * @returns {string[]}
 */
export function nginxRules(rules) {
  return ordered(rules).map(({ from, to, folder }) =>
    folder
      ? `location ^~ /${from} { rewrite ^/${escapeRegExp(from)}(.*)$ /${to}$1 permanent; }`
      : `location = /${from} { return 301 /${to}$is_args$args; }`,
  );
}

/**
 * The rules as lines of _redirects, which Netlify and Cloudflare Pages read
 * alike; both keep the query string. Plain 301, never Netlify's "301!":
 * Cloudflare reads that as no status, and so as 302.
 * @param {RedirectRule[]} rules
 * @returns {string[]}
 */
export function hostRules(rules) {
  const folders = rules.filter((rule) => rule.folder).length;
  const tooMany = (/** @type {number} */ n, /** @type {string} */ kind, /** @type {number} */ limit) => {
    if (n > limit)
      throw new Error(`${REDIRECTS_FILE}: ${n} ${kind} rules, more than the ${limit} Cloudflare Pages takes.`);
  };
  tooMany(rules.length - folders, 'single-address', CLOUDFLARE_LIMITS.static);
  tooMany(folders, 'folder', CLOUDFLARE_LIMITS.dynamic);
  return ordered(rules).map(({ from, to, folder }) => (folder ? `/${from}* /${to}:splat 301` : `/${from} /${to} 301`));
}

/**
 * `text` (the file `file`) with the lines between its two marker lines
 * replaced by `lines`, indented as the first marker is.
 * @param {string} text @param {string} file @param {string[]} lines
 */
export function withBlock(text, file, lines) {
  const all = text.split('\n');
  const at = (/** @type {string} */ marker) => all.flatMap((line, i) => (line.trim() === marker ? [i] : []));
  const [begin, ...moreBegins] = at(BLOCK.begin);
  const [end, ...moreEnds] = at(BLOCK.end);
  if (begin === undefined || end === undefined || end < begin || moreBegins.length || moreEnds.length) {
    throw new Error(
      `${file}: the lines that mark where \`npm run redirects\` writes are missing or out of order: put "${BLOCK.begin}" and, below it, "${BLOCK.end}" each once, on lines of their own, where the rules go.`,
    );
  }
  const indent = /^\s*/.exec(all[begin] ?? '')?.[0] ?? '';
  return [...all.slice(0, begin + 1), ...lines.map((line) => `${indent}${line}`), ...all.slice(end)].join('\n');
}

/**
 * Both files as `npm run redirects` writes them: `read` gives a file's
 * text as it is.
 * @param {RedirectRule[]} rules @param {(file: string) => string} read
 * @returns {{ file: string, text: string }[]}
 */
export function redirectFiles(rules, read) {
  return [
    { file: NGINX_CONF, text: withBlock(read(NGINX_CONF), NGINX_CONF, nginxRules(rules)) },
    { file: REDIRECTS_FILE, text: withBlock(read(REDIRECTS_FILE), REDIRECTS_FILE, hostRules(rules)) },
  ];
}
