/**
 * The share control and the heading links, upgraded in the browser. Without
 * this script each is a plain link, so nothing on the page is ever a dead
 * button; with it, a click copies the address (or opens the phone's share
 * sheet) and says so through a polite live region. Inside WeChat the share
 * control offers only what works there: the poster link it already holds,
 * and a hint at WeChat's menu.
 */
import { isWeChat } from '../lib/wechat';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const clearing = new WeakMap<Element, number>();

/**
 * Says the message, again even when it is the same as the last one. A
 * passing message (the confirmation) goes after a while; the address to
 * copy by hand stays.
 */
function announce(region: Element | null, message: string, passing: boolean): void {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
  clearTimeout(clearing.get(region));
  if (!passing) return;
  clearing.set(
    region,
    window.setTimeout(() => (region.textContent = ''), 4000),
  );
}

class ShareControl extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const fallback = this.querySelector<HTMLElement>('[data-share-link]');
    const status = this.querySelector('[role="status"]');
    const label = this.querySelector('[data-share-label]');
    // The words come from the page (src/lib/ui.ts, written by ShareControl.astro).
    const { url = location.href, title, text, shareText = '', copiedText = '', notCopiedText = '' } = this.dataset;
    if (!button) return;
    if (isWeChat(navigator.userAgent)) {
      // WeChat passes pages on from its own menu; a copy there can fail without a word.
      if (fallback) fallback.hidden = true;
      this.dataset['wechat'] = '';
      return;
    }
    const data = { url, title, text };
    const canShare = typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true);
    if (canShare && label) label.textContent = shareText;
    button.hidden = false;
    if (fallback) fallback.hidden = true;
    button.addEventListener('click', async () => {
      if (canShare) {
        try {
          await navigator.share(data);
          return;
        } catch (error) {
          // The reader closed the sheet: nothing to say. Anything else: copy instead.
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      const copied = await copy(url);
      announce(status, copied ? copiedText : `${notCopiedText}${url}`, copied);
    });
  }
}

/**
 * A heading's link: follows the fragment as any link does, and copies the
 * page's canonical address with the fragment, whatever address the reader came by.
 */
class HeadingLink extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    const status = this.querySelector('[role="status"]');
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    link?.addEventListener('click', async () => {
      const copied = await copy(canonical ? `${canonical}${link.hash}` : link.href);
      if (copied) this.dataset['copied'] = '';
      announce(status, copied ? (this.dataset['copiedText'] ?? '') : '', true);
      setTimeout(() => delete this.dataset['copied'], 2000);
    });
  }
}

/**
 * The code that embeds a chart: a button copies it and says so. Not in
 * WeChat, where a copy can fail without a word; the code is there to select.
 */
class EmbedCode extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const code = this.querySelector('code');
    const status = this.querySelector('[role="status"]');
    const { copiedText = '', notCopiedText = '' } = this.dataset;
    if (!button || !code || isWeChat(navigator.userAgent)) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copy(code.textContent ?? '');
      announce(status, copied ? copiedText : notCopiedText, copied);
    });
  }
}

customElements.define('share-control', ShareControl);
customElements.define('heading-link', HeadingLink);
customElements.define('embed-code', EmbedCode);
