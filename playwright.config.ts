import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.mjs';
import { basePath } from './src/lib/site-env.mjs';

// The built site (dist/), served by `astro preview` under this build's base path.
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const origin = `http://127.0.0.1:${port}`;
const baseURL = `${origin}${basePath(process.env.BASE_PATH)}`;

/** Specs that hold for every width and scheme run in all four; the rest once. */
const everyView = /every-page\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
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
    { name: 'desktop-light', use: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } },
    {
      name: 'desktop-dark',
      testMatch: everyView,
      use: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
    },
    {
      name: 'phone-light',
      testMatch: everyView,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        colorScheme: 'light',
        defaultBrowserType: 'chromium',
      },
    },
    {
      name: 'phone-dark',
      testMatch: everyView,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        colorScheme: 'dark',
        defaultBrowserType: 'chromium',
      },
    },
  ],
});
