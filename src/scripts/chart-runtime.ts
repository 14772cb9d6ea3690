/**
 * The chart code, loaded by <chart-island> when a chart nears the viewport:
 * Chart.js with only what a bar chart needs, drawing the same configuration
 * as the build's picture, in the page's current colours.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { CHART_COLOR_KEYS, chartConfig, type BarDatum, type ChartColors, type ChartModel } from '../lib/charts';
import { CSS_VARS, DARK_MEDIA } from '../lib/palette';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const darkScheme = matchMedia(DARK_MEDIA);
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** The site's colour tokens as they apply to the element now. */
function colorsOf(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const entries = CHART_COLOR_KEYS.map((key) => [key, style.getPropertyValue(CSS_VARS[key]).trim()]);
  return Object.fromEntries(entries) as ChartColors;
}

/**
 * Draws the island's chart over its picture; returns how to undo it. The
 * chart is drawn again, without animation, when the colour scheme changes.
 */
export function drawChart(island: HTMLElement): () => void {
  const model = JSON.parse(island.dataset.model ?? 'null') as ChartModel;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', island.querySelector('img')?.alt ?? model.title);
  island.append(canvas);
  island.dataset.state = 'live';

  let chart: Chart<'bar', BarDatum[], string> | undefined;
  const draw = (animate: boolean) => {
    chart?.destroy();
    const theme = { colors: colorsOf(island), fontFamily: getComputedStyle(island).fontFamily, animate };
    chart = new Chart(canvas, chartConfig(model, theme, { responsive: true }));
  };
  const redraw = () => draw(false);

  draw(!reducedMotion.matches);
  darkScheme.addEventListener('change', redraw);
  return () => {
    darkScheme.removeEventListener('change', redraw);
    chart?.destroy();
    canvas.remove();
    delete island.dataset.state;
  };
}
