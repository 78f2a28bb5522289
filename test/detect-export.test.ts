/**
 * The export reader: the same synthetic data (hand-made fixtures, test/helpers/detect-data.ts) as CSV, NDJSON
 * and Parquet give the same alerts; malformed rows are counted and named by file and column, never by value.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, test } from 'vitest';
import { detect } from '../src/detect/detect.js';
import { DetectError } from '../src/detect/detect-error.js';
import { dataset, planters, writeDataset } from './helpers/detect-data.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-detect-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = dataset(31, { customers: 120, months: 4, plant: ['funnelAccount', 'payrollToController', 'sexBuyerPayments'] as (keyof typeof planters)[] });

async function alertsOf(inputs: string[]) {
  const run = await detect({ inputs, memoryLimit: '512MB' });
  run.close();
  return { findings: run.loaded.findings, rows: run.loaded.rows, alerts: run.outcomes.flatMap((o) => o.detections.map((d) => `${o.rule.id} ${d.subject} ${d.transactions.length}`)).sort() };
}

describe('the export reader', () => {
  test('CSV, NDJSON and Parquet give the same alerts', async () => {
    const csv = writeDataset(join(dir, 'csv'), data, 'csv');
    const ndjson = writeDataset(join(dir, 'ndjson'), data, 'ndjson');
    const parquet = join(dir, 'parquet');
    mkdirSync(parquet);
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    for (const t of ['transactions', 'accounts', 'customers']) await c.run(`COPY (SELECT * FROM read_csv('${join(csv, `${t}.csv`)}', all_varchar = true)) TO '${join(parquet, `${t}-part-0.parquet`)}' (FORMAT parquet)`);
    c.closeSync();
    db.closeSync();
    const fromCsv = await alertsOf([csv]);
    expect(fromCsv.alerts.length).toBeGreaterThan(5);
    expect(fromCsv.findings).toEqual([]);
    expect(await alertsOf([ndjson])).toEqual(fromCsv);
    expect(await alertsOf([parquet])).toEqual(fromCsv);
  });

  test('files given one by one are read like the folder', async () => {
    const csv = join(dir, 'csv');
    expect((await alertsOf(['transactions', 'accounts', 'customers'].map((t) => join(csv, `${t}.csv`)))).alerts).toEqual((await alertsOf([csv])).alerts);
  });

  test('rows without a valid timestamp or amount are counted, named by file and column, and left out', async () => {
    const d = writeDataset(join(dir, 'bad-rows'), data);
    const file = join(d, 'transactions.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Line 2: a timestamp without its UTC offset; line 3: a negative amount; line 4: a thousands separator.
    lines[1] = lines[1]!.replace(/,(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+01:00,/, ',$1,');
    lines[2] = lines[2]!.replace(/,(\d+\.\d\d),USD,/, ',-$1,USD,');
    lines[3] = lines[3]!.replace(/,(\d+\.\d\d),USD,/, ',"1,234.00",USD,');
    writeFileSync(file, lines.join('\n'));
    const { findings, rows } = await alertsOf([d]);
    expect(rows.transactions).toBe(data.transactions.length - 3);
    expect(findings.map((f) => f.message)).toEqual([
      `${file}: 1 row(s) without an ISO 8601 date and time with its UTC offset, e.g. 2026-03-01T23:15:00+01:00 in timestamp; left out`,
      `${file}: 2 row(s) without a number of 0 or more, with a decimal point and no thousands separator in amount; left out`,
    ]);
  });

  test('a memory limit that is not a size is refused before anything is read', async () => {
    await expect(detect({ inputs: [join(dir, 'csv')], memoryLimit: 'lots' })).rejects.toThrow(DetectError);
  });

  test('a data file that fits no table is an error, not skipped', async () => {
    const d = writeDataset(join(dir, 'stray'), data);
    writeFileSync(join(d, 'notes.csv'), 'a,b\n1,2\n');
    await expect(detect({ inputs: [d], memoryLimit: '512MB' })).rejects.toThrow(/notes\.csv: the name does not say which table it holds/);
  });
});
