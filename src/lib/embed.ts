/**
 * Charts framed by other sites: the code a newsroom pastes into its page,
 * and the message by which a framed chart tells that page its height
 * (src/scripts/embed-page.ts sends it, src/scripts/embed-resize.ts, served
 * at /embed.js, acts on it), as Datawrapper's and Flourish's embeds do.
 */
import { chartHeight } from './charts/layout';
import type { ChartModel } from './charts/model';

/** The key of the message a framed chart posts to the page around it; its value is the height in CSS pixels. */
export const HEIGHT_MESSAGE = 'review-embed-height';

/**
 * Room for what a framed chart shows around its picture on a phone (title,
 * summary, the table's toggle, source and credit, about two lines each), so
 * a page without the sizing script still shows it whole.
 */
const AROUND_THE_PICTURE = 300;

/** The height the code gives a chart's frame before the script sizes it. */
export function embedHeight(model: ChartModel): number {
  return chartHeight(model) + AROUND_THE_PICTURE;
}

const attribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The code to paste: the frame, titled for screen readers, as wide as its
 * column, loaded when the reader nears it, without a border (frameborder,
 * not a style attribute, which a strict policy of the framing page would
 * refuse); then the script that sizes it.
 */
export function embedCode({
  src,
  title,
  height,
  script,
}: {
  src: string;
  title: string;
  height: number;
  script: string;
}) {
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>`,
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n');
}
