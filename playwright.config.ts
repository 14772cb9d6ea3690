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
  // Three on the two cores CI has: a test waits now and then on a page that
  // loads and settles, and a third browser fills those waits; a fourth only
  // makes all of them wait on the cores (measured: docs/testing.md).
  // PLAYWRIGHT_WORKERS sets another number.
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 3),
  // A stray test.only would shrink the suite silently, on CI and off it.
  forbidOnly: true,
  reporter: [['list']],
  // The longest tests (a whole query set, every chart printed) take about
  // 30 s beside the other lanes of npm test on two cores: four times that
  // keeps a noisy machine from failing them, and still ends a test that hangs.
  timeout: 120_000,
  use: { baseURL, launchOptions: launchOptions(), trace: 'off' },
  webServer: {
    // --ignore-lock: Astro tracks one preview server a project, and npm test
    // serves the sub-path build beside this one, on another port.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
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
