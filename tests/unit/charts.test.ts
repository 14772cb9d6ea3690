import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHART_COLOR_KEYS,
  CHART_CSV_COLUMNS,
  chartAlt,
  chartConfig,
  chartCsv,
  chartHeight,
  chartModel,
  chartTable,
  niceCeiling,
  type ChartJsConfig,
  type ChartModel,
} from '../../src/lib/charts';
import type { ChartDefinition } from '../../src/schemas/chart';
import type { Figure } from '../../src/schemas/figure';
import { loadReview, loadSections } from '../helpers/content';
import { statedNumbers } from '../../src/lib/numbers';
import { CSS_VARS, PALETTES, type Palette } from '../../src/lib/palette';

const sections = loadSections();
const figures = sections.flatMap((s) => s.data.figures);
const definitions = [...sections.flatMap((s) => s.data.charts), ...loadReview().data.charts];
const figure = (id: string): Figure => {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const definition = (id: string): ChartDefinition => {
  const d = definitions.find((x) => x.id === id);
  if (!d) throw new Error(`no chart ${id}`);
  return d;
};
/** The figures a chart draws, in its order, as the query module resolves them. */
const drawn = (d: ChartDefinition) => d.figures.map(figure);
const model = (id: string) => chartModel(definition(id), drawn(definition(id)));
const theme = { colors: PALETTES.light, fontFamily: 'sans-serif', animate: false };
const config = (m: ChartModel): ChartJsConfig => chartConfig(m, theme, { responsive: false });

/** A scale's resolved bounds and its tick label for a value. */
function axis(c: ChartJsConfig) {
  const x = c.options?.scales?.x as {
    min?: number;
    max?: number;
    display?: boolean;
    ticks?: { callback?: (v: number) => string; precision?: number };
  };
  return x;
}

describe('chartModel', () => {
  it('takes labels, values, units and qualifiers from the figures, in the order the chart names them', () => {
    const m = model('overview-growth');
    expect(m.rows.map((r) => [r.figure, r.label, r.value, r.unit, r.display])).toEqual([
      ['fixed-asset-investment', '全社会固定资产投资增长', 5, '%', '预计5%'],
      ['trade-growth', '进出口贸易额增长', 68.1, '%', '68.1%'],
    ]);
    const swapped = { ...definition('overview-growth'), figures: ['trade-growth', 'fixed-asset-investment'] };
    const reversed = chartModel(swapped, drawn(swapped));
    expect(reversed.rows.map((r) => r.figure)).toEqual(['trade-growth', 'fixed-asset-investment']);
  });

  it('keeps a rank’s peers and field size', () => {
    expect(model('livelihood-air').rows.map((r) => [r.value, r.peers, r.outOf, r.display])).toEqual([
      [1, '关中五市', 5, '第1'],
      [1, '汾渭平原11个地市', 11, '第1'],
    ]);
  });
});

describe('chartConfig', () => {
  it('draws growth rates as bars of their values on one % axis from zero, past the longest bar', () => {
    const c = config(model('overview-growth'));
    expect(c.type).toBe('bar');
    expect(c.options?.indexAxis).toBe('y');
    expect(c.data.labels).toEqual(['全社会固定资产投资增长', '进出口贸易额增长']);
    expect(c.data.datasets).toHaveLength(1);
    expect(c.data.datasets[0]?.data).toEqual([5, 68.1]);
    const x = axis(c);
    expect(x.min).toBe(0);
    expect(x.max).toBe(80);
    expect(x.ticks?.callback?.(40)).toBe('40%');
  });

  it('draws each share as a part of a 0–100% whole', () => {
    const c = config(model('party-discipline'));
    const [part, whole] = c.data.datasets;
    expect(part?.data).toEqual([85.2, 97.3]);
    expect(whole?.data).toEqual([
      [0, 100],
      [0, 100],
    ]);
    expect(part?.backgroundColor).toBe(PALETTES.light.accent);
    expect(whole?.backgroundColor).toBe(PALETTES.light.accentSoft);
    expect([axis(c).min, axis(c).max]).toEqual([0, 100]);
    expect(axis(c).ticks?.callback?.(100)).toBe('100%');
  });

  it('draws each rank as its slot among as many slots as it has peers', () => {
    const c = config(model('livelihood-air'));
    expect(c.data.labels).toEqual(['空气质量优良天数 · 关中五市', '空气质量综合指数 · 汾渭平原11个地市']);
    // One dataset a position, up to the larger field (11).
    expect(c.data.datasets).toHaveLength(11);
    const slotsOfRow = (row: number) => c.data.datasets.filter((d) => d.data[row] !== null).length;
    expect([slotsOfRow(0), slotsOfRow(1)]).toEqual([5, 11]);
    const filled = (row: number) =>
      c.data.datasets.flatMap((d, i) =>
        (d.backgroundColor as string[])[row] === PALETTES.light.accent ? [i + 1] : [],
      );
    expect([filled(0), filled(1)]).toEqual([[1], [1]]);
    const [start, end] = c.data.datasets[0]?.data[0] as [number, number];
    expect(start).toBeGreaterThan(0.5);
    expect(end).toBeLessThan(1.5);
    expect(axis(c).display).toBe(false);
    expect([axis(c).min, axis(c).max]).toEqual([0.5, 11.5]);
  });

  it('puts a rank anywhere in its field, not only first', () => {
    const third: Figure = { ...figure('air-quality-rank'), value: 3 };
    const c = config(chartModel(definition('livelihood-air'), [third, figure('air-index-rank')]));
    expect((c.data.datasets[2]?.backgroundColor as string[])[0]).toBe(PALETTES.light.accent);
    expect((c.data.datasets[0]?.backgroundColor as string[])[0]).toBe(PALETTES.light.accentSoft);
  });

  it('draws counts of one unit with that unit on whole-number ticks', () => {
    const counts: ChartDefinition = {
      id: 'measures',
      type: 'count',
      title: '措施',
      summary: '两项措施。',
      figures: ['cadre-measures', 'talent-measures'],
    };
    const c = config(chartModel(counts, drawn(counts)));
    expect(c.data.datasets[0]?.data).toEqual([21, 20]);
    expect(axis(c).ticks?.callback?.(10)).toBe('10条');
    expect(axis(c).ticks?.precision).toBe(0);
    expect(axis(c).min).toBe(0);
  });

  it('takes its colours and font from the theme, and animates only when asked', () => {
    const dark = chartConfig(
      model('reform-trade'),
      { colors: PALETTES.dark, fontFamily: 'serif', animate: true },
      { responsive: true },
    );
    expect(dark.data.datasets[0]?.backgroundColor).toBe(PALETTES.dark.accent);
    expect(dark.options?.animation).not.toBe(false);
    expect(dark.options?.responsive).toBe(true);
    expect(config(model('reform-trade')).options?.animation).toBe(false);
  });

  it('writes the row and its value in the tooltip, only for the value’s own bar', () => {
    const c = config(model('livelihood-air'));
    const tooltip = c.options?.plugins?.tooltip;
    const item = (datasetIndex: number, dataIndex: number) => ({ datasetIndex, dataIndex }) as never;
    expect(tooltip?.filter?.call(undefined as never, item(0, 1), 0, [], undefined as never)).toBe(true);
    expect(tooltip?.filter?.call(undefined as never, item(3, 1), 0, [], undefined as never)).toBe(false);
    const callbacks = tooltip?.callbacks as {
      title: (items: unknown[]) => string;
      label: (item: unknown) => string;
    };
    expect(callbacks.title([item(0, 1)])).toBe('空气质量综合指数 · 汾渭平原11个地市');
    expect(callbacks.label(item(0, 1))).toBe('第1（共11）');
  });

  it('adds the title and credit only to the downloadable picture', () => {
    const page = config(model('reform-trade'));
    expect(page.options?.plugins?.title?.display).toBe(false);
    const download = chartConfig(model('reform-trade'), theme, { responsive: false, title: 'T', credit: 'C' });
    expect(download.options?.plugins?.title).toMatchObject({ display: true, text: 'T' });
    expect(download.options?.plugins?.subtitle).toMatchObject({ display: true, text: 'C' });
  });
});

describe('every number a chart shows comes from a figure', () => {
  for (const d of definitions) {
    it(d.id, () => {
      const m = chartModel(d, drawn(d));
      const stated = new Set(m.rows.flatMap((r) => [r.value, ...(r.outOf ? [r.outOf] : [])]));
      // A share is drawn against its whole, 100%.
      if (m.type === 'share') stated.add(100);
      const table = chartTable(m);
      const words = [chartAlt(m), ...table.rows.flatMap((r) => [r.head, ...r.cells])].join('\n');
      // Numbers inside a figure's own label or peers (汾渭平原11个地市) are the text's too.
      const numbersIn = (s: string) => statedNumbers(s).flatMap((n) => n.readings.map((r) => r.value));
      const named = m.rows.flatMap((r) => [...numbersIn(r.label), ...numbersIn(r.peers ?? '')]);
      for (const n of numbersIn(words.replace(/[一二两三四五六七八九十]/g, ''))) {
        expect(stated.has(n) || named.includes(n), `${n} in “${words}”`).toBe(true);
      }
      // The lengths drawn: a value from zero, the whole of a share, a rank's slot.
      const c = config(m);
      const lengths = c.data.datasets.flatMap((ds) => ds.data).filter((v) => typeof v === 'number');
      for (const v of lengths) expect(stated.has(v)).toBe(true);
    });
  }
});

describe('chartAlt, chartTable, chartCsv', () => {
  it('say the form and every value', () => {
    expect(chartAlt(model('party-discipline'))).toBe(
      '占比条形图，满格为100%。完成十二届市委巡察全覆盖任务：85.2%；运用第一、二种形态处理干部占比：97.3%。',
    );
    expect(chartAlt(model('livelihood-air'))).toBe(
      '名次图，每格一个名次。空气质量优良天数 · 关中五市：第1（共5）；空气质量综合指数 · 汾渭平原11个地市：第1（共11）。',
    );
  });

  it('table a rank with its peers', () => {
    expect(chartTable(model('livelihood-air'))).toEqual({
      head: ['项目', '范围', '名次'],
      rows: [
        { head: '空气质量优良天数', cells: ['关中五市', '第1（共5）'] },
        { head: '空气质量综合指数', cells: ['汾渭平原11个地市', '第1（共11）'] },
      ],
    });
    expect(chartTable(model('overview-growth')).head).toEqual(['项目', '增速']);
  });

  it('write the raw values as CSV with the address of each quote', () => {
    const ids = model('overview-growth').rows.map((r) => r.figure);
    const csv = chartCsv(model('overview-growth'), (row) => `https://example.org/#quote-${ids[row]}`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CHART_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'fixed-asset-investment,全社会固定资产投资增长,5,%,预计,,,预计全社会固定资产投资增长5%,https://example.org/#quote-fixed-asset-investment',
    );
    expect(lines[2]).toBe(
      'trade-growth,进出口贸易额增长,68.1,%,,,,进出口贸易额增长68.1%,https://example.org/#quote-trade-growth',
    );
    expect(lines).toHaveLength(4);
  });
});

describe('sizes and scales', () => {
  it('gives a chart a height from its rows alone', () => {
    expect(chartHeight(model('reform-trade'))).toBeLessThan(chartHeight(model('overview-growth')));
    // A rank has no value axis under it.
    expect(chartHeight(model('livelihood-air'))).toBeLessThan(chartHeight(model('overview-growth')));
  });

  it('rounds an axis up to a round number', () => {
    expect([niceCeiling(0), niceCeiling(5.75), niceCeiling(78.3), niceCeiling(101), niceCeiling(0.034)]).toEqual([
      0, 6, 80, 120, 0.04,
    ]);
  });
});

describe('palette', () => {
  /** The custom properties of the first block after a marker of a stylesheet. */
  const tokens = (file: string, marker: string) => {
    const css = readFileSync(file, 'utf8');
    const at = css.indexOf(':root', css.indexOf(marker));
    const block = css.slice(css.indexOf('{', at), css.indexOf('}', at));
    return Object.fromEntries(
      [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value.trim()]),
    );
  };
  const asCss = (palette: Palette, keys = Object.keys(palette) as (keyof Palette)[]) =>
    Object.fromEntries(keys.map((key) => [CSS_VARS[key], palette[key]]));

  it('is the site’s colour tokens in light and dark', () => {
    expect(tokens('src/styles/global.css', '')).toMatchObject(asCss(PALETTES.light));
    expect(tokens('src/styles/global.css', 'prefers-color-scheme: dark')).toMatchObject(asCss(PALETTES.dark));
  });

  it('is the print edition’s tokens on paper (the focus ring is the screen’s)', () => {
    const keys = (Object.keys(PALETTES.print) as (keyof Palette)[]).filter((key) => key !== 'focus');
    expect(tokens('src/styles/print.css', '@media print')).toMatchObject(asCss(PALETTES.print, keys));
  });

  it('gives a chart every colour it draws with', () => {
    expect(CHART_COLOR_KEYS.sort()).toEqual(['accent', 'accentSoft', 'fg', 'muted', 'rule', 'surface']);
  });
});
