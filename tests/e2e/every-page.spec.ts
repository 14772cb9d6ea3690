import { pageChecks } from './page-checks';
import { everyKind, everyPage } from './site';

// Every page, on a phone in the light scheme, the view most readers have
// (playwright.config.ts), the keyboard on a page of every kind;
// every-kind.spec.ts takes a page of every kind to 1280 px and the dark
// scheme, and every-heading.spec.ts measures every page's headings in every view.
const kinds = new Set(everyKind());
for (const path of everyPage()) pageChecks(path, { keyboard: kinds.has(path) });
