// An archive of any number of reviews of any number of sections, for timing
// the build as the archive grows, made from one seed review (the tests'
// copy of the site's first review, which no desk edits).
// - Each review is the seed under a place of its own (bench-01 …, ASCII and
//   distinct), with its own download name; only the first keeps the seed's
//   movedFrom, as only one review may claim the old addresses at /.
// - Every fourth review is a second edition of the place before it
//   (edition: 2020-b): the seed's text states its year, so two reviews of
//   one place can differ only by edition, never by a year the text does not
//   state. The seed names no indicator, and none is invented: an indicator
//   needs a value stated for each of two years.
// - Sections: the seed's as they are, then copies of them in turn with what
//   must be unique made unique (slug, order, figure, topic and chart ids).
//   The text is unchanged, so every quote, summary and number still holds;
//   the headline gets the copy's mark (c2, c3 …) so headings (and the PDF's
//   outline) stay distinct.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { mdxParts } from '../../src/lib/mdx-parts.mjs';

/** The review every generated one is a copy of. */
const SEED = 'tests/fixtures/archive/tongchuan-2020';
/** Every how many reviews one is the second edition of the place before it. */
const SECOND_EDITION_EVERY = 4;

/**
 * @typedef {{ id: string, figures: string[] } & Record<string, unknown>} Chart
 * @typedef {{ slug: string, order: number, headline: string, figures: { id: string }[], charts: Chart[] } & Record<string, unknown>} Frontmatter
 * @typedef {{ file: string, data: Frontmatter, body: string }} SectionFile
 * @typedef {{ folder: string, place: string, edition?: string, path: string }} Planned
 *   path: the review's address without the base, /<place>/<edition or year>/
 */

/**
 * The sections of a review's folder, in file-name order.
 * @param {string} reviewDir
 * @returns {Promise<SectionFile[]>}
 */
async function readSections(reviewDir) {
  const dir = join(reviewDir, 'sections');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(dir, file), 'utf8');
      const parts = mdxParts(source);
      if (!parts) throw new Error(`${join(dir, file)}: no frontmatter between --- lines`);
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
function copySection({ data, body }, copy, order) {
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
 * The reviews of a generated archive of `count`, in order: folder, place,
 * edition (none: the year) and address.
 * @param {number} count
 * @param {number} year the seed's
 * @returns {Planned[]}
 */
export function archivePlan(count, year) {
  /** @type {Planned[]} */
  const plan = [];
  let places = 0;
  for (let n = 0; n < count; n++) {
    if (n % SECOND_EDITION_EVERY === SECOND_EDITION_EVERY - 1) {
      const { place } = /** @type {Planned} */ (plan[n - 1]);
      const edition = `${year}-b`;
      plan.push({ folder: `${place}-${edition}`, place, edition, path: `/${place}/${edition}/` });
    } else {
      const place = `bench-${String(++places).padStart(2, '0')}`;
      plan.push({ folder: `${place}-${year}`, place, path: `/${place}/${year}/` });
    }
  }
  return plan;
}

/**
 * Writes one review of `total` sections into `dir` (review.yaml and
 * sections/) from the seed's `sections`.
 * @param {string} dir
 * @param {Record<string, unknown>} meta its review.yaml
 * @param {SectionFile[]} sections the seed's
 * @param {string} from the seed's folder
 * @param {number} total
 */
async function writeReview(dir, meta, sections, from, total) {
  await mkdir(join(dir, 'sections'), { recursive: true });
  await writeFile(join(dir, 'review.yaml'), stringify(meta, { lineWidth: 0 }));
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

/**
 * Writes an archive of `reviews` reviews of `sections` sections each into
 * `contentDir` (a folder a review, as content/ is), made from the seed.
 * @param {string} contentDir
 * @param {{ reviews: number, sections: number, from?: string }} size
 * @returns {Promise<Planned[]>} the reviews written, in order
 */
export async function generateArchive(contentDir, { reviews, sections, from = SEED }) {
  const seedSections = await readSections(from);
  if (sections < seedSections.length)
    throw new Error(`A generated review has at least the seed's ${seedSections.length} sections.`);
  /** @type {Record<string, unknown> & { year: number, movedFrom?: string[] }} */
  const seed = parse(await readFile(join(from, 'review.yaml'), 'utf8'));
  const plan = archivePlan(reviews, seed.year);
  for (const [n, { folder, place, edition }] of plan.entries()) {
    const { movedFrom, ...rest } = seed;
    const meta = {
      ...rest,
      place,
      ...(edition ? { edition } : {}),
      ...(n === 0 && movedFrom ? { movedFrom } : {}),
      slug: `${folder}-review`,
    };
    await writeReview(join(contentDir, folder), meta, seedSections, from, sections);
  }
  return plan;
}
