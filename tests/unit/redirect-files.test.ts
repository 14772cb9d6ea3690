import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/archive-files';
import {
  BLOCK,
  CLOUDFLARE_LIMITS,
  hostRules,
  NGINX_CONF,
  nginxRules,
  redirectFiles,
  REDIRECTS_FILE,
  withBlock,
} from '../../src/lib/redirect-files.mjs';
import { movedReviews, redirectRules } from '../../src/lib/redirects';
import { contentDir } from '../../src/lib/site-env.mjs';
import { FIXTURE_ARCHIVE } from '../helpers/content';

const read = (file: string) => readFileSync(file, 'utf8');

// The one test that reads the live content (content/, whatever CONTENT_DIR
// says), on purpose: what deploy/nginx.conf and public/_redirects send on
// must be the old addresses of the reviews the site publishes.
describe('the committed redirect rules', () => {
  const rules = redirectRules(movedReviews(readArchive(contentDir(undefined))));

  it.each(redirectFiles(rules, read))('$file is what `npm run redirects` writes from content/', ({ file, text }) => {
    expect(
      read(file) === text,
      `${file} is not what \`npm run redirects\` writes from content/: run npm run redirects`,
    ).toBe(true);
  });
});

describe('the redirects writer', () => {
  const rules = [
    { from: 'industry/', to: 'tongchuan/2020/industry/', folder: false },
    { from: 'posters/', to: 'tongchuan/2020/posters/', folder: true },
    { from: 'old/posters/', to: 'tongchuan/2019/posters/', folder: true },
    { from: 'report.pdf', to: 'tongchuan/2020/report.pdf', folder: false },
  ];

  it('writes single addresses first, then folders, the longest first, as each server reads them', () => {
    expect(nginxRules(rules)).toEqual([
      'location = /industry/ { return 301 /tongchuan/2020/industry/$is_args$args; }',
      'location = /report.pdf { return 301 /tongchuan/2020/report.pdf$is_args$args; }',
      'location ^~ /old/posters/ { rewrite ^/old/posters/(.*)$ /tongchuan/2019/posters/$1 permanent; }',
      'location ^~ /posters/ { rewrite ^/posters/(.*)$ /tongchuan/2020/posters/$1 permanent; }',
    ]);
    expect(hostRules(rules)).toEqual([
      '/industry/ /tongchuan/2020/industry/ 301',
      '/report.pdf /tongchuan/2020/report.pdf 301',
      '/old/posters/* /tongchuan/2019/posters/:splat 301',
      '/posters/* /tongchuan/2020/posters/:splat 301',
    ]);
  });

  it('replaces only its block, indented as its first line, and leaves the rest of the file as it is', () => {
    const before = ['server {', `    ${BLOCK.begin}`, '    location = /gone/ { }', `    ${BLOCK.end}`, '}', ''];
    expect(withBlock(before.join('\n'), NGINX_CONF, ['one;', 'two;'])).toBe(
      ['server {', `    ${BLOCK.begin}`, '    one;', '    two;', `    ${BLOCK.end}`, '}', ''].join('\n'),
    );
  });

  it('refuses a file whose block is not marked, or marked twice, naming the file', () => {
    for (const text of [
      '# no block here\n',
      `${BLOCK.end}\n${BLOCK.begin}\n`,
      `${BLOCK.begin}\n${BLOCK.end}\n${BLOCK.begin}\n`,
    ]) {
      expect(() => withBlock(text, REDIRECTS_FILE, [])).toThrow(
        /^public\/_redirects: the lines that mark where `npm run redirects` writes are missing or out of order/,
      );
    }
  });

  it('refuses more rules than Cloudflare Pages takes', () => {
    const many = (n: number, folder: boolean) =>
      Array.from({ length: n }, (_, i) => ({ from: `old-${i}/`, to: `new-${i}/`, folder }));
    expect(hostRules(many(CLOUDFLARE_LIMITS.static, false))).toHaveLength(CLOUDFLARE_LIMITS.static);
    expect(() => hostRules(many(CLOUDFLARE_LIMITS.static + 1, false))).toThrow(
      'public/_redirects: 2001 single-address rules, more than the 2000 Cloudflare Pages takes.',
    );
    expect(() => hostRules(many(CLOUDFLARE_LIMITS.dynamic + 1, true))).toThrow(
      'public/_redirects: 101 folder rules, more than the 100 Cloudflare Pages takes.',
    );
  });
});

// The command itself, in a copy of the two files: it writes them, and on a
// file without its block or on bad content it writes nothing and says why
// in one line.
describe('npm run redirects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (file: string, text = read(file)) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const run = (content: string) =>
    spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/redirects.ts')], {
      cwd: dir,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });

  it('writes both blocks from CONTENT_DIR, and stops with one line at a file without its block', () => {
    copy(NGINX_CONF, withBlock(read(NGINX_CONF), NGINX_CONF, ['# stale']));
    copy(REDIRECTS_FILE, '# a _redirects file without its block\n');
    const stopped = run(resolve(FIXTURE_ARCHIVE));
    expect(stopped.status).toBe(1);
    expect(stopped.stderr.trim()).toMatch(/^public\/_redirects: the lines that mark where [^\n]+$/);
    expect(read(join(dir, NGINX_CONF))).toContain('# stale');

    copy(REDIRECTS_FILE);
    const written = run(resolve(FIXTURE_ARCHIVE));
    expect(written.status, written.stderr).toBe(0);
    const rules = redirectRules(movedReviews(readArchive(FIXTURE_ARCHIVE)));
    for (const { file, text } of redirectFiles(rules, (f) => read(join(dir, f)))) {
      expect(read(join(dir, file)), file).toBe(text);
    }
    expect(read(join(dir, NGINX_CONF))).not.toContain('# stale');
  });

  it('stops with the content’s own one-line message on bad content', () => {
    const content = join(dir, 'bad');
    cpSync(FIXTURE_ARCHIVE, content, { recursive: true });
    const review = join(content, 'tongchuan-2020', 'review.yaml');
    writeFileSync(review, read(review).replace('movedFrom: [/]', 'movedFrom: [industry]'));
    const stopped = run(content);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr.trim()).toMatch(
      /^\S+tongchuan-2020\/review\.yaml: movedFrom\[0\] must be a path of the site[^\n]+$/,
    );
  });
});
