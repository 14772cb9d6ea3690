// Scrolling a page to its end as a reader would, half a screen at a time,
// for the scripts and tests that need everything a reader would see loaded.

/**
 * Runs in the page (pass it to Playwright's page.evaluate): scrolls down
 * half a viewport at a time, pausing after each step so what scrolling
 * starts (lazy loads, chart islands) has begun before the next.
 * @param {number} pause milliseconds after each step
 */
export async function scrollThrough(pause) {
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, pause)));
  }
}
