import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../lib/charts';
import { getReview, type PlacedChart } from '../../lib/review';
import { quoteUrl } from '../../lib/site';

/** Each chart's data, one figure a row, with the address of the sentence that states it. */
export const getStaticPaths = (async () =>
  (await getReview()).charts.map((chart) => ({
    params: { id: chart.model.id },
    props: { chart },
  }))) satisfies GetStaticPaths;

interface Props {
  chart: PlacedChart;
}

export const GET: APIRoute<Props> = ({ props: { chart } }) => {
  const slugs = new Map(chart.figures.map((f) => [f.id, f.section.data.slug]));
  const csv = chartCsv(chart.model, (id) => quoteUrl(slugs.get(id) ?? '', id));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
