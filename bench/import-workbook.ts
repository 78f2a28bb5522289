/**
 * Importing a large filled workbook: time and peak memory, beside ExcelJS reading the same file, in one run.
 *
 *   npm run bench:import -- [--transactions 50000] [--runs 3]
 *
 * The workbook is made by `htfds export` from a synthetic report (the construction example) given that many
 * transactions, each with date, amount, currency, parties, method, purpose, counterparty and evidence filled.
 * Each measurement runs in its own process (fastest of the runs; peak RSS of that process):
 *   - ExcelJS streaming reader, every row, nothing done with it (baseline: the least a reader must do);
 *   - ExcelJS whole-workbook load (baseline: the usual way to read with ExcelJS), given 120 s;
 *   - our reader alone (zip checks, inflating, scanning sheets into cells);
 *   - the whole import: reader, rows into the report, validation with every finding placed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { currentLayout } from '../src/tabular/current-layout.js';
import { exportWorkbook } from '../src/tabular/export-tabular.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';

const run = promisify(execFile);
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const count = Number(arg('transactions', '50000'));
const runs = Number(arg('runs', '3'));

const report = JSON.parse(readFileSync('examples/construction-debt-bondage.json', 'utf8')) as Record<string, unknown>;
const accounts = (report.accounts as { id: string }[]).map((a) => a.id);
// Codes come from the code lists themselves, so the benchmark follows the schema.
const codes = (list: string) => currentLayout.lists.find((l) => l.name === list)!.entries.map((e) => e.code).slice(0, 5);
const [methods, purposes, directions, counterparties] = ['paymentMethod', 'transactionPurpose', 'directionRelativeToVictim', 'counterpartyType'].map(codes) as [string[], string[], string[], string[]];
report.transactions = Array.from({ length: count }, (_, i) => ({
  id: `T${i + 1}`,
  date: new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10),
  isAggregate: false,
  amount: { amount: 50 + (i % 997) + (i % 7) / 4, currency: 'GBP', isEstimate: i % 5 === 0, period: 'perTransaction' },
  fromRef: accounts[i % accounts.length],
  toRef: accounts[(i + 1) % accounts.length],
  directionRelativeToVictim: directions[i % directions.length],
  method: methods[i % methods.length],
  purpose: purposes[i % purposes.length],
  counterpartyType: counterparties[i % counterparties.length],
  counterpartyCountry: 'GB',
  crossBorder: false,
  evidenceBasis: ['fiRecords'],
}));
const errors = validateCaseReport(report).filter((f) => f.severity === 'error');
if (errors.length > 0) throw new Error(`the benchmark report is invalid: ${JSON.stringify(errors.slice(0, 3))}`);

const scratch = mkdtempSync(join(tmpdir(), 'htfds-bench-import-'));
const file = join(scratch, 'transactions.xlsx');
const exportStart = process.hrtime.bigint();
writeFileSync(file, await exportWorkbook([report]));
const exportSeconds = Number(process.hrtime.bigint() - exportStart) / 1e9;
console.log(`input: 1 report with ${count} transactions, exported to a ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB workbook in ${exportSeconds.toFixed(1)} s; node ${process.version}; fastest of ${runs} runs, each in its own process\n`);

interface Probe {
  seconds: number;
  maxRssKb: number;
  rows: number;
}
async function probe(mode: string, timeoutMs = 600_000): Promise<Probe | string> {
  let best: Probe | undefined;
  for (let i = 0; i < runs; i++) {
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/import-probe.ts', mode, file], { timeout: timeoutMs, maxBuffer: 1 << 20 });
      const p = JSON.parse(stdout.trim().split('\n').at(-1)!) as Probe;
      if (!best || p.seconds < best.seconds) best = p;
    } catch (error) {
      const e = error as { killed?: boolean; signal?: string; stderr?: string };
      return e.killed ? `did not finish within ${timeoutMs / 1000} s` : `failed: ${(e.stderr ?? String(error)).trim().split('\n').filter(Boolean).at(-1)}`;
    }
  }
  return best!;
}

const results: [string, Probe | string][] = [
  ['ExcelJS streaming reader, rows only (baseline)', await probe('exceljs-stream')],
  ['ExcelJS workbook load (baseline)', await probe('exceljs-load', 120_000)],
  ['htfds reader: zip checks + sheets into cells', await probe('read')],
  ['htfds import: read + rows into report + validate', await probe('import')],
];
const baseline = results[0]![1];
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('', 52)}${'seconds'.padStart(9)}${'× baseline'.padStart(12)}${'peak RSS MB'.padStart(13)}`);
for (const [name, r] of results) {
  if (typeof r === 'string') console.log(`${pad(name, 52)}  ${r}`);
  else console.log(`${pad(name, 52)}${r.seconds.toFixed(2).padStart(9)}${(typeof baseline === 'string' ? '–' : (r.seconds / baseline.seconds).toFixed(2)).padStart(12)}${(r.maxRssKb / 1024).toFixed(0).padStart(13)}`);
}
rmSync(scratch, { recursive: true, force: true });
