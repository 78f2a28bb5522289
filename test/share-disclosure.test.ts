/**
 * Disclosure control across many reports: small-group protection counts people, not copies, and covers every
 * quasi-identifier of the model; published statistics are differentially private, checked empirically on pairs
 * of data sets that differ by one person; labels are only ever codes. All data is synthetic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import runtimeModel from '../src/generated/runtime-model.js';
import { anonymiseBatch, type BatchEvent } from '../src/share/batch.js';
import { discreteLaplace, discreteLaplacePmf, parseRational, type RandomInt } from '../src/share/discrete-laplace.js';
import { quasiIdentifierValues } from '../src/share/k-anonymity.js';
import { BudgetExceeded, emptyLedger, spend, spent } from '../src/share/privacy-budget.js';
import { quasiIdentifierPaths } from '../src/share/quasi-identifiers.js';
import { StatsAccumulator } from '../src/share/stats.js';
import { fieldsByPath } from '../src/validate/model-index.js';
import { isValid, validateCaseReport } from '../src/index.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as Record<string, any>);
const aggregate = runtimeModel.profiles.aggregate!;
const K = aggregate.kAnonymity!.k;
const QI = quasiIdentifierPaths(aggregate, runtimeModel.fields, (p) => fieldsByPath.get(p));

/** A small seeded generator of uniform integers (exact, by rejection), so statistical tests are reproducible. */
function seededInt(seed: number): RandomInt {
  let state = BigInt(seed) || 1n;
  const next = () => {
    // xorshift64*
    state ^= state >> 12n;
    state ^= (state << 25n) & 0xffffffffffffffffn;
    state ^= state >> 27n;
    return Number(((state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 11n); // 53 bits
  };
  const range = 2 ** 53;
  return (n) => {
    const limit = range - (range % n);
    for (;;) {
      const x = next();
      if (x < limit) return x % n;
    }
  };
}

/** A base report every profile takes: an example marked TLP:AMBER, for research and monitoring. */
function base(): Record<string, any> {
  const r = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER' && e.persons?.length && e.transactions?.length)!);
  delete r.sharing.fieldLevelTlp;
  r.sharing.permittedPurposes = ['research', 'transactionMonitoringTuning'];
  return r;
}
const DEBT_ORIGINS = Object.keys(runtimeModel.codelists.debtOrigin!.codes).slice(0, 7);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function release(reports: unknown[]): Promise<Record<string, any>[]> {
  const events: BatchEvent[] = [];
  const open = async function* () {
    for (const [i, data] of reports.entries()) yield { data, place: `reports[${i}]` };
  };
  for await (const event of anonymiseBatch(open, { profile: 'aggregate' })) events.push(event);
  expect(events.filter((e) => e.type === 'refused')).toEqual([]);
  return events.flatMap((e) => (e.type === 'shared' ? [e.report] : []));
}

/** Distinct people: same quasi-identifiers, different dates of birth within one band, different payments. */
function distinctPeople(n: number, offset = 0): Record<string, any>[] {
  return Array.from({ length: n }, (_, i) => {
    const r = base();
    r.recordId = uuid(offset + i + 1);
    delete r.narrativeSummary;
    // Nothing that would tie the reports to one person or case: no case reference, identifiers, names or birth dates.
    delete r.sourceCaseRefHmac;
    for (const p of r.persons) for (const key of ['identifiers', 'fullName', 'dateOfBirth']) delete p[key];
    for (const a of r.accounts ?? []) delete a.identifiers;
    r.transactions.forEach((t: any, j: number) => {
      if (t.amount?.amount !== undefined) t.amount = { ...t.amount, amount: 1000 + 17 * (offset + i) + j };
    });
    // What happened to each differs (which debts they owed), so no two reports are the same once anonymised.
    const origins = DEBT_ORIGINS.filter((_, bit) => ((offset + i + 1) >> bit) & 1);
    // Each debt keeps its identifier, which the report's observations may cite as evidence.
    const ids: string[] = r.debts?.length ? r.debts.map((d: { id: string }) => d.id) : [`D${i}`];
    r.debts = ids.map((id) => ({ id, origins, arbitrarilyIncreased: true, interestApplied: 'noInterest', creditorType: 'recruiterOrAgency', soldOrAssigned: false, repaymentMethods: ['wageDeduction'], initialAmount: { amount: 500 + i, currency: 'USD' } }));
    return r;
  });
}

describe('small-group protection counts people', () => {
  test('the quasi-identifiers come from the model and include residence, counterparty countries, minors, transaction dates and the retention date', () => {
    for (const path of ['/persons/*/countryOfResidence', '/transactions/*/counterpartyCountry', '/persons/*/minorWhenRecorded', '/transactions/*/date', '/sharing/retentionUntil', '/persons/*/citizenship', '/persons/*/ageBand']) expect(QI).toContain(path);
    for (const field of runtimeModel.fields.filter((f) => (f.sensitivity === 'P2' || f.sensitivity === 'P3') && f.quasiIdentifier)) expect(QI.includes(field.path) || fieldsByPath.get(field.path) === undefined).toBe(true);
  });

  test('eleven copies of one report are not a group of eleven: none is released', async () => {
    const copies = Array.from({ length: K }, (_, i) => ({ ...base(), recordId: uuid(i + 1) }));
    expect(copies.every((c) => isValid(validateCaseReport(c)))).toBe(true);
    expect(await release(copies)).toEqual([]);
  });

  test('near-duplicates (same victim, retyped narrative, one payment changed) are not a crowd either', async () => {
    const near = Array.from({ length: K + 3 }, (_, i) => {
      const r = base();
      r.recordId = uuid(i + 1);
      r.narrativeSummary = `Synthetic retelling number ${i}.`;
      r.persons[0].dateOfBirth = '1990-04-12';
      r.persons[0].gender = 'Feminine';
      r.persons[0].citizenship = ['PH'];
      delete r.persons[0].ageBand;
      const t = r.transactions.find((x: any) => x.amount?.amount !== undefined);
      if (t) t.amount.amount += i;
      return r;
    });
    expect(await release(near)).toEqual([]);
  });

  test(`${K} distinct people with the same quasi-identifiers are released, and every released group has at least ${K} people`, async () => {
    const people = distinctPeople(K);
    expect(people.every((r) => isValid(validateCaseReport(r)))).toBe(true);
    const out = await release(people);
    expect(out).toHaveLength(K);
  });

  test('a report unique by residence, counterparty country, minority, transaction quarter or retention date does not stay unique', async () => {
    const crowd = distinctPeople(2 * K);
    const odd = [
      (r: any) => (r.persons[0].countryOfResidence = 'IS'),
      (r: any) => (r.transactions[0].counterpartyCountry = 'IS'),
      (r: any) => (r.persons[0].minorWhenRecorded = true),
      (r: any) => (r.transactions[0].date = '2019-02-03'),
      (r: any) => (r.sharing.retentionUntil = '2041-06-30'),
    ].map((change, i) => {
      const r = distinctPeople(1, 100 + i)[0]!;
      change(r);
      return r;
    });
    expect(odd.every((r) => isValid(validateCaseReport(r)))).toBe(true);
    const out = await release([...crowd, ...odd]);
    const paths = QI;
    const groups = new Map<string, number>();
    for (const r of out) {
      const key = quasiIdentifierValues(r, paths).join('\u0000');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect(Math.min(...groups.values())).toBeGreaterThanOrEqual(K);
    // Aggregate releases get fresh random record identifiers, whose hex may hold "2019" by chance: they carry nothing
    // of the reports and are left out of this look.
    const bytes = JSON.stringify(out, (key, value) => (key === 'recordId' ? undefined : value));
    expect(bytes).not.toContain('"IS"');
    expect(bytes).not.toContain('2041');
    expect(bytes).not.toContain('2019');
  });

  test('the retention date is generalised with the report date it is derived from', async () => {
    const out = await release(distinctPeople(K));
    for (const r of out) {
      expect(r.sharing.retentionUntil).toMatch(/^[0-9]{4}(-Q[1-4])?$/);
      expect(r.dateReported.length === 4).toBe(r.sharing.retentionUntil.length === 4);
    }
  });
});

describe('differentially private statistics', () => {
  test('ε is read as an exact fraction', () => {
    expect(parseRational('0.5')).toEqual({ num: 1, den: 2 });
    expect(parseRational('2')).toEqual({ num: 2, den: 1 });
    expect(parseRational('0.125')).toEqual({ num: 1, den: 8 });
    for (const bad of ['0', '-1', '1e3', 'NaN', '']) expect(parseRational(bad)).toBeUndefined();
  });

  test('the integer sampler follows the discrete Laplace distribution', () => {
    const random = seededInt(42);
    const n = 60_000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const y = discreteLaplace({ num: 3, den: 2 }, random);
      expect(Number.isInteger(y)).toBe(true);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    for (let y = -6; y <= 6; y++) {
      const p = discreteLaplacePmf(1.5, y);
      const observed = (counts.get(y) ?? 0) / n;
      expect(Math.abs(observed - p), `P(${y})`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  test('two data sets that differ by one person: every released count is about as likely under either (within e^ε per table)', () => {
    const reports = distinctPeople(30);
    const extra = distinctPeople(1, 500)[0]!;
    extra.reportingCountry = 'IS';
    const build = (withExtra: boolean) => {
      const stats = new StatsAccumulator([{ name: 'reportingCountry', path: '/reportingCountry' }]);
      for (const r of withExtra ? [...reports, extra] : reports) stats.add(r);
      return stats;
    };
    const [without, withOne] = [build(false), build(true)];
    expect(withOne.exactCounts(3).tables.get('reportingCountry')!.get('IS')).toBe(1);
    const epsilon = { num: 1, den: 1 };
    const perTable = 0.5; // ε / (one table + the total)
    const runs = 6000;
    const histogram = (stats: StatsAccumulator, seed: number) => {
      const random = seededInt(seed);
      const h = new Map<number, number>();
      for (let i = 0; i < runs; i++) {
        const value = stats.release({ epsilon, threshold: -1e9, capPerPerson: 3, random }).tables.reportingCountry!.IS!;
        h.set(value, (h.get(value) ?? 0) + 1);
      }
      return h;
    };
    const [h0, h1] = [histogram(without, 7), histogram(withOne, 8)];
    let compared = 0;
    for (const [value, c0] of h0) {
      const c1 = h1.get(value) ?? 0;
      if (c0 < 200 || c1 < 200) continue;
      compared++;
      const ratio = Math.max(c0 / c1, c1 / c0);
      expect(ratio, `outcome ${value}`).toBeLessThan(Math.exp(perTable) * 1.25);
    }
    expect(compared).toBeGreaterThan(5);
  });

  test('field markings and refusals apply before counting; open-list text and unknown values never become labels', () => {
    const stats = new StatsAccumulator([{ name: 'exploitationType', path: '/exploitationTypes' }, { name: '/exploitationPlatforms', path: '/exploitationPlatforms' }]);
    const marked = base();
    marked.sharing.fieldLevelTlp = [{ path: '/exploitationTypes', tlp: 'TLP:RED' }];
    marked.exploitationPlatforms = ['Maria Survivor Chat'];
    const red = { ...base(), sharing: { ...base().sharing, tlp: 'TLP:RED' } };
    stats.add(marked);
    stats.add(red);
    const exact = stats.exactCounts(3);
    expect(exact.people).toBe(1);
    expect([...exact.tables.get('exploitationType')!.values()].every((n) => n === 0)).toBe(true);
    expect(exact.tables.get('/exploitationPlatforms')!.get('Other')).toBe(1);
    expect(JSON.stringify(stats.release({ epsilon: { num: 1, den: 1 }, threshold: -100, capPerPerson: 3 }))).not.toContain('Maria');
    expect(stats.diagnostics.refused).toEqual({ 'the report is marked TLP:RED, which the aggregate profile does not accept (it takes TLP:AMBER, TLP:GREEN, TLP:CLEAR)': 1 });
  });

  test('the privacy budget is kept across releases and refuses to be overspent', () => {
    let ledger = emptyLedger();
    ledger = spend(ledger, 'ngo-2026', 1, 2, ['exploitationType'], new Date('2026-01-01'));
    ledger = spend(ledger, 'ngo-2026', 1, 99, ['sector'], new Date('2026-02-01')); // the budget is fixed at first use
    expect(spent(ledger, 'ngo-2026')).toBe(2);
    expect(() => spend(ledger, 'ngo-2026', 0.1, 2, [], new Date())).toThrow(BudgetExceeded);
    expect(JSON.stringify(ledger)).not.toMatch(/count/);
  });
});
