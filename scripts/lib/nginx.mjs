// Serves a build with the site's own nginx configuration (deploy/nginx.conf)
// on a loopback port, for the tests that check what a real server sends:
// the headers, the 404 page, caching, and charts framed by another origin.
// Needs Debian's nginx (`apt-get install -y nginx`; .ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withBlock } from '../../src/lib/redirect-files.mjs';
import { freePort } from './preview.mjs';

const SITE_CONFIG = 'deploy/nginx.conf';
const MIME_TYPES = '/etc/nginx/mime.types';
/** deploy/nginx.conf sends the build's .br files (brotli_static), a module Debian packages apart. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** @returns {string} the nginx binary, or an error saying how to get one */
function nginxBinary() {
  for (const path of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(path, ['-v']).status === 0) return path;
  }
  throw new Error('No nginx found. Install it: apt-get install -y nginx (Debian), as .ci/run does.');
}

/** @returns {string} the brotli_static module, or an error saying how to get it */
function brotliModule() {
  if (existsSync(BROTLI_STATIC)) return BROTLI_STATIC;
  throw new Error(
    `No ${BROTLI_STATIC}. Install it: apt-get install -y libnginx-mod-http-brotli-static (Debian), as .ci/run does.`,
  );
}

/**
 * The site's configuration served from `root` on 127.0.0.1:`port`: only
 * those two lines of deploy/nginx.conf change, and its redirect block when
 * `redirects` gives another (the rules of the build's own content, or none
 * for a host without rules).
 * @param {string} root @param {number} port @param {string[] | undefined} redirects
 */
function siteConfig(root, port, redirects) {
  let config = readFileSync(SITE_CONFIG, 'utf8');
  if (redirects) config = withBlock(config, SITE_CONFIG, redirects);
  /** @type {[RegExp, string][]} */
  const places = [
    [/^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`],
    [/^ {4}root \S+;$/m, `    root ${root};`],
  ];
  for (const [line, instead] of places) {
    if (!line.test(config)) throw new Error(`${SITE_CONFIG} has no line ${line}: the test cannot place it.`);
    config = config.replace(line, instead);
  }
  return config;
}

/**
 * Starts nginx serving `outDir` on a free port; resolves once it answers.
 * @param {{ outDir: string, redirects?: string[] }} options redirects: the
 *   lines of the redirect block (src/lib/redirect-files.mjs nginxRules)
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function startNginx({ outDir, redirects }) {
  const binary = nginxBinary();
  const brotli = brotliModule();
  const port = await freePort();
  const prefix = resolve('.tmp', `nginx-${port}`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  writeFileSync(join(prefix, 'site.conf'), siteConfig(resolve(outDir), port, redirects));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(prefix, 'temp', kind)};`)
    .join(' ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      `load_module ${brotli};`,
      'daemon off;',
      // As root, nginx would hand requests to "nobody", who may not read a checkout.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      // Debian's own nginx.conf allows 768: short of connections, nginx closes idle kept-alive ones under new requests.
      'events { worker_connections 768; }',
      `http { include ${MIME_TYPES}; default_type application/octet-stream; access_log off; ${temp} include ${join(prefix, 'site.conf')}; }`,
      '',
    ].join('\n'),
  );
  const child = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  child.stderr.on('data', (chunk) => (said += chunk));
  const exited = new Promise((done) => child.once('exit', done));
  const origin = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once:\n${said}`);
    try {
      await fetch(origin);
      break;
    } catch {
      await new Promise((next) => setTimeout(next, 100));
    }
  }
  return {
    origin,
    // Its folder goes with it: each run takes a new port, so each would leave one behind.
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
