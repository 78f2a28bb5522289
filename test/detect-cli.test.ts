/**
 * `htfds detect` and `htfds evaluate` as a user runs them (a real process, real DuckDB, real files): exit
 * codes, one-line errors naming the file, the mapping key or the rule, and never the content of a row.
 * Data are hand-made synthetic fixtures (test/helpers/detect-data.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_RULES_DIR } from '../src/detect/detect.js';
import { dataset, planters, writeDataset } from './helpers/detect-data.js';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-detect-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = (name: string) => {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
};
const SIZE = { customers: 150, months: 4 };
const planted = dataset(21, { ...SIZE, plant: Object.keys(planters) as (keyof typeof planters)[] });
let plantedDir: string;
beforeAll(() => {
  plantedDir = writeDataset(folder('planted'), planted, 'csv', ['transactions', 'accounts', 'customers', 'truth']);
});

/** One line on stderr, exit 2. */
const expectUnusable = (r: { code: number; stderr: string }, message: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};

describe('htfds detect', () => {
  test('writes alerts as NDJSON and a summary per rule, exit 1 when alerts were raised', async () => {
    const r = await htfds('detect', plantedDir, '--memory-limit', '512MB');
    expect(r.code).toBe(1);
    const alerts = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(new Set(alerts.map((a) => a.payload.detection.rule)).size).toBe(19);
    expect(alerts.every((a) => a.headers.recordType === 'indicatorAlert' && a.payload.observation.status === 'suspected')).toBe(true);
    for (const id of ['FINCEN-HS14-S07', 'FATF-HT18-01', 'AUSTRAC-FSS22-C06', 'FATF-HT18-15', 'MC-MST-SCAM-T01']) expect(r.stderr).toMatch(new RegExp(`^${id}\\s+\\d+ alert`, 'm'));
    // Rules on unverified indicators are marked in the summary too.
    expect(r.stderr).toMatch(/^FATF-HT18-08\s.*UNVERIFIED indicator$/m);
  });

  test('exit 0 and no alerts on ordinary activity; --out writes the file', async () => {
    const quiet = writeDataset(folder('quiet'), dataset(22, SIZE));
    const out = join(dir, 'alerts.ndjson');
    const r = await htfds('detect', quiet, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('');
    expect(r.stderr).toMatch(/^0 alert\(s\) from 19 rule\(s\)/m);
  });

  test('an export with no transaction rows exits 2 with one line', async () => {
    const d = folder('empty');
    writeFileSync(join(d, 'transactions.csv'), 'transactionId,timestamp,amount,currency,fromAccount,toAccount\n');
    expectUnusable(await htfds('detect', d), /transactions\.csv: no usable transactions rows/);
  });

  test('a 0-byte file exits 2 with one line naming it', async () => {
    const d = folder('zero');
    writeFileSync(join(d, 'transactions.csv'), '');
    expectUnusable(await htfds('detect', join(d, 'transactions.csv')), /zero\/transactions\.csv: the file is empty \(0 bytes\)/);
  });

  test('a file of the wrong shape exits 2 naming the missing column, without printing row content', async () => {
    const d = folder('shape');
    // A headerless CSV: its first row (a synthetic name) must not be echoed as if it were column names.
    writeFileSync(join(d, 'transactions.csv'), 'Jane Example,1990-01-01,Flat 2 Example Road\nJohn Example,1985-02-02,Flat 3 Example Road\n');
    const r = await htfds('detect', d);
    expectUnusable(r, /shape\/transactions\.csv: no column "transactionId" \(3 columns, some of them not names: is the header row missing\?\)/);
    expect(r.stderr).not.toMatch(/Example/);
    const j = folder('array');
    writeFileSync(join(j, 'transactions.ndjson'), '[{"transactionId": "T1"},\n{"transactionId": "T2"}]\n');
    expectUnusable(await htfds('detect', j), /array\/transactions\.ndjson.*(cannot be read as NDJSON|no column "timestamp")/);
  });

  test('a mapping that names a column the file lacks exits 2 naming the mapping file, the key and the column', async () => {
    const d = folder('bank');
    const csv = readFileSync(join(plantedDir, 'transactions.csv'), 'utf8').replace(/^transactionId,timestamp,/, 'TXN_REF,BOOKED_AT,');
    writeFileSync(join(d, 'txn-extract-2026.csv'), csv);
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ tables: { transactions: { files: 'txn-extract', columns: { transactionId: 'TXN_REF', timestamp: 'BOOKD_AT' } } } }));
    expectUnusable(await htfds('detect', d, '--mapping', mapping), /mapping\.json#\/tables\/transactions\/columns\/timestamp: names the column "BOOKD_AT", which .*txn-extract-2026\.csv does not have \(did you mean "BOOKED_AT"\?\)/);
    writeFileSync(mapping, JSON.stringify({ tables: { transactions: { files: 'txn-extract', columns: { transactionId: 'TXN_REF', timestmap: 'BOOKED_AT' } } } }));
    expectUnusable(await htfds('detect', d, '--mapping', mapping), /mapping\.json#\/tables\/transactions\/columns\/timestmap: not a column of the canonical transactions table \(did you mean "timestamp"\?\)/);
  });

  test("a mapping points the bank's own file names, columns and codes at the canonical ones", async () => {
    const d = folder('bank-ok');
    const csv = readFileSync(join(plantedDir, 'transactions.csv'), 'utf8')
      .replace(/^transactionId,timestamp,/, 'TXN_REF,BOOKED_AT,')
      .replaceAll(',cashDepositBranch,', ',CASH-IN-BRANCH,');
    writeFileSync(join(d, 'txn-extract-2026.csv'), csv);
    for (const t of ['accounts', 'customers']) copyFileSync(join(plantedDir, `${t}.csv`), join(d, `${t}.csv`));
    const mapping = join(dir, 'mapping-ok.json');
    writeFileSync(mapping, JSON.stringify({ tables: { transactions: { files: 'txn-extract', columns: { transactionId: 'TXN_REF', timestamp: 'BOOKED_AT' }, codes: { channel: { 'CASH-IN-BRANCH': 'cashDepositBranch' } } } } }));
    const r = await htfds('detect', d, '--mapping', mapping, '--only', 'FINCEN-HS14-S07');
    expect(r.stderr).toMatch(/^FINCEN-HS14-S07\s+1 alert/m);
    expect(r.code).toBe(1);
    // Without the code translation the bank's code is reported, not silently ignored.
    writeFileSync(mapping, JSON.stringify({ tables: { transactions: { files: 'txn-extract', columns: { transactionId: 'TXN_REF', timestamp: 'BOOKED_AT' } } } }));
    const untranslated = await htfds('detect', d, '--mapping', mapping, '--only', 'FINCEN-HS14-S07');
    expect(untranslated.stderr).toMatch(/channel has values outside the paymentMethod code list \(e\.g\. "CASH-IN-BRANCH"\)/);
    expect(untranslated.stderr).toMatch(/^FINCEN-HS14-S07\s+0 alert/m);
  });

  test('a rule that does not parse, or names a missing column, is a finding naming the rule; the others run', async () => {
    const rules = folder('rules');
    copyFileSync(join(DEFAULT_RULES_DIR(), 'FATF-HT18-01.yaml'), join(rules, 'FATF-HT18-01.yaml'));
    const good = readFileSync(join(DEFAULT_RULES_DIR(), 'FINCEN-HT20-F15.yaml'), 'utf8');
    writeFileSync(join(rules, 'FINCEN-HT20-F15.yaml'), good.replace("WHERE t.channel = 'prepaidCardLoad'", 'WHERE t.chanel = :minLoads'));
    const s07 = readFileSync(join(DEFAULT_RULES_DIR(), 'FINCEN-HS14-S07.yaml'), 'utf8');
    writeFileSync(join(rules, 'FINCEN-HS14-S07.yaml'), s07.replace('GROUP BY account, period', 'GROUP BY BY account, period'));
    const r = await htfds('detect', plantedDir, '--rules', rules);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FINCEN-HT20-F15\s+ERROR rule FINCEN-HT20-F15 \(.*FINCEN-HT20-F15\.yaml\): Binder Error: .*chanel/m);
    expect(r.stderr).toMatch(/^FINCEN-HS14-S07\s+ERROR rule FINCEN-HS14-S07 \(.*\): Parser Error/m);
    expect(r.stderr).toMatch(/^FATF-HT18-01\s+1 alert/m);
    expect(r.stderr).toMatch(/2 rule\(s\) could not run/);
  });
});

describe('htfds evaluate', () => {
  test('prints precision and recall per rule and per typology', async () => {
    const r = await htfds('evaluate', plantedDir, '--format', 'json');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    const s07 = e.rules.find((x: { rule: string }) => x.rule === 'FINCEN-HS14-S07');
    expect(s07).toMatchObject({ alerts: 1, precision: { hits: 1, of: 1 }, typologies: ['funnelAccount'], accountRecall: { hits: 1, of: 1 } });
    const payroll = e.typologies.find((x: { typology: string }) => x.typology === 'payrollToController');
    expect(payroll.accountRecall).toEqual({ hits: 9, of: 9 });
  });

  test('exits 2 when the data carry no ground truth', async () => {
    const d = writeDataset(folder('no-truth'), planted);
    expectUnusable(await htfds('evaluate', d), /no ground truth/);
  });
});
