// Finds the Chromium that tests, screenshots and the PDF use. Debian's
// package is preferred because Playwright's own download is not reachable
// from every machine this project runs on.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep a headless Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Chromium's headless mode is the whole browser, which since version 15x
  // opens its address bar's suggestions, two web pages of its own, in every
  // window: a fifth of all the CPU the browser tests used.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

const HOW_TO_GET_ONE = [
  'No Chromium found. Install one of:',
  '  - Debian/Ubuntu: apt-get install -y chromium   (found at /usr/bin/chromium)',
  "  - Playwright's own: npx playwright install chromium",
  '  - or point CHROMIUM_PATH at any Chromium or Chrome binary.',
].join('\n');

/**
 * CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser.
 * Returns undefined for Playwright's own (its default); throws with
 * instructions when there is none.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${HOW_TO_GET_ONE}`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(HOW_TO_GET_ONE);
}

/** Launch options for Playwright's chromium.launch(). */
export function launchOptions() {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
