import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headersFor } from '../../deploy/headers.mjs';
import { cspHash } from '../../src/lib/csp';
import { distDir, htmlFiles } from '../helpers/dist';
import { loadArchive } from '../helpers/content';

/** A policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** Script types a browser runs (a JSON-LD data block is not run, so a policy does not cover it). */
const RUN = new Set(['', 'module', 'text/javascript']);

// The policy each page carries, read from the build; the browser tests
// prove a browser applies it without a violation.
describe('Content Security Policy', () => {
  for (const file of htmlFiles()) {
    it(`${file}: a strict policy that allows exactly its own inline code`, () => {
      const root = parse(readFileSync(join(distDir, file), 'utf8'));
      const meta = root.querySelectorAll('meta[http-equiv="content-security-policy"]');
      expect(meta).toHaveLength(1);
      const policy = directives(meta[0]?.getAttribute('content') ?? '');

      for (const kind of ['default-src', 'img-src', 'font-src', 'connect-src', 'base-uri', 'form-action']) {
        expect(policy.get(kind), kind).toEqual(["'self'"]);
      }
      expect(policy.get('object-src')).toEqual(["'none'"]);
      // A browser ignores it in a <meta> tag: who may frame a page is a header (deploy/headers.mjs).
      expect(policy.has('frame-ancestors')).toBe(false);
      for (const kind of ['script-src', 'style-src']) {
        const sources = policy.get(kind) ?? [];
        expect(sources[0], kind).toBe("'self'");
        expect(sources.slice(1).filter((s) => !/^'sha256-[\w+/]+=*'$/.test(s)), kind).toEqual([]);
      }

      // Exactly the page's own inline code, no hash more (src/lib/finish-page.ts).
      const hashes = (kind: string) => new Set((policy.get(kind) ?? []).slice(1));
      const own = (texts: string[]) => new Set(texts.map((text) => `'${cspHash(text)}'`));
      const scripts = root
        .querySelectorAll('script:not([src])')
        .filter((script) => RUN.has(script.getAttribute('type') ?? ''));
      expect(hashes('script-src'), 'script-src').toEqual(own(scripts.map((script) => script.rawText)));
      expect(hashes('style-src'), 'style-src').toEqual(own(root.querySelectorAll('style').map((s) => s.rawText)));

      // Attributes no hash can allow: inline styles, event handlers, script URLs.
      const offending = root
        .querySelectorAll('*')
        .flatMap((el) =>
          Object.entries(el.attributes)
            .filter(([name, value]) => name === 'style' || /^on/.test(name) || /^\s*javascript:/i.test(value))
            .map(([name, value]) => `<${el.tagName.toLowerCase()} ${name}="${value}">`),
        );
      expect(offending).toEqual([]);
    });
  }
});

// Who may frame a page is said in a header (deploy/headers.mjs, served by
// deploy/nginx.conf and public/_headers): any site the pages made to be
// framed, which are exactly the charts' embed pages and the small pages at
// their old addresses, which send a frame on to them on a host without
// redirect rules; the site itself every other page.
describe('frame-ancestors', () => {
  it('lets any site frame exactly the pages of framed charts and their old addresses, and only the site itself any other page', () => {
    const address = (file: string) => `/${file.replace(/index\.html$/, '')}`;
    const page = (file: string) => parse(readFileSync(join(distDir, file), 'utf8'));
    const framedByAnyone = htmlFiles().filter(
      (file) => headersFor(address(file))['Content-Security-Policy'] === 'frame-ancestors *',
    );
    const embeds = htmlFiles().filter((file) => page(file).querySelector('embed-page'));
    const sentOn = htmlFiles().filter((file) => {
      const refresh = page(file).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
      return embeds.some((embed) => refresh === `0; url=${address(embed)}`);
    });
    // Every framed chart of a review that was at the root has a page at its old address.
    const moved = loadArchive().reviews.filter((r) => r.meta.movedFrom.length > 0);
    expect(embeds.length).toBeGreaterThan(0);
    expect(sentOn).toHaveLength(embeds.filter((e) => moved.some((r) => e.startsWith(r.path))).length);
    expect(sentOn.length).toBeGreaterThan(0);
    expect(framedByAnyone).toEqual([...embeds, ...sentOn].sort());
    for (const file of htmlFiles().filter((f) => !framedByAnyone.includes(f))) {
      expect(headersFor(address(file))['Content-Security-Policy'], file).toBe("frame-ancestors 'self'");
    }
  });
});
