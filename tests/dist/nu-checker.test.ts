import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeNu, nuErrors, realErrors } from '../../scripts/lib/nu-checker.mjs';
import { distDir, htmlFiles } from '../helpers/dist';

// The reference validator, as a reader checking the site would run it: it
// reads a page as a browser's parser does, where html-validate (html.test.ts)
// let a script after </html> pass. Every page in one Java process.
it('every page passes the W3C Nu Html Checker', () => {
  const files = htmlFiles().map((file) => join(distDir, file));
  expect(files.length).toBeGreaterThan(0);
  expect(realErrors(nuErrors(files)).map((m) => describeNu(m, distDir))).toEqual([]);
});
