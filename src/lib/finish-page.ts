/**
 * The last step a built page takes (src/integrations/finish-pages.ts): its
 * inline stylesheets cut to what the page uses (page-css.ts), and its
 * Content Security Policy allowing exactly the page's own inline code.
 *
 * Astro writes into every page's policy the hashes of every inline script
 * and style of the whole site: twenty on a section page that runs two, a
 * kilobyte of digests no compressor can shrink, in the response a phone
 * waits for before its first paint. And a cut stylesheet has a new hash.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { cspHash } from './csp';
import { pageCss } from './page-css';

/** Script types a browser runs; a data block (JSON-LD) is not run, so no policy covers it. */
const RUN_TYPES: ReadonlySet<string> = new Set(['', 'module', 'text/javascript']);

/** A policy's directives in order, each with its sources. */
function directives(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name = '', ...sources]) => [name, sources]);
}

/**
 * `policy` with `script-src` and `style-src` allowing what they allowed
 * other than by hash, and by hash exactly `scripts` and `styles` (the texts
 * of the page's inline code). A directive left with no source allows none:
 * dropping it would hand it back to `default-src`, which may allow more.
 */
export function policyFor(policy: string, code: { scripts: string[]; styles: string[] }): string {
  const hashes = { 'script-src': code.scripts, 'style-src': code.styles };
  const rewritten = new Map(directives(policy));
  for (const [name, texts] of Object.entries(hashes)) {
    const kept = (rewritten.get(name) ?? []).filter((source) => !/^'sha(256|384|512)-/.test(source));
    const sources = [...kept.filter((source) => source !== "'none'"), ...new Set(texts.map((t) => `'${cspHash(t)}'`))];
    if (rewritten.has(name)) rewritten.set(name, sources.length ? sources : ["'none'"]);
  }
  return [...rewritten].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The page's inline scripts a browser runs, and its style elements. */
function inlineCode(root: HTMLElement) {
  return {
    scripts: root
      .querySelectorAll('script:not([src])')
      .filter((script) => RUN_TYPES.has(script.getAttribute('type') ?? '')),
    styles: root.querySelectorAll('style'),
  };
}

type Edit = { range: readonly [number, number]; text: string };

/** `html` with each edit's range replaced by its text (ranges do not overlap). */
function applyEdits(html: string, edits: Edit[]): string {
  return [...edits]
    .sort((a, b) => b.range[0] - a.range[0])
    .reduce((text, { range: [start, end], text: instead }) => text.slice(0, start) + instead + text.slice(end), html);
}

/** A page's HTML finished: its stylesheets cut to the page, its policy to its own inline code. */
export async function finishPage(html: string, browserCode: string): Promise<string> {
  const root = parse(html, { comment: true });
  const edits: Edit[] = [];

  const { scripts, styles } = inlineCode(root);
  // A style element left with no rule goes, and with it its hash.
  const cut = new Map<HTMLElement, string>();
  for (const style of styles) {
    const css = await pageCss(style.rawText, html, browserCode);
    cut.set(style, css);
    const inner = style.firstChild;
    if (!css.trim()) edits.push({ range: style.range, text: '' });
    else if (inner) edits.push({ range: inner.range, text: css });
  }

  const meta = root.querySelector('meta[http-equiv="content-security-policy" i]');
  const policy = meta?.getAttribute('content');
  if (meta && policy !== undefined) {
    const rewritten = policyFor(policy, {
      scripts: scripts.map((script) => script.rawText),
      styles: styles.map((style) => cut.get(style) ?? style.rawText).filter((css) => css.trim()),
    });
    edits.push({ range: meta.range, text: `<meta http-equiv="content-security-policy" content="${rewritten}">` });
  }
  return applyEdits(html, edits);
}
