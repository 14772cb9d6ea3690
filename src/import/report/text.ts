/** The report as an editor reads it in the terminal. */
import type { FigureReport, ImportReport } from './index';

const q = (s: string) => `“${s}”`;
const at = (line?: number) => (line ? `line ${line}: ` : '');

function lines(list: number[]): string {
  if (list.length === 0) return 'the whole file';
  const shown = list.slice(0, 12).join(', ');
  return `line${list.length > 1 ? 's' : ''} ${shown}${list.length > 12 ? ` and ${list.length - 12} more` : ''}`;
}

function figureLine(f: FigureReport): string {
  const hedge = f.qualifier ? ` ${f.qualifier}` : '';
  const unit = f.unit ? ` ${f.unit}` : '';
  const rank = f.kind === 'rank' ? ` among ${q(f.peers ?? '')}${f.outOf ? ` (of ${f.outOf})` : ''}` : '';
  const star = f.featured ? ' [featured]' : '';
  return `    ${f.id}: ${f.kind} ${f.value}${unit}${hedge}${rank}${star} — ${q(f.quote)} (line ${f.line})`;
}

export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const r = report.review;
  out.push(`Import of ${report.input}`);
  out.push(`  read as ${report.encoding}, ${report.lineEndings} line endings`);
  out.push('');
  out.push('The review');
  out.push(`  series:   ${r.series ?? 'none'}`);
  out.push(`  title:    ${r.title}`);
  out.push(`  subtitle: ${r.subtitle ?? 'none'}`);
  out.push(`  city: ${r.city}   year: ${r.year}   reporter: ${r.reporter}   slug: ${r.slug}`);
  out.push(`  opening:  ${r.opening}`);
  out.push('');
  const figures = report.sections.reduce((n, s) => n + s.figures.length, 0);
  const topics = report.sections.reduce((n, s) => n + s.topics.length, 0);
  out.push(`Sections: ${report.sections.length}, topics: ${topics}, figures: ${figures}`);
  for (const s of report.sections) {
    out.push('');
    out.push(`  ${s.order}. ${s.file}  /${s.slug}/${s.line ? `  (heading on line ${s.line})` : ''}`);
    if (s.printed) out.push(`     printed:  ${s.printed}`);
    out.push(`     title:    ${s.title}`);
    out.push(`     headline: ${s.headline}`);
    out.push(`     byline:   ${s.byline}`);
    out.push(`     topics: ${s.topics.length ? s.topics.map((t) => `${t.lead} (#${t.id})`).join(' ') : 'none'}`);
    out.push(`     figures: ${s.figures.length}`);
    for (const f of s.figures) {
      out.push(figureLine(f));
      out.push(`      label ${q(f.label)}; sentence ${q(f.sentence)}`);
      if (f.note) out.push(`      check: ${f.note}`);
    }
    for (const c of s.charts) out.push(`     chart ${c.id} (${c.type}): ${c.figures.join(', ')}`);
  }
  if (report.overviewCharts.length) {
    out.push('');
    out.push('Charts on the overview (review.yaml)');
    for (const c of report.overviewCharts) out.push(`  ${c.id} (${c.type}): ${c.figures.join(', ')}`);
  }
  out.push('');
  out.push(
    `Numbers in the text not made figures: ${report.unused.length} (promote any by adding it to figures and marking its phrase with <Fig>)`,
  );
  for (const u of report.unused) {
    out.push(`  line ${u.line} ${q(u.text)}: ${u.reason}${u.context === u.text ? '' : ` — in ${q(u.context)}`}`);
  }
  out.push('');
  out.push(report.normalisations.length ? 'Normalisations:' : 'Normalisations: none');
  for (const c of report.normalisations) {
    out.push(`  ${c.what}: ${q(c.from)} → ${q(c.to)}, ${c.count} time${c.count > 1 ? 's' : ''}, ${lines(c.lines)}`);
  }
  out.push('');
  const noted = report.sections.flatMap((s) => s.figures.filter((f) => f.note).map((f) => f.id));
  out.push(report.check.length || noted.length ? 'Check these:' : 'Check these: nothing');
  for (const n of report.check) out.push(`  ${at(n.line)}${n.message}`);
  if (noted.length) out.push(`  the figures marked “check:” above: ${noted.join(', ')}`);
  out.push('  every figure, topic and chart above is a proposal: delete or change what is not wanted');
  out.push('');
  out.push(`Files: ${report.files.join(', ')}`);
  return out.join('\n');
}
