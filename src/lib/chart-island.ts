/**
 * <chart-island>: the only script a chart page runs at load. It waits until
 * its chart comes near the viewport and only then loads the chart code
 * (./chart-runtime, with Chart.js), which replaces the static picture with
 * the live chart. Without script, or until then, the picture shows.
 */
type Runtime = typeof import('./chart-runtime');

let runtime: Promise<Runtime> | undefined;
let observer: IntersectionObserver | undefined;

class ChartIsland extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback() {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer?.unobserve(entry.target);
          void (entry.target as ChartIsland).wake();
        }
      },
      // Start a little before the chart scrolls in, so it is drawn when seen.
      { rootMargin: '200px 0px' },
    );
    observer.observe(this);
  }

  disconnectedCallback() {
    observer?.unobserve(this);
    this.#stop?.();
    this.#stop = undefined;
  }

  async wake() {
    runtime ??= import('./chart-runtime');
    const { drawChart } = await runtime;
    if (this.isConnected && !this.#stop) this.#stop = drawChart(this);
  }
}

customElements.define('chart-island', ChartIsland);
