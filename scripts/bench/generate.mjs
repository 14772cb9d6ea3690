// A review of any number of sections for timing the build as the review
// grows: the four real sections as they are, then copies of them in turn
// with what must be unique made unique (slug, order, figure, topic and chart
// ids) so the copies pass the content checks (src/lib/checks/). The text
// is unchanged, so every quote, summary and number still holds; the headline
// gets the copy's mark (c2, c3 …) so headings (and the PDF's outline) stay distinct.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { mdxParts } from '../../src/lib/mdx-parts.mjs';

/**
 * @typedef {{ id: string, figures: string[] } & Record<string, unknown>} Chart
 * @typedef {{ slug: string, order: number, headline: string, figures: { id: string }[], charts: Chart[] } & Record<string, unknown>} Frontmatter
 * @typedef {{ file: string, data: Frontmatter, body: string }} SectionFile
 */

/**
 * The sections of a content folder, in file-name order.
 * @param {string} contentDir
 * @returns {Promise<SectionFile[]>}
 */
async function readSections(contentDir) {
  const dir = join(contentDir, 'sections');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(dir, file), 'utf8');
      const parts = mdxParts(source);
      if (!parts) throw new Error(`${file}: no frontmatter between --- lines`);
      return { file, data: /** @type {Frontmatter} */ (parse(parts.frontmatter)), body: parts.body };
    }),
  );
}

/**
 * One section copied under a new slug and order, every id given a suffix.
 * @param {SectionFile} section
 * @param {number} copy which copy (2, 3 …); the suffix is -c<copy>
 * @param {number} order
 * @returns {string} the MDX file
 */
export function copySection({ data, body }, copy, order) {
  const id = (/** @type {string} */ value) => `${value}-c${copy}`;
  const frontmatter = {
    ...data,
    slug: id(data.slug),
    order,
    // c and the number make a name, which the content checks do not take for a number the text would have to state.
    headline: `${data.headline}（副本c${copy}）`,
    figures: data.figures.map((f) => ({ ...f, id: id(f.id) })),
    charts: (data.charts ?? []).map((c) => ({ ...c, id: id(c.id), figures: c.figures.map(id) })),
  };
  const text = body.replace(/<(Fig|Chart|Topic) id="([^"]+)"/g, (_, tag, value) => `<${tag} id="${id(value)}"`);
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${text}`;
}

/**
 * Writes a review of `total` sections into `dir` (review.yaml and
 * sections/), made from the content folder `from`.
 * @param {string} dir
 * @param {number} total
 * @param {string} [from]
 */
export async function generateReview(dir, total, from = 'content') {
  const sections = await readSections(from);
  if (total < sections.length) throw new Error(`A generated review has at least ${sections.length} sections.`);
  await mkdir(join(dir, 'sections'), { recursive: true });
  await cp(join(from, 'review.yaml'), join(dir, 'review.yaml'));
  await Promise.all(sections.map((s) => cp(join(from, 'sections', s.file), join(dir, 'sections', s.file))));
  // Copies come after the last real section, whatever its order.
  const last = Math.max(...sections.map((s) => s.data.order));
  for (let n = sections.length; n < total; n++) {
    const section = /** @type {SectionFile} */ (sections[n % sections.length]);
    const copy = Math.floor(n / sections.length) + 1;
    const order = last + n - sections.length + 1;
    const name = `${String(order).padStart(4, '0')}-${section.data.slug}-c${copy}.mdx`;
    await writeFile(join(dir, 'sections', name), copySection(section, copy, order));
  }
}
