// The candidates' pages of `npm run bench:search` (./search.mjs), written
// into the copy of the build it measures: the harness page and the
// candidate's bundle (./search-candidates/), and Pagefind's own index.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';

const CANDIDATES = join('scripts', 'bench', 'search-candidates');

/**
 * Writes a candidate's page and bundle under <out>/bench-search/<name>/.
 * @param {string} out the copy of the build measured
 * @param {string} name the candidate's file in ./search-candidates/
 */
export async function candidatePage(out, name) {
  const dir = join(out, 'bench-search', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title><body><script type="module" src="harness.js"></script>\n',
  );
  await copyFile(join(out, 'search-index.json'), join(dir, 'search-index.json'));
  await copyFile(join(CANDIDATES, 'harness.js'), join(dir, 'harness.js'));
  await build({
    entryPoints: [join(CANDIDATES, `${name}.js`)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'candidate.js'),
    logLevel: 'warning',
  });
  return dir;
}

/** Pagefind's index of the passages and figure cards: a page per section, a heading with an id for each. */
/**
 * @param {string} dir the candidate's folder
 * @param {import('./search-queries.mjs').Index} index the site's search index
 */
export async function pagefindIndex(dir, index) {
  const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!pf) throw new Error(errors.join('\n'));
  for (const [i, section] of index.sections.entries()) {
    const docs = index.documents.filter((d) => d.section === i);
    const body = docs
      .map((d, n) => {
        const tag = n === 0 ? 'h1' : d.kind === 'figure' ? 'h3' : 'h2';
        const text = d.text.split('\n').map((p) => `<p>${escape(p)}</p>`);
        return `<${tag} id="${d.anchor}">${escape(d.title)}</${tag}>${text.join('')}`;
      })
      .join('\n');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(section.kicker)}</title></head><body>${body}</body></html>`;
    await pf.addHTMLFile({ url: section.path, content: html });
  }
  await pf.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
}
