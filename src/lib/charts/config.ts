/**
 * One chart, one Chart.js configuration: the build draws it on
 * @napi-rs/canvas for the static picture (./picture.ts), the island draws
 * it in the browser (src/scripts/chart-runtime.ts). Pure, and imports
 * nothing from chart.js at run time, so both renderers and the tests share it.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { Palette } from '../palette';
import { formatNumber } from '../format';
import { chart as words } from '../ui';
import { background, rowLabels } from './draw';
import { BAR, DOWNLOAD, LABEL_SIZE, SLOT_GAP, TICK_SIZE, TOP } from './layout';
import type { ChartModel } from './model';
import { fieldSize, rowLabel, valueText } from './words';

/** The colours a chart uses, from the site's palette (../palette.ts). */
export type ChartColors = Pick<Palette, 'fg' | 'muted' | 'rule' | 'accent' | 'accentSoft' | 'surface'>;

/** Where the island reads each colour from the page. */
export const CHART_COLOR_KEYS: (keyof ChartColors)[] = ['fg', 'muted', 'rule', 'accent', 'accentSoft', 'surface'];

export interface ChartTheme {
  colors: ChartColors;
  /** A CSS font-family value. */
  fontFamily: string;
  /** False when the reader prefers reduced motion, and for pictures. */
  animate: boolean;
}

export interface ChartRender {
  /** In the browser the chart follows its frame; a picture has a fixed size. */
  responsive: boolean;
  devicePixelRatio?: number;
  /** For the downloadable picture: its title and a credit line below. */
  title?: string;
  credit?: string;
}

/** A bar's value: a length from zero, or a span (a share's whole, a rank's slot). */
export type BarDatum = number | [number, number] | null;
export type ChartJsConfig = ChartConfiguration<'bar', BarDatum[], string>;

export function chartConfig(model: ChartModel, theme: ChartTheme, render: ChartRender): ChartJsConfig {
  const { colors, fontFamily } = theme;
  const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family: fontFamily, size, weight });
  const download = render.title !== undefined;
  return {
    type: 'bar',
    data: { labels: model.rows.map(rowLabel), datasets: datasets(model, colors) },
    options: {
      indexAxis: 'y',
      responsive: render.responsive,
      maintainAspectRatio: false,
      ...(render.devicePixelRatio ? { devicePixelRatio: render.devicePixelRatio } : {}),
      animation: theme.animate ? { duration: 500 } : false,
      events: render.responsive ? ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] : [],
      interaction: { mode: 'index', axis: 'y', intersect: false },
      layout: {
        padding: {
          top: TOP + (download ? DOWNLOAD.padding : 0),
          bottom: download ? DOWNLOAD.padding : 0,
          left: download ? DOWNLOAD.padding : 0,
          // A rank's slots run to the edge; leave room for the last one's border.
          right: (download ? DOWNLOAD.padding : 0) + 1,
        },
      },
      scales: {
        y: { type: 'category', display: false, grid: { display: false } },
        x: valueAxis(model, colors, font(TICK_SIZE)),
      },
      plugins: {
        tooltip: {
          filter: (item) => item.datasetIndex === highlighted(model, item.dataIndex),
          displayColors: false,
          backgroundColor: colors.fg,
          titleColor: colors.surface,
          bodyColor: colors.surface,
          titleFont: font(LABEL_SIZE, 'bold'),
          bodyFont: font(LABEL_SIZE),
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const row = model.rows[items[0]?.dataIndex ?? -1];
              return row ? rowLabel(row) : '';
            },
            label: (item: TooltipItem<'bar'>) => {
              const row = model.rows[item.dataIndex];
              return row ? valueText(model, row) : '';
            },
          },
        },
        title: {
          display: download,
          text: render.title ?? '',
          align: 'start',
          color: colors.fg,
          font: font(16, 'bold'),
          padding: { top: 0, bottom: DOWNLOAD.title - 22 },
        },
        subtitle: {
          display: download,
          text: render.credit ?? '',
          position: 'bottom',
          align: 'start',
          color: colors.muted,
          font: font(TICK_SIZE),
          padding: { top: DOWNLOAD.credit - 16, bottom: 0 },
        },
      },
    },
    plugins: [background(colors.surface), rowLabels(model, colors, fontFamily)],
  };
}

/** The dataset whose bar carries a row's value (a rank: the slot of its position). */
function highlighted(model: ChartModel, index: number): number {
  const row = model.rows[index];
  return model.type === 'rank' && row ? row.value - 1 : 0;
}

function datasets(model: ChartModel, colors: ChartColors): ChartDataset<'bar', BarDatum[]>[] {
  const bar = { barThickness: BAR, grouped: false, borderSkipped: false } as const;
  const values = model.rows.map((r) => r.value);
  switch (model.type) {
    case 'growth':
    case 'count':
      return [{ ...bar, label: model.title, data: values, backgroundColor: colors.accent, borderWidth: 0 }];
    case 'share':
      // The part over the whole: drawn first, so on top of the 0–100% track.
      return [
        { ...bar, label: model.title, data: values, backgroundColor: colors.accent, borderWidth: 0 },
        {
          ...bar,
          label: '100%',
          data: model.rows.map((): [number, number] => [0, 100]),
          backgroundColor: colors.accentSoft,
          borderColor: colors.muted,
          borderWidth: 1,
        },
      ];
    case 'rank':
      // One dataset a position: slot k of every row, the rank's own slot filled.
      return Array.from({ length: fieldSize(model) }, (_, i) => {
        const k = i + 1;
        return {
          ...bar,
          label: words.rank(String(k)),
          data: model.rows.map((r): BarDatum =>
            k <= (r.outOf ?? 0) ? [k - 0.5 + SLOT_GAP, k + 0.5 - SLOT_GAP] : null,
          ),
          backgroundColor: model.rows.map((r) => (r.value === k ? colors.accent : colors.accentSoft)),
          borderColor: model.rows.map((r) => (r.value === k ? colors.accent : colors.muted)),
          borderWidth: 1,
        };
      });
  }
}

type Font = { family: string; size: number; weight: 'normal' | 'bold' };

function valueAxis(model: ChartModel, colors: ChartColors, font: Font) {
  const ticks = (unit: string) => ({
    color: colors.muted,
    font,
    callback: (value: string | number) => `${formatNumber(Number(value))}${unit}`,
  });
  const common = { type: 'linear', grid: { color: colors.rule }, border: { display: false } } as const;
  const values = model.rows.map((r) => r.value);
  // From zero, and past the longest bar by enough to write its value after it.
  const [least, most] = [Math.min(...values), Math.max(...values)];
  const extent = {
    min: least < 0 ? -niceCeiling(-least * HEADROOM) : 0,
    max: most > 0 ? niceCeiling(most * HEADROOM) : 0,
  };
  switch (model.type) {
    case 'growth':
      return { ...common, ...extent, ticks: { ...ticks('%'), maxTicksLimit: 6 } };
    case 'count':
      return {
        ...common,
        ...extent,
        ticks: { ...ticks(model.rows[0]?.unit ?? ''), maxTicksLimit: 6, precision: 0 },
      };
    case 'share':
      return { ...common, min: 0, max: 100, ticks: { ...ticks('%'), stepSize: 25 } };
    case 'rank':
      return { type: 'linear', display: false, min: 0.5, max: fieldSize(model) + 0.5 } as const;
  }
}

const HEADROOM = 1.15;
const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above a value; 0 for 0. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((s) => s * power >= value - 1e-9) ?? 10;
  return Number((step * power).toPrecision(12));
}
