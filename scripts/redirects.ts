// npm run redirects: the rules that send every old address of a review
// (review.yaml movedFrom) to its new one, written from the content
// (CONTENT_DIR, or content/) into their blocks of deploy/nginx.conf and
// public/_redirects (src/lib/redirect-files.mjs). A unit test fails until
// the committed files are what this writes (docs/deploying.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { readArchive } from '../src/lib/archive-files';
import { redirectFiles } from '../src/lib/redirect-files.mjs';
import { movedReviews, redirectRules } from '../src/lib/redirects';
import { contentDir } from '../src/lib/site-env.mjs';

const read = (file: string) => readFileSync(file, 'utf8');

try {
  const rules = redirectRules(movedReviews(readArchive(contentDir(process.env.CONTENT_DIR))));
  for (const { file, text } of redirectFiles(rules, read)) {
    const changed = text !== read(file);
    if (changed) writeFileSync(file, text);
    console.log(`${file}: ${rules.length} rules, ${changed ? 'written' : 'already up to date'}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
