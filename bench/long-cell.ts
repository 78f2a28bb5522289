/**
 * Import time against the length of one cell, in a CSV package and in a workbook: a summary cell of two sizes
 * (default 4 and 16 MB; `--mb 15,60` for the 60 MB of issue 12). Linear means 4× the text takes about 4× the
 * time; building the text a character at a time, or scanning it again per chunk, would take about 16×.
 * Baseline, in the same run: reading the same file's bytes and decoding them as UTF-8.
 *
 *   npx tsx bench/long-cell.ts [--mb 4,16]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateImported } from '../src/cli/import-command.js';
import type { ImportedRecord } from '../src/io/imported-record.js';
import { exportCsvPackage } from '../src/tabular/export-tabular.js';
import { importCsvPackage, importWorkbook } from '../src/tabular/import-tabular.js';
import { rowsOf, writeFilledWorkbook } from '../test/helpers/filled-workbook.js';
import { longText } from '../test/helpers/long-text.js';

const sizes = (process.argv.includes('--mb') ? process.argv[process.argv.indexOf('--mb') + 1]! : '4,16').split(',').map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'htfds-long-bench-'));
const report = { ...(JSON.parse(readFileSync('examples/minimal.json', 'utf8')) as Record<string, unknown>), narrativeSummary: 'short', narrativeRedacted: true };

async function timed(read: () => AsyncIterable<ImportedRecord>): Promise<{ seconds: number; codes: string[] }> {
  const start = process.hrtime.bigint();
  const codes: string[] = [];
  for await (const imported of read()) codes.push(...validateImported(imported).all.map((f) => f.code));
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, codes };
}

const seconds = (s: number) => `${s.toFixed(2)} s`;
console.log('| cell | CSV package import | workbook import | workbook bytes read + decoded (baseline) |');
console.log('|---:|---:|---:|---:|');
const rows: { csv: number; xlsx: number }[] = [];
for (const mb of sizes) {
  const text = longText(mb * 1024 * 1024);
  const folder = join(scratch, `csv-${mb}`);
  mkdirSync(folder);
  for (const f of exportCsvPackage([report])) writeFileSync(join(folder, f.path), f.path === 'case.csv' ? f.content.replace('short', `"${text.replaceAll('"', '""')}"`) : f.content);
  const file = join(scratch, `long-${mb}.xlsx`);
  const table = rowsOf(report);
  await writeFilledWorkbook(file, { ...table, case: [{ ...table.case![0], narrativeSummary: text }] });
  const csv = await timed(() => importCsvPackage(folder));
  const xlsx = await timed(() => importWorkbook(file));
  for (const codes of [csv.codes, xlsx.codes]) if (codes.join() !== 'too-long') throw new Error(`expected one too-long finding, got ${codes.join(', ')}`);
  const start = process.hrtime.bigint();
  new TextDecoder().decode(readFileSync(file));
  const baseline = Number(process.hrtime.bigint() - start) / 1e9;
  rows.push({ csv: csv.seconds, xlsx: xlsx.seconds });
  console.log(`| ${mb} MB | ${seconds(csv.seconds)} | ${seconds(xlsx.seconds)} | ${seconds(baseline)} |`);
}
if (rows.length === 2) {
  const k = sizes[1]! / sizes[0]!;
  console.log(`\n${k}× the text: CSV ${(rows[1]!.csv / rows[0]!.csv).toFixed(1)}×, workbook ${(rows[1]!.xlsx / rows[0]!.xlsx).toFixed(1)}× the time (linear: about ${k}×).`);
}
rmSync(scratch, { recursive: true, force: true });
