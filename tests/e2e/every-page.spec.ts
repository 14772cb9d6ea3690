import { pageChecks } from './page-checks';
import { everyPage } from './site';

// Every page, on a phone in the light scheme, the view most readers have
// (playwright.config.ts); every-kind.spec.ts takes a page of every kind to
// 1280 px and the dark scheme, and headings.spec.ts measures every page's
// headings in every view.
for (const path of everyPage()) pageChecks(path);
