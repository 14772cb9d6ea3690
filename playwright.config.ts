import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.mjs';
import { basePath } from './src/lib/site-env.mjs';

// The built site (dist/), served by `astro preview` under this build's base path.
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const origin = `http://127.0.0.1:${port}`;
const baseURL = `${origin}${basePath(process.env.BASE_PATH)}`;

/**
 * Every page is read on a phone in the light scheme, the view most readers
 * have; a page of every kind, and every page's headings, in the other three;
 * the rest once, at 1280 px in the light.
 */
const everyPage = /every-page\.spec\.ts/;
const otherViews = /every-(kind|heading)\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Four on the two cores CI has: the tests mostly wait on pages that load
  // and settle (a run takes about half its wall time in CPU), so four keep
  // the cores busy. PLAYWRIGHT_WORKERS sets another number.
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 4),
  // A stray test.only would shrink the suite silently, on CI and off it.
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: { baseURL, launchOptions: launchOptions(), trace: 'off' },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'desktop-light',
      testIgnore: everyPage,
      use: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    },
    {
      name: 'desktop-dark',
      testMatch: otherViews,
      use: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
    },
    {
      name: 'phone-light',
      testMatch: everyPage,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        colorScheme: 'light',
        defaultBrowserType: 'chromium',
      },
    },
    {
      name: 'phone-dark',
      testMatch: otherViews,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        colorScheme: 'dark',
        defaultBrowserType: 'chromium',
      },
    },
  ],
});
