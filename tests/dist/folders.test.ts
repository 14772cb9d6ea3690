import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_FOLDERS } from '../../src/lib/urls';
import { loadSections } from '../helpers/content';
import { distDir } from '../helpers/dist';

// The content checks keep a section's slug off the site's own folders; that
// list must name every folder the build writes beside the sections' own.
describe('the folders at the top of the build', () => {
  it('are the sections’ and those the content checks keep slugs away from', () => {
    const folders = readdirSync(distDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const slugs = loadSections().map((s) => s.data.slug);
    expect(folders.filter((f) => !slugs.includes(f) && !(SITE_FOLDERS as readonly string[]).includes(f))).toEqual([]);
  });
});
