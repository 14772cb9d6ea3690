// `npm run bench:bytes [-- --no-build]`: what each page costs a reader in
// bytes, gzip and brotli, measured in a real browser at phone size (how:
// scripts/bench/bytes.mjs). Builds the site first unless --no-build (then it
// measures the build in OUT_DIR or dist/). Fails (exit 1) when a budget is
// exceeded; the budgets are in gzip bytes. Bytes only: timings vary from
// machine to machine and are not measured here (npm run bench does).
// Writes bench-results/bytes.json.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { BUDGETS, budgetFailures, WITHIN_BUDGET } from './bench/budgets.mjs';
import { measureBytes } from './bench/bytes.mjs';
import { kb } from './bench/sizes.mjs';
import { outDir } from '../src/lib/site-env.mjs';
import { bytesKindRows } from './bench/tables.mjs';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const report = await measureBytes({ outDir: outDir() });

const { width, height } = report.viewport;
console.log(
  `\nBytes of the ${report.results.length} pages by kind (least – most), gzip (gz) and brotli (br), images as served, at ${width}×${height} on a network Chromium takes for ${report.connection}; each page in bench-results/bytes.json:`,
);
console.table(bytesKindRows(report));

console.log(
  `Chart code loaded near a chart: ${kb(report.chartCode)} gzip, ${kb(report.chartCodeBrotli)} brotli, in ${report.chartFiles.length} file(s)`,
);
for (const { file, bytes, brotli } of report.chartFiles)
  console.log(`  ${file}: ${kb(bytes)} gzip, ${kb(brotli)} brotli`);

const { firstSearch } = report;
console.log(
  `First search (${decodeURIComponent(firstSearch.path)}): until the first results show (page, code, the first review's index) ${kb(firstSearch.bytes)} gzip, ${kb(firstSearch.brotli)} brotli; until all ${firstSearch.reviews} reviews' have, ${kb(firstSearch.all.bytes)} gzip, ${kb(firstSearch.all.brotli)} brotli`,
);

await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bytes.json', `${JSON.stringify({ budgets: BUDGETS, ...report }, null, 2)}\n`);

const failures = budgetFailures(report);
if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n${WITHIN_BUDGET}`);
