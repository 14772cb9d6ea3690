/**
 * The share control and the heading links, upgraded in the browser. Without
 * this script each is a plain link, so nothing on the page is ever a dead
 * button; with it, a click copies the address (or opens the phone's share
 * sheet) and says so through a polite live region.
 */

const COPIED = '链接已复制';
const NOT_COPIED = '未能自动复制，请长按或手动复制地址：';

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
 * Says the message, again even when it is the same as the last one. The
 * confirmation goes after a while; the address to copy by hand stays.
 */
function announce(region: Element | null, message: string): void {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
  clearTimeout(clearing.get(region));
  if (message !== COPIED) return;
  clearing.set(
    region,
    window.setTimeout(() => (region.textContent = ''), 4000),
  );
}

class ShareControl extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const fallback = this.querySelector('a');
    const status = this.querySelector('[role="status"]');
    const label = this.querySelector('[data-share-label]');
    const { url = location.href, title, text } = this.dataset;
    if (!button) return;
    const data = { url, title, text };
    const canShare = typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true);
    if (canShare && label) label.textContent = '分享';
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
      announce(status, (await copy(url)) ? COPIED : `${NOT_COPIED}${url}`);
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
      announce(status, copied ? COPIED : '');
      setTimeout(() => delete this.dataset['copied'], 2000);
    });
  }
}

customElements.define('share-control', ShareControl);
customElements.define('heading-link', HeadingLink);
