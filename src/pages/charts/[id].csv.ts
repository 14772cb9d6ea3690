import type { APIRoute, GetStaticPaths } from 'astro';
import { reviewCharts, type PlacedChart } from '../../lib/chart-catalog';
import { chartCsv } from '../../lib/charts';
import { getReview } from '../../lib/review';
import { sectionUrl } from '../../lib/site';
import { anchors } from '../../lib/urls';

/** Each chart's data, one figure a row, with the address of the sentence that states it. */
export const getStaticPaths = (async () =>
  reviewCharts(await getReview()).map((chart) => ({
    params: { id: chart.model.id },
    props: { chart },
  }))) satisfies GetStaticPaths;

interface Props {
  chart: PlacedChart;
}

export const GET: APIRoute<Props> = ({ props: { chart } }) => {
  const slugs = new Map(chart.figures.map((f) => [f.id, f.section.data.slug]));
  const csv = chartCsv(chart.model, (id) => `${sectionUrl(slugs.get(id) ?? '')}#${anchors.quote(id)}`);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
