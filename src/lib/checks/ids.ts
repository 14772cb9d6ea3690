/**
 * Ids and addresses: each slug, order and id is unique, no slug takes an
 * address of the site's own, and no two elements of a page share an id.
 */
import type { ChartDefinition } from '../../schemas/chart';
import { ASCII_ID, ContentError } from '../../schemas/messages';
import { anchors, PAGE_IDS, posterName, REVIEW_FOLDERS } from '../urls';
import { quoted, type ReadSection, type ReviewSource, type SectionSource } from './sources';

export function checkUnique(
  sections: SectionSource[],
  key: (s: SectionSource) => string,
  field: string,
  problem: string,
) {
  const seen = new Map<string, string>();
  for (const section of sections) {
    const value = key(section);
    const other = seen.get(value);
    if (other)
      throw new ContentError(
        section.file,
        field,
        `${quoted(value)} ${problem} ${other}. Each section needs its own ${field}.`,
      );
    seen.set(value, section.file);
  }
}

/** A section's address may not be one of the site's own folders, nor name another poster's picture. */
export function checkSlug({ file, data: { slug } }: SectionSource) {
  if ((REVIEW_FOLDERS as readonly string[]).includes(slug)) {
    throw new ContentError(
      file,
      'slug',
      `${quoted(slug)} is a folder of the site itself (${REVIEW_FOLDERS.join(', ')}). Choose another slug.`,
    );
  }
  const figurePoster = posterName.figure('');
  if (slug === posterName.overview || slug.startsWith(figurePoster)) {
    throw new ContentError(
      file,
      'slug',
      `${quoted(slug)} would name its poster (posters/${slug}.png) as the overview’s or a figure’s is named. Choose a slug that is not “${posterName.overview}” and does not start with “${figurePoster}”.`,
    );
  }
}

/** Takes an id for a file, in a map of the ids of one kind across the review. */
export function claim(owners: Map<string, string>, id: string, file: string, field: string, what: string) {
  const other = owners.get(id);
  if (other)
    throw new ContentError(
      file,
      field,
      `${quoted(id)} is already used as a ${what} in ${other}. Ids must be unique across the review.`,
    );
  owners.set(id, file);
}

/** A topic's id is its anchor: ASCII, and unique across the review. */
export function checkTopicIds(section: ReadSection, owners: Map<string, string>) {
  for (const topic of section.read.topics) {
    const field = `<Topic id="${topic.id}">`;
    if (!ASCII_ID.test(topic.id)) {
      throw new ContentError(section.file, field, 'must use lowercase ASCII letters, digits and hyphens');
    }
    claim(owners, topic.id, section.file, field, 'topic id');
  }
}

/**
 * No two elements of a page share an id: the print edition holds every
 * section, so every id the content gives rise to (../urls.ts anchors) must
 * differ from every other and from those the layout writes (PAGE_IDS).
 * Topics come last, so a clash names the topic, the id an editor picks freely.
 */
export function checkPageIds(review: ReviewSource, sections: ReadSection[]) {
  const owners = new Map<string, string>(
    Object.entries(PAGE_IDS).map(([role, id]) => [id, `the page itself (${role})`]),
  );
  const claimId = (id: string, file: string, field: string, what: string) => {
    const other = owners.get(id);
    if (other) {
      throw new ContentError(
        file,
        field,
        `gives the page the id ${quoted(id)}, which ${other} already uses. Choose another id.`,
      );
    }
    owners.set(id, `${what} in ${file}`);
  };
  const charts = (file: string, list: ChartDefinition[]) =>
    list.forEach((chart, i) => {
      claimId(anchors.chart(chart.id), file, `charts[${i}].id`, `chart “${chart.id}”`);
      claimId(anchors.chartSummary(chart.id), file, `charts[${i}].id`, `the summary of chart “${chart.id}”`);
    });
  for (const { file, data } of sections) {
    const slug = `slug “${data.slug}”`;
    claimId(anchors.section(data.slug), file, 'slug', slug);
    claimId(anchors.sectionHeading(data.slug), file, 'slug', `the heading of ${slug}`);
    claimId(anchors.sectionFigures(data.slug), file, 'slug', `the figures of ${slug}`);
    claimId(anchors.correction(data.slug), file, 'slug', `the correction note of ${slug}`);
    data.figures.forEach((figure, i) => {
      claimId(anchors.figure(figure.id), file, `figures[${i}].id`, `figure “${figure.id}”`);
      claimId(anchors.quote(figure.id), file, `figures[${i}].id`, `the quote of figure “${figure.id}”`);
    });
    charts(file, data.charts);
  }
  charts(review.file, review.data.charts);
  for (const { file, read } of sections) {
    for (const topic of read.topics) claimId(topic.id, file, `<Topic id="${topic.id}">`, `topic “${topic.id}”`);
  }
}
