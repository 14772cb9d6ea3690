// @ts-check
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { checkContent } from './src/integrations/check-content';
import { finishPages } from './src/integrations/finish-pages';
import { basePath, cacheDir, contentDir, outDir, siteUrl } from './src/lib/site-env.mjs';
import { listedInSitemap } from './src/lib/sitemap-filter.mjs';

// The build is configured from the environment so one checkout can be
// deployed anywhere (SITE_URL, BASE_PATH) and tests can build other content
// (CONTENT_DIR) into another folder (OUT_DIR, with its own CACHE_DIR so the
// content cache of one build never leaks into another) without touching this file.
/** @param {string} path */
const resolveFromCwd = (path) => resolve(process.cwd(), path);

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  outDir: resolveFromCwd(outDir()),
  cacheDir: resolveFromCwd(cacheDir()),
  // Every page's CSS in the page itself: most readers open one page from a
  // shared link, for whom a separate stylesheet is one more round trip before
  // the first paint and never a cache hit (README, Benchmark).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sitemap lists the reviews' pages and those around them; a poster's
  // page or a framed chart only serves what those pages already hold (they
  // are noindex), and an old address only sends the reader on.
  // checkContent comes first: bad content stops the build before anything
  // is read or made. finishPages comes last: it cuts each page's CSS and
  // policy to the page and compresses what the others wrote.
  integrations: [
    checkContent(contentDir(process.env.CONTENT_DIR)),
    mdx(),
    sitemap({ filter: listedInSitemap(resolveFromCwd(outDir()), basePath(process.env.BASE_PATH)) }),
    finishPages(),
  ],
  // The text has no code to highlight; Shiki would only warn that its inline styles break the CSP.
  markdown: { syntaxHighlight: false },
  // Every page carries its policy in a <meta> tag: scripts and styles only
  // from the site itself or with the hash Astro (or, for the one inline
  // style, src/components/print/RunningHead.astro) computed for them, and
  // nothing from any other host. What a meta tag cannot carry
  // (frame-ancestors) is in public/_headers and the README.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Every script a page runs at load is written into the page, whatever
      // its size (the search's is 8 KB): a script file is one more request
      // Lighthouse counts as blocking the first paint, and the code they
      // load later is bundled apart (src/lib/browser-bundle.ts). Other
      // assets keep Vite's rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? true : undefined),
      rollupOptions: {
        // Astro marks MDX modules with a directive the bundler cannot keep and
        // says so once per file; it is Astro's own marker and harmless here.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
