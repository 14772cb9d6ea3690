/**
 * The script other sites load beside a framed chart (/embed.js, built by
 * src/pages/embed.js.ts): it sets each frame of this site to the height its
 * chart posts (./embed-page.ts). It hears only the site it came from, so no
 * other page can resize the frames of the page it runs on. Small: it runs
 * on pages we do not own.
 */
import { HEIGHT_MESSAGE } from '../lib/embed';

// The site's origin is the one this script was loaded from.
const script = document.currentScript;
const site = script instanceof HTMLScriptElement ? new URL(script.src).origin : undefined;

addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== site) return;
  const height: unknown = event.data?.[HEIGHT_MESSAGE];
  if (typeof height !== 'number' || !(height > 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(height));
  }
});
