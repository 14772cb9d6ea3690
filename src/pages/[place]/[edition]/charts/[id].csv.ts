import type { APIRoute } from 'astro';
import { chartCsv } from '../../../../lib/charts';
import { perReview, type PlacedChart } from '../../../../lib/review';
import { chartQuoteUrl } from '../../../../lib/site';

/** Each chart's data, one figure a row, with the address of the sentence that states it. */
export const getStaticPaths = () =>
  perReview((review) => review.charts.map((chart) => ({ params: { id: chart.model.id }, props: { chart } })));

export const GET: APIRoute<{ chart: PlacedChart }> = ({ props: { chart } }) =>
  new Response(chartCsv(chart.model, chartQuoteUrl(chart)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
