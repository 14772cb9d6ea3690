import { pageChecks } from './page-checks';
import { everyKind } from './site';

// A page of every kind at 1280 px, light and dark, and on a phone in the
// dark scheme (playwright.config.ts): one template makes every page of a
// kind, and every-page.spec.ts checks each of them on a phone, in the light.
for (const path of everyKind()) pageChecks(path);
