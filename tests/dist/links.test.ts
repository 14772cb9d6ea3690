import { check, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/lib/preview.mjs';
import { buildPages, sentOnPages } from '../../scripts/lib/pages.mjs';
import { basePath, siteUrl } from '../../src/lib/site-env.mjs';
import { absoluteUrl } from '../../src/lib/urls';
import { distDir } from '../helpers/dist';

// linkinator crawls the served build from every page of it (the sitemap's,
// the posters' and framed charts', the page for unknown addresses, the small
// pages at old addresses), follows
// every link, asset and fragment, and
// reads addresses given in full (canonical, share image, QR code) as the
// served build's. The site links to no other host (it would not be
// requested here: tests have no network), and the test says so.
describe('links', () => {
  let server: Awaited<ReturnType<typeof startPreview>>;
  beforeAll(async () => {
    server = await startPreview({ outDir: distDir });
  });
  afterAll(() => server?.stop());

  it('every internal link, asset and fragment of the build resolves', async () => {
    const siteRoot = absoluteUrl(siteUrl(process.env.SITE_URL), basePath(process.env.BASE_PATH));
    const pages = [...buildPages(distDir), ...sentOnPages(distDir)].map((path) => new URL(path, server.url).href);
    const origin = new URL(server.url).origin;
    const skipped = new Set<string>();
    const { links } = await check({
      path: pages,
      recurse: true,
      checkFragments: true,
      concurrency: 4,
      urlRewriteExpressions: [{ pattern: new RegExp(`^${siteRoot.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), replacement: server.url }],
      linksToSkip: async (link) => {
        const elsewhere = new URL(link).origin !== origin && !link.startsWith(siteRoot);
        if (elsewhere) skipped.add(link);
        return elsewhere;
      },
    });
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent}`);
    expect(broken).toEqual([]);
    expect(links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(50);
    expect([...skipped]).toEqual([]);
  });
});
