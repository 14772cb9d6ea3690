/** The score as a table, one article a row, then what each got wrong. */
import { type FolderScore, RECALL_NEEDED } from './index';

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

export function formatScore(score: FolderScore): string {
  const width = Math.max(...score.articles.map((a) => a.name.length), 5);
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(10))).join('  ');
  const out = [row(['article', 'figures', 'recall', 'sections', 'sentences', 'year', 'city', 'reporters'])];
  for (const a of score.articles) {
    const head = (field: string) => (a.head.find((h) => h.field === field)?.right ? 'right' : 'WRONG');
    out.push(
      row([
        a.name,
        `${a.found}/${a.labelled}`,
        percent(a.labelled ? a.found / a.labelled : 1),
        a.sections.right ? 'right' : 'WRONG',
        a.sentences.missing.length ? `${a.sentences.missing.length} lost` : 'all',
        head('year'),
        head('city'),
        head('reporters'),
      ]),
    );
  }
  out.push(row(['total', `${score.found}/${score.labelled}`, percent(score.recall)]));
  for (const a of score.articles) {
    const faults = [
      ...a.head.filter((h) => !h.right).map((h) => `${h.field}: read “${h.read}”, labelled “${h.expected}”`),
      ...(a.sections.right
        ? []
        : [`sections: read [${a.sections.read.join(' | ')}], labelled [${a.sections.expected.join(' | ')}]`]),
      ...a.sentences.missing.map((s) => `not published: “${s}”`),
      ...a.missed.map((f) => `figure not found: ${f.value}${f.unit} in “${f.quote}”`),
    ];
    if (faults.length) out.push('', `${a.name}:`, ...faults.map((f) => `  ${f}`));
  }
  out.push(
    '',
    score.passed
      ? `Passed: recall ${percent(score.recall)} (${percent(RECALL_NEEDED)} needed), every head, section and sentence right.`
      : `Not passed: recall ${percent(score.recall)} (${percent(RECALL_NEEDED)} needed), and every head, section and sentence must be right.`,
  );
  return out.join('\n');
}
