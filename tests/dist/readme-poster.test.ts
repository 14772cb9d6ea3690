import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { distDir } from '../helpers/dist';

// The README shows a poster: the one the build draws, not an older one.
it('docs/poster-livelihood.png is the build’s poster of that section', () => {
  const shown = readFileSync('docs/poster-livelihood.png');
  const built = readFileSync(join(distDir, 'tongchuan', '2020', 'posters', 'livelihood.png'));
  expect(shown.equals(built), 'copy dist/tongchuan/2020/posters/livelihood.png to docs/ after a build').toBe(true);
});
