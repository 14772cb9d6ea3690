/**
 * One chart definition, two renderers. A chart's figures become a ChartModel
 * (plain data, serialised into the page), and the model becomes one Chart.js
 * configuration: at build time Chart.js draws it on @napi-rs/canvas for the
 * static picture, in the browser the island draws the same configuration.
 * Everything here is pure and imports nothing from chart.js at run time, so
 * both renderers and the tests share it.
 *
 * Every number written on a chart is a figure's value or its number of
 * peers; every length drawn is a figure's value on an axis from zero, or a
 * position among the peers. Nothing is estimated or derived for display.
 */
import type { Chart, ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import type { ChartDefinition } from '../schemas/chart';
import type { Figure } from '../schemas/figure';
import { csvTable } from './data-files';
import { formatFigure, formatNumber } from './format';

export type ChartForm = ChartDefinition['type'];

/** One figure as a chart draws it. */
export interface ChartRow {
  /** The figure's id. */
  figure: string;
  label: string;
  value: number;
  unit: string;
  qualifier?: string;
  /** For a rank: the peers as the text names them, and how many there are. */
  peers?: string;
  outOf?: number;
  /** The figure as the site prints it (预计5%, 4600余名, 第1). */
  display: string;
  /** The phrase of the text that states it. */
  quote: string;
}

/** What a chart shows: serialisable, so the page can hand it to the island. */
export interface ChartModel {
  id: string;
  type: ChartForm;
  title: string;
  summary: string;
  rows: ChartRow[];
}

/** A chart's figures, in the order the definition names them. */
export function chartModel(definition: ChartDefinition, figures: Iterable<Figure>): ChartModel {
  const byId = new Map([...figures].map((f) => [f.id, f]));
  const rows = definition.figures.map((id): ChartRow => {
    const f = byId.get(id);
    if (!f) throw new Error(`chart ${definition.id}: no figure ${id}`);
    return {
      figure: f.id,
      label: f.label,
      value: f.value,
      unit: f.unit,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.peers ? { peers: f.peers } : {}),
      ...(f.outOf ? { outOf: f.outOf } : {}),
      display: formatFigure(f),
      quote: f.quote,
    };
  });
  const { id, type, title, summary } = definition;
  return { id, type, title, summary, rows };
}

/* ------------------------------------------------------------------ size */

/** The logical widths of the static pictures: phones, and the text column from 43rem. */
export const PICTURE_WIDTHS = { narrow: 360, wide: 640 } as const;
export type PictureWidth = keyof typeof PICTURE_WIDTHS;
/** The viewport from which the wide picture fits the text column. */
export const WIDE_MEDIA = '(min-width: 43rem)';

/** Each row: its label line above a bar. */
const ROW = 56;
const BAR = 20;
const TOP = 4;
/** Room for the value axis under the bars (growth, share, count). */
const AXIS = 26;
const LABEL_SIZE = 13;
const TICK_SIZE = 12;
/** The gap between a rank's slots, in slot widths. */
const SLOT_GAP = 0.08;
/** Download pictures carry the title above and the credit below. */
const DOWNLOAD = { padding: 16, title: 36, credit: 26 };

const hasAxis = (model: ChartModel) => model.type !== 'rank';

/** The chart's height in CSS pixels; it depends on the rows only, never on the width. */
export function chartHeight(model: ChartModel): number {
  return TOP + model.rows.length * ROW + (hasAxis(model) ? AXIS : 0);
}

/** The height of the downloadable picture, with title and credit. */
export function downloadHeight(model: ChartModel): number {
  return chartHeight(model) + DOWNLOAD.padding * 2 + DOWNLOAD.title + DOWNLOAD.credit;
}

/* ---------------------------------------------------------------- colours */

/** The site's colour tokens a chart uses. */
export interface ChartColors {
  fg: string;
  muted: string;
  rule: string;
  accent: string;
  accentSoft: string;
  surface: string;
}

/** Where the island reads each colour: the site's CSS variables (src/styles/global.css). */
export const CHART_COLOR_VARS: Record<keyof ChartColors, string> = {
  fg: '--fg',
  muted: '--muted',
  rule: '--rule',
  accent: '--accent',
  accentSoft: '--accent-soft',
  surface: '--surface',
};

/**
 * The same tokens for the build, which has no stylesheet to read; a unit
 * test keeps them equal to global.css.
 */
export const CHART_PALETTES: Record<'light' | 'dark', ChartColors> = {
  light: {
    fg: '#1f1c19',
    muted: '#5b554e',
    rule: '#e2dbd1',
    accent: '#a3201a',
    accentSoft: '#f7e9e6',
    surface: '#ffffff',
  },
  dark: {
    fg: '#ece6df',
    muted: '#b2aaa1',
    rule: '#3b3531',
    accent: '#ff8f80',
    accentSoft: '#3a2421',
    surface: '#1f1c19',
  },
};

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

/* ---------------------------------------------------------- configuration */

/** A bar's value: a length from zero, or a span (a share's whole, a rank's slot). */
export type BarDatum = number | [number, number] | null;
export type ChartJsConfig = ChartConfiguration<'bar', BarDatum[], string>;

/** The label above a row: a rank names its peers. */
export function rowLabel(row: ChartRow): string {
  return row.peers ? `${row.label} · ${row.peers}` : row.label;
}

/** A rank with the size of its field: 第1（共5）. */
export function rankText(row: ChartRow): string {
  return `${row.display}（共${formatNumber(row.outOf ?? 0)}）`;
}

const valueText = (model: ChartModel, row: ChartRow) => (model.type === 'rank' ? rankText(row) : row.display);

/** The largest field among a rank chart's rows. */
const fieldSize = (model: ChartModel) => Math.max(...model.rows.map((r) => r.outOf ?? 0));

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
          label: `第${k}`,
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

/* ---------------------------------------------------------------- plugins */

/** Paints the chart's background, so a picture reads the same on any page or paper. */
function background(color: string): Plugin<'bar'> {
  return {
    id: 'chartBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/**
 * Writes each row's label above its bar and its value at the bar's end
 * (inside when it does not fit outside); a rank numbers its slots.
 */
function rowLabels(model: ChartModel, colors: ChartColors, family: string): Plugin<'bar'> {
  return {
    id: 'rowLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const y = chart.scales.y;
      if (!y) return;
      ctx.save();
      ctx.textBaseline = 'middle';
      model.rows.forEach((row, i) => {
        const centre = y.getPixelForValue(i);
        ctx.font = `${LABEL_SIZE}px ${family}`;
        ctx.fillStyle = colors.fg;
        ctx.textAlign = 'left';
        ctx.fillText(rowLabel(row), chartArea.left, centre - BAR / 2 - LABEL_SIZE / 2 - 4);
        if (model.type === 'rank') drawSlots(chart, row, i, centre, colors, family);
        else drawValue(chart, model, row, i, centre, colors, family);
      });
      ctx.restore();
    },
  };
}

function barEnds(chart: Chart<'bar'>, dataset: number, i: number): { start: number; end: number } | undefined {
  const bar = chart.getDatasetMeta(dataset).data[i];
  if (!bar) return undefined;
  const { x, base } = bar.getProps(['x', 'base']) as { x: number; base: number };
  return { start: base, end: x };
}

function drawValue(
  chart: Chart<'bar'>,
  model: ChartModel,
  row: ChartRow,
  i: number,
  centre: number,
  colors: ChartColors,
  family: string,
) {
  const { ctx, chartArea } = chart;
  const ends = barEnds(chart, 0, i);
  if (!ends) return;
  const text = row.display;
  ctx.font = `bold ${LABEL_SIZE}px ${family}`;
  const width = ctx.measureText(text).width;
  const forward = ends.end >= ends.start ? 1 : -1;
  const room = forward > 0 ? chartArea.right - ends.end : ends.end - chartArea.left;
  const inside = Math.abs(ends.end - ends.start) >= width + 12;
  // A share's remainder is part of the whole: its value goes inside the part
  // when it fits, so that the remainder can be named.
  const outside = model.type === 'share' ? !inside : room >= width + 8;
  ctx.textAlign = forward > 0 === outside ? 'left' : 'right';
  ctx.fillStyle = outside ? colors.fg : colors.surface;
  ctx.fillText(text, ends.end + (outside ? 6 : -6) * forward, centre);
  if (model.type === 'share' && !outside) {
    const rest = '其余';
    ctx.font = `${LABEL_SIZE}px ${family}`;
    const whole = barEnds(chart, 1, i);
    if (whole && whole.end - ends.end >= ctx.measureText(rest).width + 12) {
      ctx.textAlign = 'left';
      ctx.fillStyle = colors.muted;
      ctx.fillText(rest, ends.end + 6, centre);
    }
  }
}

function drawSlots(chart: Chart<'bar'>, row: ChartRow, i: number, centre: number, colors: ChartColors, family: string) {
  const { ctx } = chart;
  ctx.textAlign = 'center';
  for (let k = 1; k <= (row.outOf ?? 0); k++) {
    const slot = barEnds(chart, k - 1, i);
    if (!slot) continue;
    const own = k === row.value;
    const text = formatNumber(k);
    ctx.font = `${own ? 'bold ' : ''}${TICK_SIZE}px ${family}`;
    // Narrow slots keep only the rank's own number.
    if (!own && slot.end - slot.start < ctx.measureText(text).width + 4) continue;
    ctx.fillStyle = own ? colors.surface : colors.muted;
    ctx.fillText(text, (slot.start + slot.end) / 2, centre);
  }
}

/* ------------------------------------------------------ words and tables */

const FORM_NAMES: Record<ChartForm, string> = {
  growth: '增速条形图',
  share: '占比条形图，满格为100%',
  rank: '名次图，每格一个名次',
  count: '数量条形图',
};

/** The picture's alternative text: its form and every value it draws. */
export function chartAlt(model: ChartModel): string {
  const values = model.rows.map((r) => `${rowLabel(r)}：${valueText(model, r)}`).join('；');
  return `${FORM_NAMES[model.type]}。${values}。`;
}

/** The chart's data as a table: column heads and, for each row, its head cell and values. */
export interface ChartTable {
  head: string[];
  rows: { head: string; cells: string[] }[];
}

const VALUE_HEADS: Record<ChartForm, string> = { growth: '增速', share: '占比', rank: '名次', count: '数量' };

export function chartTable(model: ChartModel): ChartTable {
  if (model.type === 'rank') {
    return {
      head: ['项目', '范围', VALUE_HEADS.rank],
      rows: model.rows.map((r) => ({ head: r.label, cells: [r.peers ?? '', rankText(r)] })),
    };
  }
  return {
    head: ['项目', VALUE_HEADS[model.type]],
    rows: model.rows.map((r) => ({ head: r.label, cells: [r.display] })),
  };
}

export const CHART_CSV_COLUMNS = ['figure', 'label', 'value', 'unit', 'qualifier', 'peers', 'out_of', 'quote', 'url'];

/** The chart's data for download, one figure a row; `url` is where the text states it. */
export function chartCsv(model: ChartModel, quoteUrl: (figure: string) => string): string {
  return csvTable(
    CHART_CSV_COLUMNS,
    model.rows.map((r) => [
      r.figure,
      r.label,
      r.value,
      r.unit,
      r.qualifier ?? '',
      r.peers ?? '',
      r.outOf ?? '',
      r.quote,
      quoteUrl(r.figure),
    ]),
  );
}
