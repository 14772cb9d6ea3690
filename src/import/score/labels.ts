/**
 * Hand-marked articles: an article (.txt) with a sidecar
 * `<article name>.expected.yaml` beside it that says what an editor would
 * take from it: the head (year, city, reporters), the sections' headings as
 * printed, and every figure (quote, value, unit). See docs/importing.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYamlFile } from '../../lib/content-file';
import { ContentError } from '../../schemas/messages';
import { ImportError } from '../errors';

const SIDECAR = '.expected.yaml';

const labelsSchema = z.strictObject({
  head: z.strictObject({
    year: z.number().int(),
    city: z.string().min(1),
    reporters: z.array(z.string().min(1)),
  }),
  sections: z.array(z.string().min(1)),
  figures: z.array(
    z.strictObject({
      quote: z.string().min(1),
      value: z.number(),
      // A rank has none: '' or left out.
      unit: z
        .string()
        .nullish()
        .transform((unit) => unit ?? ''),
    }),
  ),
});

export type Labels = z.output<typeof labelsSchema>;
export type LabelledFigure = Labels['figures'][number];

export interface LabelledArticle {
  /** The article's path. */
  article: string;
  /** Its sidecar's path. */
  sidecar: string;
  labels: Labels;
}

/** The labels of one article, checked: a problem is one line naming the file and the field. */
export function readLabels(sidecar: string): Labels {
  try {
    return readYamlFile(sidecar, sidecar, labelsSchema, 'the labels');
  } catch (error) {
    if (error instanceof ContentError) throw new ImportError(sidecar, error.message.replace(`${sidecar}: `, ''));
    throw error;
  }
}

/** The article a sidecar labels: qingyuan-2021.expected.yaml labels qingyuan-2021.txt (or qingyuan-2021, or …txt.expected.yaml). */
function articleOf(folder: string, sidecar: string): string {
  const stem = sidecar.slice(0, -SIDECAR.length);
  const found = [`${stem}.txt`, stem].map((name) => join(folder, name)).find((path) => existsSync(path));
  if (!found) throw new ImportError(join(folder, sidecar), `labels an article that is not beside it (${stem}.txt)`);
  return found;
}

/** Every labelled article of a folder, in name order. */
export function labelledArticles(folder: string): LabelledArticle[] {
  if (!existsSync(folder)) throw new ImportError(folder, 'does not exist: give a folder of labelled articles.');
  const sidecars = readdirSync(folder)
    .filter((name) => name.endsWith(SIDECAR))
    .sort();
  if (sidecars.length === 0) {
    throw new ImportError(folder, `holds no labelled article (an article.txt with an article${SIDECAR} beside it).`);
  }
  return sidecars.map((name) => {
    const sidecar = join(folder, name);
    return { article: articleOf(folder, name), sidecar, labels: readLabels(sidecar) };
  });
}
