/**
 * Detection at scale, with its baseline measured in the same run.
 *
 *   npm run bench:detect -- [--rows 10000000] [--memory-limit 2GB] [--keep]
 *
 * Generates (once, cached in the system temporary folder) a synthetic export as Parquet with DuckDB itself:
 * `rows` transactions of ordinary monthly life over six months for rows/50 accounts — wages, rent, card
 * purchases, cash — plus the accounts and customers tables. Then, each in a fresh process so that peak
 * memory is its own: (1) a bare DuckDB scan of the transactions file reading every column (the baseline),
 * and (2) `htfds detect` over the same files — loading through the canonical reader and running all rules.
 * Prints the times, the ratio to the bare scan (target: ≤ 10×) and each process's peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const rows = Number(arg('rows', '10000000'));
const memoryLimit = arg('memory-limit', '2GB');
const dir = join(tmpdir(), `htfds-bench-detect-${rows}`);

/** The child processes: one job each, reporting seconds and peak RSS as JSON on stdout. */
async function child(job: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const started = performance.now();
  const result: Record<string, unknown> = {};
  if (job === 'generate') {
    const db = await DuckDBInstance.create(':memory:', { memory_limit: memoryLimit, temp_directory: join(dir, 'spill') });
    const c = await db.connect();
    const accounts = Math.floor(rows / 50);
    // Each account's n-th transaction (n = 0…49) has a fixed kind, so that the data look like ordinary lives.
    await c.run(`COPY (
      WITH r AS (SELECT i, i % ${accounts} AS acct, i // ${accounts} AS n, CAST(hash(i) % 2147483647 AS BIGINT) AS h FROM range(${rows}) t(i))
      SELECT 'T' || i AS transactionId,
        strftime(TIMESTAMP '2026-01-01' + to_seconds(CASE WHEN n < 6 THEN (n * 30 + 24 + h % 3) * 86400 + 32400 + h % 7200
                                                         WHEN n < 12 THEN ((n - 6) * 30 + 1 + h % 3) * 86400 + 36000 + h % 7200
                                                         ELSE (h % 180) * 86400 + 28800 + (h // 180) % 46800 END), '%Y-%m-%dT%H:%M:%S') || '+01:00' AS timestamp,
        CASE WHEN n < 6 THEN 1800 + acct % 3000 WHEN n < 12 THEN 600 + acct % 900 WHEN n < 20 THEN 20 * (1 + h % 10)
             WHEN n < 49 THEN round(3 + (h % 12000) / 100.0, 2) ELSE 50 + h % 800 END AS amount,
        'EUR' AS currency,
        CASE WHEN n < 6 THEN 'E' || (acct % 500) WHEN n = 49 THEN NULL ELSE 'A' || acct END AS fromAccount,
        CASE WHEN n < 6 THEN 'A' || acct WHEN n < 12 THEN 'L' || acct WHEN n < 20 THEN NULL WHEN n = 48 THEN 'A' || ((acct * 7919) % ${accounts})
             WHEN n = 49 THEN 'A' || acct ELSE 'M' || (h % 20000) END AS toAccount,
        CASE WHEN n < 12 THEN 'bankTransferDomestic' WHEN n < 20 THEN 'cashWithdrawal' WHEN n = 48 THEN 'instantP2P'
             WHEN n = 49 THEN 'cashDepositBranch' ELSE 'cardPayment' END AS channel,
        'ES' AS place,
        CASE WHEN n < 6 THEN 'employer' WHEN n < 12 THEN 'landlord' END AS counterpartyType,
        CASE WHEN n < 6 THEN 'wageSalary' WHEN n < 12 THEN 'rentResidential' END AS purpose,
        CASE WHEN n BETWEEN 20 AND 47 THEN ['5411', '5812', '5814', '5541', '5912', '5311', '5651', '4111'][1 + h % 8] END AS merchantCategory,
        CAST(NULL AS VARCHAR) AS paymentReference,
        CASE WHEN n BETWEEN 12 AND 19 THEN 'ATM' || (h % 3000) WHEN n = 49 THEN 'BR' || (acct % 800) END AS terminalId,
        CAST(NULL AS VARCHAR) AS description
      FROM r) TO '${join(dir, 'transactions.parquet')}' (FORMAT parquet, ROW_GROUP_SIZE 122880)`);
    await c.run(`COPY (SELECT 'A' || i AS accountId, 'C' || i AS customerId, DATE '2015-01-01' + CAST(i % 3500 AS INTEGER) AS openedDate, 'currentAccount' AS accountType, 'ES' AS country FROM range(${accounts}) t(i)
      UNION ALL SELECT 'E' || i, 'B' || i, DATE '2010-01-01', 'businessAccount', 'ES' FROM range(500) t(i)) TO '${join(dir, 'accounts.parquet')}' (FORMAT parquet)`);
    await c.run(`COPY (SELECT 'C' || i AS customerId, 'individual' AS customerType, 1950 + i % 50 AS birthYear, md5('a' || (i - i % 2)) AS addressHash, md5('p' || i) AS phoneHash, md5('d' || i) AS deviceHash, 'B' || (i % 500) AS employerId FROM range(${accounts}) t(i)
      UNION ALL SELECT 'B' || i, 'business', NULL, md5('b' || i), md5('bp' || i), md5('bd' || i), NULL FROM range(500) t(i)) TO '${join(dir, 'customers.parquet')}' (FORMAT parquet)`);
    c.closeSync();
    db.closeSync();
  } else if (job === 'scan') {
    const db = await DuckDBInstance.create(':memory:', { memory_limit: memoryLimit });
    const c = await db.connect();
    const columns = ['transactionId', 'timestamp', 'currency', 'fromAccount', 'toAccount', 'channel', 'place', 'counterpartyType', 'purpose', 'merchantCategory', 'paymentReference', 'terminalId', 'description'];
    const r = await c.runAndReadAll(`SELECT COUNT(*) AS n, SUM(amount) AS total, ${columns.map((col) => `MAX("${col}")`).join(', ')} FROM read_parquet('${join(dir, 'transactions.parquet')}')`);
    result.rows = Number(r.getRowObjectsJson()[0]!.n);
    c.closeSync();
    db.closeSync();
  } else if (job === 'detect') {
    const { detect } = await import('../src/detect/detect.js');
    const phases: Record<string, number> = {};
    let mark = performance.now();
    const run = await detect({
      inputs: [dir],
      memoryLimit,
      tempDir: dir,
      onLoaded: () => {
        phases.load = (performance.now() - mark) / 1000;
        mark = performance.now();
      },
    });
    phases.rules = (performance.now() - mark) / 1000;
    result.phases = phases;
    result.alerts = run.outcomes.reduce((n, o) => n + o.detections.length, 0);
    result.errors = run.outcomes.filter((o) => o.error).map((o) => o.error);
    result.perRule = Object.fromEntries(run.outcomes.map((o) => [o.rule.id, Number(o.seconds.toFixed(2))]));
    result.rows = run.loaded.rows.transactions;
    run.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

function runChild(job: string): Record<string, any> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/detect.ts', '--child', job, '--rows', String(rows), '--memory-limit', memoryLimit], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}

const job = arg('child', '');
if (job) await child(job);
else {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'transactions.parquet'))) {
    console.log(`generating ${rows.toLocaleString('en')} synthetic transactions with DuckDB into ${dir} …`);
    const g = runChild('generate');
    console.log(`  generated in ${g.seconds.toFixed(1)} s`);
  }
  const size = Number(execFileSync('du', ['-sm', join(dir, 'transactions.parquet')], { encoding: 'utf8' }).split('\t')[0]);
  console.log(`input: ${rows.toLocaleString('en')} transactions, ${size} MB of Parquet; DuckDB memory limit ${memoryLimit}; node ${process.version}\n`);
  const scan = runChild('scan');
  const run = runChild('detect');
  const ratio = (s: number) => `${(s / scan.seconds).toFixed(1)}×`;
  console.log(`bare DuckDB scan of every column   ${scan.seconds.toFixed(2)} s   peak RSS ${scan.peakRssMb.toFixed(0)} MB`);
  console.log(`htfds detect, all ${Object.keys(run.perRule).length} rules             ${run.seconds.toFixed(2)} s   peak RSS ${run.peakRssMb.toFixed(0)} MB   ${ratio(run.seconds)} the bare scan (target ≤ 10×)`);
  console.log(`  loading (canonical reader)         ${run.phases.load.toFixed(2)} s   ${ratio(run.phases.load)}`);
  console.log(`  running the rules                  ${run.phases.rules.toFixed(2)} s   ${ratio(run.phases.rules)}`);
  console.log(`  alerts ${run.alerts}; rules that could not run: ${run.errors.length ? run.errors.join('; ') : 'none'}`);
  console.log(`\nper rule (s): ${Object.entries(run.perRule).map(([id, s]) => `${id} ${s}`).join(', ')}`);
  if (process.argv.includes('--keep')) console.log(`\nfiles kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
