/**
 * A page's own stylesheet: the site's CSS less the rules nothing on that
 * page can match. Every page carries its CSS inline (astro.config.mjs), so
 * each rule for another page's parts (the search box, the print cover, the
 * poster) was paid for on every page, in the one response a phone waits for
 * before its first paint (docs/benchmark.md).
 *
 * PurgeCSS decides: a rule stays when every class, id and element name in
 * its selector occurs on the page (read as HTML by purgecss-from-html) or in
 * the browser code that can add it later (read as words). Attributes never
 * decide, since the browser code sets them as readers act (data-wechat,
 * data-copied, data-state, hidden, open). Custom properties all stay: the
 * chart code reads colours from them, @page rules use them, and one page's
 * styles set what another of its style elements uses (the running head);
 * Tailwind writes only the theme's properties the site uses anyway.
 * At-rules (@media, @font-face, @property, @layer) keep the rules left
 * inside them.
 */
import { createHash } from 'node:crypto';
import { PurgeCSS } from 'purgecss';
import purgeHtml from 'purgecss-from-html';

/** Every attribute name a selector in `css` tests, outside escaped class names (`.aria-\[current\=page\]`). */
function attributeNames(css: string): string[] {
  return [...new Set([...css.matchAll(/(?<!\\)\[\s*([\w-]+)/g)].map((match) => match[1] ?? ''))];
}

/** Words of code, as PurgeCSS's default extractor reads them, keeping Tailwind's class names whole. */
const codeWords = (code: string) => code.match(/[\w-:./[\]=%#]+/g) ?? [];

/** `css` cut by PurgeCSS to what `page` (a page as purgecss-from-html reads it) and `browserCode` use. */
async function purge(css: string, page: ReturnType<typeof purgeHtml>, browserCode: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    // The page was read once already (pageCss): PurgeCSS takes that reading.
    content: [
      { raw: '', extension: 'page' },
      { raw: browserCode, extension: 'js' },
    ],
    css: [{ raw: css }],
    extractors: [
      { extractor: () => page, extensions: ['page'] },
      { extractor: codeWords, extensions: ['js'] },
    ],
    dynamicAttributes: attributeNames(css),
    fontFace: false,
    keyframes: false,
    variables: false,
  });
  if (!result) throw new Error('PurgeCSS returned no stylesheet');
  return result.css;
}

/**
 * Cut stylesheets by what decides them: the CSS, the code, and the page's
 * classes, ids and element names (attributes never decide). Pages of one
 * kind (a review's hundreds of poster pages) share one cut.
 */
const cuts = new Map<string, Promise<string>>();

/**
 * `css` cut to the rules `html` (a whole page) and `browserCode` (the source
 * of the scripts that change pages in the browser) can use.
 */
export function pageCss(css: string, html: string, browserCode: string): Promise<string> {
  const page = purgeHtml(html);
  const { classes, ids, tags } = page;
  const key = createHash('sha256')
    .update([css, browserCode, ...[classes, ids, tags].map((names) => [...new Set(names)].sort().join(' '))].join('\0'))
    .digest('hex');
  let cut = cuts.get(key);
  if (!cut) {
    cut = purge(css, page, browserCode);
    cuts.set(key, cut);
  }
  return cut;
}
