import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { EMBED_SCRIPT_PATH } from '../../src/lib/urls';
import { distDir } from '../helpers/dist';

// /embed.js runs on other sites' pages, loaded with a plain <script async>.
it('the script that sizes framed charts is one classic script under 1 KB gzip', () => {
  const script = readFileSync(join(distDir, EMBED_SCRIPT_PATH), 'utf8');
  expect(gzipSync(script, { level: 9 }).length).toBeLessThan(1024);
  // A classic script may neither import nor export.
  expect(script).not.toMatch(/(^|[;})])\s*(import|export)\b/);
  expect(() => new Function(script)).not.toThrow();
});
