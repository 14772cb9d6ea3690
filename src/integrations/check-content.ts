/**
 * The build's first step (astro.config.mjs): the whole archive read from
 * its files and checked as the pages will check it (src/lib/archive-files.ts),
 * before Astro syncs content or bundles anything, so bad content stops
 * `npm run build` within a second or two with its one-line message rather
 * than after the content sync and the bundling. The content loader and the
 * query module keep their checks: `astro dev` reloads content without this step.
 */
import type { AstroIntegration } from 'astro';
import { readArchive } from '../lib/archive-files';

/** @param base the archive's folder, relative to the project, as the content collections take it (so messages name files alike) */
export function checkContent(base: string): AstroIntegration {
  return {
    name: 'check-content',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') readArchive(base);
      },
    },
  };
}
