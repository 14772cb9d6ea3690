/**
 * <embed-page>: the whole of a chart's page framed by another site. Framed,
 * it tells the page around it its height whenever that changes (the table
 * opened, the live chart drawn, the frame narrowed), so that the sizing
 * script there (./embed-resize.ts) fits the frame to it.
 */
import { HEIGHT_MESSAGE } from '../lib/embed';

class EmbedPage extends HTMLElement {
  #observer: ResizeObserver | undefined;

  connectedCallback() {
    if (window.parent === window) return;
    this.#observer = new ResizeObserver(() => {
      // Any site may frame the chart, so any may hear this: a height is all it says.
      window.parent.postMessage({ [HEIGHT_MESSAGE]: Math.ceil(this.getBoundingClientRect().height) }, '*');
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define('embed-page', EmbedPage);
