/**
 * htfds synth: reproducible (same seed, same bytes), the rate honoured, every typology planted and in the truth,
 * tables in the canonical export's columns and codes, nothing in the bank's columns that gives the labels away,
 * valid case reports, and clear exit-2 errors for bad arguments and bad typology files. All data is synthetic.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import runtimeModel from '../src/generated/runtime-model.js';
import { BankClock } from '../src/synth/clock.js';
import { IdPermutation, RunIds } from '../src/synth/identifiers.js';
import { Prng } from '../src/synth/prng.js';
import { REPORTS_FILE, synthesise, type SynthOptions } from '../src/synth/synthesise.js';
import { loadBackground, loadTypologies } from '../src/synth/typology.js';
import { parseCsv } from '../src/tabular/csv/csv-text.js';
import { isValid } from '../src/validate/finding.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { htfds } from './helpers/run-cli.js';

const TYPOLOGY_DIR = 'schema/typologies';
const DATA_PACKAGE = 'schema/transaction-export/datapackage.json';
const loaded = loadTypologies(TYPOLOGY_DIR);
const typologies = loaded.filter((t) => !t.benign);
const lookalikes = loaded.filter((t) => t.benign);
const background = loadBackground(TYPOLOGY_DIR);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'htfds-synth-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let runs = 0;
async function run(overrides: Partial<SynthOptions> = {}) {
  const outDir = join(root, `run-${runs++}`);
  mkdirSync(outDir);
  const summary = await synthesise({ outDir, seed: 'test', customers: 400, months: 2, start: '2026-01-01', country: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR', rate: 0.02, typologies, lookalikeRate: 0.02, lookalikes, background, format: 'csv', dataPackage: DATA_PACKAGE, ...overrides });
  return { outDir, summary };
}

type Row = Record<string, string>;
function table(dir: string, name: string): { header: string[]; rows: Row[] } {
  const [header, ...records] = parseCsv(readFileSync(join(dir, `${name}.csv`), 'utf8')).map((r) => r.fields);
  return { header: header!, rows: records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}
const codes = (list: string) => new Set(Object.keys(runtimeModel.codelists[list]!.codes));

describe('the building blocks', () => {
  it('the generator repeats for a seed and label, and differs for another', () => {
    const a = new Prng('s', 'x', 1);
    const b = new Prng('s', 'x', 1);
    const c = new Prng('s', 'x', 2);
    const seqA = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('identifiers are a permutation: distinct numbers never share one', () => {
    const p = new IdPermutation('s', 'account');
    const seen = new Set<string>();
    for (let n = 0; n < 200_000; n++) seen.add(p.id('AC', n));
    for (let n = 2 ** 40; n < 2 ** 40 + 1000; n++) seen.add(p.id('AC', n));
    expect(seen.size).toBe(201_000);
  });

  it('timestamps carry the offset of the bank’s country on that day, summer time included', () => {
    const madrid = new BankClock('Europe/Madrid', '2026-01-01', 12);
    expect(madrid.timestamp(0, 23 * 60 + 15)).toBe('2026-01-01T23:15:00+01:00');
    expect(madrid.timestamp(181, 60)).toBe('2026-07-01T01:00:00+02:00');
    expect(new BankClock('Europe/London', '2026-01-01', 1).timestamp(0, 0)).toBe('2026-01-01T00:00:00+00:00');
    expect(madrid.monthDays(31).slice(0, 3).map((d) => madrid.date(d))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });
});

describe('a synthetic dataset', () => {
  let outDir: string;
  let summary: Awaited<ReturnType<typeof synthesise>>;
  beforeAll(async () => {
    ({ outDir, summary } = await run());
  });

  it('is byte-identical for the same seed and different for another', async () => {
    const again = await run();
    for (const f of readdirSync(outDir)) expect(readFileSync(join(again.outDir, f)).equals(readFileSync(join(outDir, f))), f).toBe(true);
    const other = await run({ seed: 'other' });
    expect(readFileSync(join(other.outDir, 'transactions.csv')).equals(readFileSync(join(outDir, 'transactions.csv')))).toBe(false);
  });

  it('writes the columns of the canonical export’s data package, in its order', () => {
    const pkg = JSON.parse(readFileSync(DATA_PACKAGE, 'utf8')) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
    for (const r of pkg.resources) expect(table(outDir, r.name).header, r.name).toEqual(r.schema.fields.map((f) => f.name));
    expect(JSON.parse(readFileSync(join(outDir, 'datapackage.json'), 'utf8'))).toEqual(pkg);
    // No column is left empty throughout: a column added to the data package must be filled here too.
    for (const r of pkg.resources) {
      const { rows } = table(outDir, r.name);
      for (const f of r.schema.fields) expect(rows.some((row) => row[f.name] !== ''), `${r.name}.${f.name}`).toBe(true);
    }
  });

  it('fills the columns with codes of the HTFDS lists, ISO formats and keyed hashes only', () => {
    const { rows: tx } = table(outDir, 'transactions');
    const [channel, counterparty, purpose, country, currency] = ['paymentMethod', 'counterpartyType', 'transactionPurpose', 'country', 'currency'].map(codes);
    for (const t of tx) {
      expect(t.timestamp).toMatch(/^2026-0[12]-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(t.amount).toMatch(/^\d+\.\d{2}$/);
      expect(channel!.has(t.channel!), t.channel).toBe(true);
      expect(country!.has(t.place!), t.place).toBe(true);
      expect(currency!.has(t.currency!)).toBe(true);
      if (t.counterpartyType) expect(counterparty!.has(t.counterpartyType), t.counterpartyType).toBe(true);
      if (t.purpose) expect(purpose!.has(t.purpose), t.purpose).toBe(true);
      if (t.merchantCategory) expect(t.merchantCategory).toMatch(/^\d{4}$/);
      expect(t.fromAccount || t.toAccount).not.toBe('');
    }
    expect(new Set(tx.map((t) => t.transactionId)).size).toBe(tx.length);
    const { rows: customers } = table(outDir, 'customers');
    for (const c of customers) {
      for (const h of [c.addressHash, c.phoneHash, c.deviceHash]) expect(h).toMatch(/^[0-9a-f]{64}$/);
      expect(['individual', 'business']).toContain(c.customerType);
    }
    const accountTypes = codes('instrumentType');
    const customerIds = new Set(customers.map((c) => c.customerId));
    for (const a of table(outDir, 'accounts').rows) {
      expect(accountTypes.has(a.accountType!)).toBe(true);
      expect(customerIds.has(a.customerId!)).toBe(true);
      expect(a.openedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Realistic background: card purchases across several merchant categories, wages, rent, cash.
    const mccs = new Set(tx.map((t) => t.merchantCategory).filter(Boolean));
    expect(mccs.size).toBeGreaterThanOrEqual(10);
    for (const c of ['wageSalary', 'rentResidential']) expect(tx.some((t) => t.purpose === c)).toBe(true);
    for (const c of ['cashWithdrawal', 'instantP2P', 'cardPayment']) expect(tx.some((t) => t.channel === c)).toBe(true);
  });

  it('plants every typology, and its truth names accounts and transactions that exist', () => {
    const truth = table(outDir, 'truth').rows;
    expect(new Set(truth.map((t) => t.typology))).toEqual(new Set(typologies.map((t) => t.id)));
    for (const t of typologies) {
      expect(truth.some((r) => r.typology === t.id && r.entityType === 'account'), t.id).toBe(true);
      expect(truth.some((r) => r.typology === t.id && r.entityType === 'transaction'), t.id).toBe(true);
    }
    const accounts = new Set(table(outDir, 'accounts').rows.map((a) => a.accountId));
    const tx = new Set(table(outDir, 'transactions').rows.map((t) => t.transactionId));
    for (const r of truth) expect((r.entityType === 'account' ? accounts : tx).has(r.entityId!), `${r.entityType} ${r.entityId}`).toBe(true);
    expect(summary.schemes).toEqual(Object.fromEntries(typologies.map((t) => [t.id, expect.any(Number)])));
  });

  it('gives no label away in the bank’s own columns', () => {
    const { rows: tx } = table(outDir, 'transactions');
    const labels = new Set(['victim', 'perpetrator', 'facilitator', 'victimFamily', 'sexBuyer', 'scamVictim']);
    expect(tx.filter((t) => labels.has(t.counterpartyType!))).toEqual([]);
    // Identifiers of planted and ordinary parties look alike.
    const truthAccounts = new Set(table(outDir, 'truth').rows.filter((r) => r.entityType === 'account').map((r) => r.entityId));
    const shape = (id: string) => id.replace(/[0-9a-f]/g, 'x');
    expect(new Set(table(outDir, 'accounts').rows.map((a) => `${truthAccounts.has(a.accountId!)}:${shape(a.accountId!)}`)).size).toBe(2);
  });

  it('plants the patterns the typology files describe', () => {
    const { rows: tx } = table(outDir, 'transactions');
    const byId = new Map(tx.map((t) => [t.transactionId, t]));
    const planted = (typology: string) => table(outDir, 'truth').rows.filter((r) => r.typology === typology && r.entityType === 'transaction').map((r) => byId.get(r.entityId!)!);
    const buyers = planted('sexBuyerPayments').filter((t) => t.channel === 'instantP2P' && !t.fromAccount!.startsWith('AC'));
    const night = buyers.filter((t) => {
      const hour = Number(t.timestamp!.slice(11, 13));
      return hour >= 19 || hour < 4;
    });
    expect(night.length / buyers.length).toBeGreaterThan(0.95);
    const deposits = planted('funnelAccount').filter((t) => t.channel === 'cashDepositBranch');
    expect(deposits.length).toBeGreaterThan(0);
    expect(deposits.every((t) => Number(t.amount) < 3000 && t.fromAccount === '')).toBe(true);
    const wages = planted('payrollToController').filter((t) => t.purpose === 'wageSalary');
    expect(new Set(wages.map((t) => t.toAccount)).size).toBe(1);
    expect(new Set(wages.map((t) => t.paymentReference!.split(' ')[2])).size).toBeGreaterThanOrEqual(5);
    const customers = table(outDir, 'customers').rows;
    const accountsOf = new Map(table(outDir, 'accounts').rows.map((a) => [a.accountId, a.customerId]));
    const sharedHolders = table(outDir, 'truth').rows.filter((r) => r.typology === 'sharedIdentifiers' && r.entityType === 'account').map((r) => accountsOf.get(r.entityId!));
    const phones = new Set(customers.filter((c) => sharedHolders.includes(c.customerId)).map((c) => c.phoneHash));
    expect(sharedHolders.length).toBeGreaterThanOrEqual(8);
    expect(phones.size).toBe(1);
  });

  it('writes one valid HTFDS case report per planted scheme', () => {
    const reports = JSON.parse(readFileSync(join(outDir, REPORTS_FILE), 'utf8')) as Record<string, unknown>[];
    expect(reports).toHaveLength(Object.values(summary.schemes).reduce((a, b) => a + b, 0));
    for (const r of reports) {
      const findings = validateCaseReport(r);
      expect(isValid(findings), JSON.stringify(findings.slice(0, 2))).toBe(true);
      expect(r.dataQualityNote).toMatch(/^Synthetic data/);
      expect((r.indicators as unknown[]).length).toBeGreaterThan(0);
    }
    expect(new Set(reports.map((r) => r.recordId)).size).toBe(reports.length);
    // Each account of a report is the keyed hash of an account of the tables, so reports join to the data.
    const ids = new RunIds('test');
    const { rows: tx } = table(outDir, 'transactions');
    const known = new Set([...table(outDir, 'accounts').rows.map((a) => a.accountId!), ...tx.flatMap((t) => [t.fromAccount!, t.toAccount!])].map((a) => ids.keyedHash('account', a)));
    const hashes = reports.flatMap((r) => ((r.accounts ?? []) as { identifiers: { valueHmac: string }[] }[]).map((a) => a.identifiers[0]!.valueHmac));
    expect(hashes.length).toBeGreaterThan(reports.length);
    for (const h of hashes) expect(known.has(h)).toBe(true);
  });
});

describe('the rate', () => {
  it('is the share of customers in the truth, within one scheme; look-alikes take their own share, unlabelled', async () => {
    const { outDir, summary } = await run({ customers: 3000, rate: 0.03, lookalikeRate: 0.04, seed: 'rate' });
    const customers = table(outDir, 'customers').rows.length;
    const labelled = table(outDir, 'truth').rows.filter((r) => r.entityType === 'account').length;
    expect(summary.labelledCustomers).toBe(labelled);
    const largest = (list: typeof typologies, counted: (a: (typeof list)[number]['actors'][number]) => boolean) => Math.max(...list.map((t) => t.actors.filter(counted).reduce((s, a) => s + a.count.max, 0)));
    const largestScheme = largest(typologies, (a) => a.customer && a.inTruth !== false);
    expect(labelled).toBeGreaterThanOrEqual(0.03 * customers - 1);
    expect(labelled).toBeLessThanOrEqual(0.03 * customers + largestScheme);
    expect(summary.lookalikeCustomers).toBeGreaterThanOrEqual(0.04 * customers - 1);
    expect(summary.lookalikeCustomers).toBeLessThanOrEqual(0.04 * customers + largest(lookalikes, (a) => a.customer));
    expect(Object.values(summary.lookalikeSchemes).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(lookalikes.length);
  });

  it('plants nothing at rate 0: background only, for checking that rules stay quiet', async () => {
    const { outDir, summary } = await run({ rate: 0, lookalikeRate: 0 });
    expect(table(outDir, 'truth').rows).toEqual([]);
    expect(summary.reports).toBe(0);
    expect(JSON.parse(readFileSync(join(outDir, REPORTS_FILE), 'utf8'))).toEqual([]);
  });

  it('plants only the typologies chosen', async () => {
    const chosen = typologies.filter((t) => t.id === 'funnelAccount' || t.id === 'sharedIdentifiers');
    const { outDir } = await run({ typologies: chosen, rate: 0.05 });
    expect(new Set(table(outDir, 'truth').rows.map((r) => r.typology))).toEqual(new Set(['funnelAccount', 'sharedIdentifiers']));
  });
});

describe('NDJSON output', () => {
  it('writes the same rows as one object per line, amounts as numbers and empty cells left out', async () => {
    const csv = await run({ seed: 'fmt' });
    const nd = await run({ seed: 'fmt', format: 'ndjson' });
    const lines = readFileSync(join(nd.outDir, 'transactions.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const rows = table(csv.outDir, 'transactions').rows;
    expect(lines).toHaveLength(rows.length);
    for (let i = 0; i < rows.length; i += 97) {
      const expected = Object.fromEntries(Object.entries(rows[i]!).filter(([, v]) => v !== '').map(([k, v]) => [k, k === 'amount' ? Number(v) : v]));
      expect(lines[i]).toEqual(expected);
    }
  });
});

describe('htfds synth on the command line', () => {
  it('writes the folder and a summary, exit 0', async () => {
    const out = join(root, 'cli');
    const r = await htfds('synth', '--out', out, '--customers', '200', '--months', '1', '--seed', 'cli');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/transactions/);
    expect(readdirSync(out).sort()).toEqual(['accounts.csv', 'case-reports.json', 'customers.csv', 'datapackage.json', 'transactions.csv', 'truth.csv']);
    // A population too small for the rate is said, not hidden.
    expect(r.stderr).toMatch(/too small for a rate/);
    const again = await htfds('synth', '--out', out, '--customers', '200');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/earlier run/);
  });

  it.each([
    [['--rate', '1.5'], /--rate/],
    [['--customers', '0'], /--customers/],
    [['--country', 'XX'], /--country/],
    [['--start', '2026-13-01'], /--start/],
    [['--typologies', 'nope'], /no typology "nope"/],
    [['--customers', '10', '--transactions', '1000'], /either --customers or --transactions/],
    [['--format', 'xlsx'], /--format/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const r = await htfds('synth', '--out', join(root, `bad-${runs++}`), ...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('names the file and place of a mistake in a typology file', async () => {
    const dir = join(root, 'typologies');
    cpSync(TYPOLOGY_DIR, dir, { recursive: true });
    const file = join(dir, 'funnel-account.json');
    const t = JSON.parse(readFileSync(file, 'utf8')) as { flows: { to: string }[] };
    t.flows[1]!.to = 'nobody';
    writeFileSync(file, JSON.stringify(t));
    const r = await htfds('synth', '--out', join(root, 'typo-out'), '--typology-dir', dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`htfds: ${file} (/flows/1/to): no actor has the role "nobody"`);
    t.flows[1]!.to = 'cash';
    (t as unknown as { actors: { count: { min: number; max: number } }[] }).actors[0]!.count = { min: 9, max: 3 };
    writeFileSync(file, JSON.stringify(t));
    const range = await htfds('synth', '--out', join(root, 'typo-out-range'), '--typology-dir', dir);
    expect(range.code).toBe(2);
    expect(range.stderr.trim()).toBe(`htfds: ${file} (/actors/0/count): min is greater than max; give min ≤ max`);
    writeFileSync(file, '{ "id": ');
    const broken = await htfds('synth', '--out', join(root, 'typo-out-2'), '--typology-dir', dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${file}: is not JSON`);
  });
});
