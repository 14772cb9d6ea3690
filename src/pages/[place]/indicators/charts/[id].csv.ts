import type { APIRoute } from 'astro';
import { chartCsv } from '../../../../lib/charts';
import { perIndicator, type Indicator } from '../../../../lib/review';
import { chartQuoteUrl } from '../../../../lib/site';

/** Each indicator's values by year, one a row, with the address of the sentence that states it. */
export const getStaticPaths = perIndicator;

export const GET: APIRoute<{ indicator: Indicator }> = ({ props: { indicator } }) =>
  new Response(chartCsv(indicator.chart.model, chartQuoteUrl(indicator.chart)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
