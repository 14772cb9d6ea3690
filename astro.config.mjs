// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/lib/site-env.mjs';

// The build is configured from the environment so one checkout can be
// deployed anywhere (SITE_URL, BASE_PATH) and tests can build other content
// (CONTENT_DIR) into another folder (OUT_DIR) without touching this file.
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ? fileURLToPath(new URL(process.env.OUT_DIR, `file://${process.cwd()}/`)) : './dist',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
