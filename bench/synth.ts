/**
 * `htfds synth` at scale: rows per second and peak memory, beside a baseline in the same run.
 *
 *   npm run bench:synth -- [--customers 20000] [--months 6]
 *
 * Each measurement runs in its own process (peak RSS of that process):
 *   - baseline: writing the same number of fixed transaction rows through the same streaming CSV writer (the
 *     least any generator must pay for its output);
 *   - synth at a quarter of the population, and at the full population: if writing streams, peak memory
 *     stays about the same while the output grows fourfold.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../src/detect/package-root.js';
import { synthesise } from '../src/synth/synthesise.js';
import { TableWriter } from '../src/synth/table-writer.js';
import { loadBackground, loadTypologies } from '../src/synth/typology.js';
import type { TransactionRow } from '../src/synth/rows.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};

interface Measurement {
  seconds: number;
  transactions: number;
  maxRssMb: number;
}

async function child(mode: string, customers: number, months: number, rows: number, outDir: string): Promise<Measurement> {
  const start = process.hrtime.bigint();
  let transactions = rows;
  if (mode === 'baseline') {
    const writer = new TableWriter<TransactionRow>(join(outDir, 'transactions.csv'), ['transactionId', 'timestamp', 'amount', 'currency', 'fromAccount', 'toAccount', 'channel', 'place', 'counterpartyType', 'purpose', 'merchantCategory', 'paymentReference', 'terminalId', 'description'], 'csv');
    const row: TransactionRow = { transactionId: 'TX0123456789ab', timestamp: '2026-01-02T08:52:04+01:00', amount: '25.84', currency: 'EUR', fromAccount: 'AC979237855820', toAccount: 'MRbce8caf8e564', channel: 'cardPayment', place: 'ES', counterpartyType: '', purpose: '', merchantCategory: '5814', paymentReference: '', terminalId: 'MRbce8caf8e564', description: 'Fast food' };
    for (let i = 0; i < rows; i++) await writer.write(row);
    await writer.close();
  } else {
    const dir = packagePath('schema', 'typologies');
    const all = loadTypologies(dir);
    const summary = await synthesise({ outDir, seed: 'bench', customers, months, start: '2026-01-01', country: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR', rate: 0.01, typologies: all.filter((t) => !t.benign), lookalikeRate: 0.01, lookalikes: all.filter((t) => t.benign), background: loadBackground(dir), format: 'csv', dataPackage: packagePath('schema', 'transaction-export', 'datapackage.json') });
    transactions = summary.transactions;
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, transactions, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[2] === '--child') {
  const [, , , mode, customers, months, rows, outDir] = process.argv;
  console.log(JSON.stringify(await child(mode!, Number(customers), Number(months), Number(rows), outDir!)));
} else {
  const customers = Number(arg('customers', '20000'));
  const months = Number(arg('months', '6'));
  const run = promisify(execFile);
  const root = mkdtempSync(join(tmpdir(), 'htfds-bench-synth-'));
  const measure = async (mode: string, n: number, rows = 0): Promise<Measurement> => {
    const out = join(root, `${mode}-${n}`);
    mkdirSync(out);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, String(n), String(months), String(rows), out], { maxBuffer: 1 << 20 });
    rmSync(out, { recursive: true, force: true });
    return JSON.parse(stdout) as Measurement;
  };
  try {
    const quarter = await measure('synth', Math.ceil(customers / 4));
    const full = await measure('synth', customers);
    const baseline = await measure('baseline', 0, full.transactions);
    const line = (name: string, m: Measurement) => console.log(`${name.padEnd(34)} ${String(m.transactions).padStart(10)} rows ${m.seconds.toFixed(1).padStart(7)} s ${Math.round(m.transactions / m.seconds).toLocaleString('en').padStart(10)} rows/s  peak RSS ${m.maxRssMb.toFixed(0).padStart(5)} MB`);
    console.log(`htfds synth, ${months} months, rate 0.01, look-alike rate 0.01, CSV (node ${process.version})`);
    line('baseline: fixed rows, same writer', baseline);
    line(`synth ${Math.ceil(customers / 4)} customers`, quarter);
    line(`synth ${customers} customers`, full);
    console.log(`time against the bare writer: ${(full.seconds / baseline.seconds).toFixed(1)}x; peak memory at 4x the rows: ${(full.maxRssMb / quarter.maxRssMb).toFixed(2)}x`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
