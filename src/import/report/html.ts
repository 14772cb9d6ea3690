/**
 * The report as a page to look at, one self-contained HTML file (its CSS
 * inline, no script, nothing fetched): Check these at the top, the head and
 * sections as read, then the article as imported, line by line, with every
 * figure highlighted where it stands (its kind, value, unit and id on hover
 * or keyboard focus) and every number not made a figure marked, with why.
 */
import { STYLE } from './html-style';
import type { FigureReport, ImportReport, UnusedReport } from './index';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const zh = (text: string) => `<span lang="zh-CN">${escape(text)}</span>`;
const at = (line?: number) => (line ? `<a href="#L${line}">line ${line}</a>: ` : '');

const KINDS = ['growth', 'count', 'share', 'rate', 'rank'] as const;

interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
}

function figureSpan(f: FigureReport): Span {
  const hedge = f.qualifier ? ` (${f.qualifier})` : '';
  const among = f.kind === 'rank' ? ` among ${zh(f.peers ?? '')}${f.outOf ? ` of ${f.outOf}` : ''}` : '';
  const details = [
    `<b>${f.kind}</b> ${f.value}${f.unit ? ` ${zh(f.unit)}` : ''}${hedge}${among}`,
    `id <code>${escape(f.id)}</code>`,
    `label ${zh(f.label)}`,
    ...(f.featured ? ['featured'] : []),
    ...(f.note ? [`check: ${escape(f.note)}`] : []),
  ].join(' · ');
  return {
    start: f.column,
    end: f.column + f.quote.length,
    open: `<mark class="fig ${f.kind}" tabindex="0" data-figure="${escape(f.id)}" aria-describedby="tip-${escape(f.id)}">`,
    close: `<span class="tip" role="tooltip" id="tip-${escape(f.id)}" lang="en">Figure: ${details}</span></mark>`,
  };
}

function unusedSpan(u: UnusedReport, n: number): Span {
  return {
    start: u.column,
    end: u.column + u.text.length,
    open: `<span class="num" tabindex="0" data-unused="${n}" aria-describedby="num-${n}">`,
    close: `<span class="tip" role="tooltip" id="num-${n}" lang="en">Not a figure: ${escape(u.reason)}</span></span>`,
  };
}

/** A line's text with its spans marked; a number inside a figure's quote nests in it, one running past it stops at its end. */
function marked(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  const open: Span[] = [];
  const closeUntil = (position: number) => {
    while (open.length && (open.at(-1) as Span).end <= position) {
      const span = open.pop() as Span;
      out += escape(text.slice(at, span.end)) + span.close;
      at = span.end;
    }
  };
  for (const span of sorted) {
    closeUntil(span.start);
    const outer = open.at(-1);
    const end = outer ? Math.min(span.end, outer.end) : span.end;
    out += escape(text.slice(at, span.start)) + span.open;
    at = span.start;
    open.push({ ...span, end });
  }
  closeUntil(Infinity);
  return out + escape(text.slice(at));
}

function checkList(report: ImportReport): string {
  const noted = report.sections.flatMap((s) => s.figures.filter((f) => f.note));
  const items = [
    ...report.check.map((n) => `<li>${at(n.line)}${escape(n.message)}</li>`),
    ...noted.map(
      (f) => `<li>${at(f.line)}figure <code>${escape(f.id)}</code> ${zh(f.quote)}: ${escape(f.note ?? '')}</li>`,
    ),
    '<li>every figure, topic and chart is a proposal: delete or change what is not wanted</li>',
  ];
  return `<ol class="check">${items.join('')}</ol>`;
}

function headList(report: ImportReport): string {
  const r = report.review;
  const rows: [string, string | undefined][] = [
    ['series', r.series],
    ['title', r.title],
    ['subtitle', r.subtitle],
    ['city', r.city],
    ['year', String(r.year)],
    ['reporter', r.reporter],
    ['slug', r.slug],
  ];
  return `<dl class="head">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v ? zh(v) : 'none'}</dd>`).join('')}</dl>`;
}

function sectionList(report: ImportReport): string {
  const items = report.sections.map((s) => {
    const printed = s.printed ? `${at(s.line)}${zh(s.printed)}` : 'no heading';
    const kicker = s.title === s.headline ? '' : `kicker ${zh(s.title)} · `;
    return `<li>${printed}<br><span class="meta">${kicker}headline ${zh(s.headline)} · byline ${zh(s.byline)} · ${s.figures.length} figures · <code>${escape(s.file)}</code></span></li>`;
  });
  return `<ol class="sections">${items.join('')}</ol>`;
}

function legend(): string {
  const keys = KINDS.map((k) => `<li><span class="key ${k}" aria-hidden="true"></span>${k}</li>`);
  return `<ul class="legend">${keys.join('')}<li><span class="key unused" aria-hidden="true"></span>a number not made a figure</li></ul>`;
}

function articleList(report: ImportReport): string {
  const figures = report.sections.flatMap((s) => s.figures);
  const leads = new Map(report.sections.flatMap((s) => s.topics.map((t) => [t.line, t.lead] as const)));
  const role = {
    head: 'head',
    page: 'web page, not published',
    heading: 'heading',
    byline: 'byline',
    text: '',
  } as const;
  const items = report.article.map(({ line, text, role: read }) => {
    const spans = [
      ...figures.filter((f) => f.line === line).map(figureSpan),
      ...report.unused.flatMap((u, n) => (u.line === line ? [unusedSpan(u, n)] : [])),
    ];
    const lead = leads.get(line);
    const from = lead ? text.indexOf(lead) : -1;
    if (lead && from >= 0)
      spans.push({ start: from, end: from + lead.length, open: '<span class="lead">', close: '</span>' });
    const tag = role[read] ? `<span class="role" lang="en">${role[read]}</span>` : '';
    return `<li id="L${line}" class="${read}"><a href="#L${line}" aria-label="line ${line}">${line}</a><p>${tag}<span lang="zh-CN">${marked(text, spans)}</span></p></li>`;
  });
  return `<ol class="article">${items.join('')}</ol>`;
}

/** The page, as one string. */
export function htmlReport(report: ImportReport): string {
  const figures = report.sections.reduce((n, s) => n + s.figures.length, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Import report: ${escape(report.review.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Import of <span lang="zh-CN">${escape(report.input)}</span></h1>
<p class="meta">read as ${escape(report.encoding)}, ${escape(report.lineEndings)} line endings · ${report.sections.length} sections · ${figures} figures · ${report.unused.length} numbers not made figures</p>
</header>
<main>
<h2 id="check">Check these</h2>
${checkList(report)}
<h2 id="head">The review as read</h2>
${headList(report)}
<h2 id="sections">Sections as read</h2>
${sectionList(report)}
<h2 id="article">The article as imported</h2>
<p>Every figure is highlighted where it stands, every number not made a figure is underlined: point at one, or move to it with Tab, to see what the importer made of it.</p>
${legend()}
${articleList(report)}
</main>
</body>
</html>
`;
}
