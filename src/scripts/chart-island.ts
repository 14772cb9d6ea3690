/**
 * <chart-island>: the only script a chart page runs at load. Once the reader
 * moves toward a chart, by scrolling it near the viewport or pointing at
 * it, it loads the chart code (./chart-runtime, with Chart.js, from the
 * address in its data-code), which
 * replaces the static picture with the live chart. Until then, and without
 * script, the picture shows: a chart that happens to sit near the first
 * view costs the first view nothing.
 */
type Runtime = typeof import('./chart-runtime');

let runtime: Promise<Runtime> | undefined;
let observer: IntersectionObserver | undefined;
const islands = new Set<ChartIsland>();

/** Watches every island from the reader's first scroll on. */
function watch() {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) void (entry.target as ChartIsland).wake();
      }
    },
    // Start a little before the chart scrolls in, so it is drawn when seen.
    { rootMargin: '200px 0px' },
  );
  for (const island of islands) observer.observe(island);
}

class ChartIsland extends HTMLElement {
  #stop: (() => void) | undefined;
  #point = () => void this.wake();

  connectedCallback() {
    islands.add(this);
    observer?.observe(this);
    this.addEventListener('pointerenter', this.#point, { once: true });
  }

  disconnectedCallback() {
    islands.delete(this);
    observer?.unobserve(this);
    this.removeEventListener('pointerenter', this.#point);
    this.#stop?.();
    this.#stop = undefined;
  }

  async wake() {
    observer?.unobserve(this);
    // The chart code's address is in the page (ChartPicture.astro): imported
    // by name, it would keep this script out of the page, a file of its own.
    runtime ??= import(/* @vite-ignore */ this.dataset['code'] ?? '') as Promise<Runtime>;
    const { drawChart } = await runtime;
    if (this.isConnected && !this.#stop) this.#stop = drawChart(this);
  }
}

customElements.define('chart-island', ChartIsland);
addEventListener('scroll', watch, { once: true, passive: true });
