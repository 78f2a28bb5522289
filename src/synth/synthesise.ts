/**
 * `htfds synth` as a library: a synthetic bank's canonical export (transactions, accounts, customers), the
 * ground truth of the typologies planted in it at the chosen rate, and one HTFDS case report per planted
 * scheme. Background customers are written one at a time and schemes are planted between them as the rate
 * requires, so nothing grows with the size of the run but the files.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundCustomer, backgroundTransactions, employerCount, employerRows, type Bank } from './background.js';
import { BankClock } from './clock.js';
import { schemeReport } from './case-report.js';
import { RunIds } from './identifiers.js';
import { plantScheme, type PlantCounters } from './plant.js';
import { Prng } from './prng.js';
import { MINUTES_PER_DAY, type AccountRow, type CustomerRow, type PendingTransaction, type TransactionRow, type TruthRow } from './rows.js';
import { DocumentWriter, TableWriter, type TableFormat } from './table-writer.js';
import type { BackgroundDefinition, LoadedTypology } from './typology.js';

export interface SynthOptions {
  outDir: string;
  seed: string;
  /** Background individuals (employers and planted customers come on top). */
  customers: number;
  months: number;
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  country: string;
  timeZone: string;
  currency: string;
  /** Share of all customers that belong to a planted scheme (in the truth), 0 to 1. */
  rate: number;
  typologies: LoadedTypology[];
  /** Share of all customers in look-alike schemes: legitimate activity resembling a typology, never labelled. */
  lookalikeRate: number;
  lookalikes: LoadedTypology[];
  background: BackgroundDefinition;
  format: TableFormat;
  /** The canonical export's data package: column names and order come from it. */
  dataPackage: string;
}

export interface SynthSummary {
  customers: number;
  accounts: number;
  transactions: number;
  truth: number;
  reports: number;
  schemes: Record<string, number>;
  lookalikeSchemes: Record<string, number>;
  labelledCustomers: number;
  lookalikeCustomers: number;
  achievedRate: number;
}

interface DataPackage {
  resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
}

/** The column names of each table, in the data package's order. */
export function canonicalColumns(dataPackage: string): Record<'transactions' | 'accounts' | 'customers' | 'truth', string[]> {
  const pkg = JSON.parse(readFileSync(dataPackage, 'utf8')) as DataPackage;
  const columns = (name: string) => {
    const resource = pkg.resources.find((r) => r.name === name);
    if (!resource) throw new Error(`${dataPackage} has no resource "${name}"`);
    return resource.schema.fields.map((f) => f.name);
  };
  return { transactions: columns('transactions'), accounts: columns('accounts'), customers: columns('customers'), truth: columns('truth') };
}

export const OUTPUT_FILES = ['transactions', 'accounts', 'customers', 'truth'] as const;
export const REPORTS_FILE = 'case-reports.json';

export async function synthesise(options: SynthOptions): Promise<SynthSummary> {
  const clock = new BankClock(options.timeZone, options.start, options.months);
  const ids = new RunIds(options.seed);
  const bank: Bank = {
    seed: options.seed,
    country: options.country,
    currency: options.currency,
    clock,
    ids,
    background: options.background,
    population: options.customers,
    employers: employerCount(options.background, options.customers),
  };
  const columns = canonicalColumns(options.dataPackage);
  const file = (name: string) => join(options.outDir, `${name}.${options.format}`);
  const tx = new TableWriter<TransactionRow>(file('transactions'), columns.transactions as (keyof TransactionRow & string)[], options.format);
  const accounts = new TableWriter<AccountRow>(file('accounts'), columns.accounts as (keyof AccountRow & string)[], options.format);
  const customers = new TableWriter<CustomerRow>(file('customers'), columns.customers as (keyof CustomerRow & string)[], options.format);
  const truth = new TableWriter<TruthRow>(file('truth'), columns.truth as (keyof TruthRow & string)[], options.format);
  const reports = new DocumentWriter(join(options.outDir, REPORTS_FILE));

  let txNumber = 0;
  const writeTransaction = async (p: PendingTransaction): Promise<string> => {
    const day = Math.min(clock.days - 1, Math.floor(p.minute / MINUTES_PER_DAY));
    const minuteOfDay = p.minute - day * MINUTES_PER_DAY;
    const row: TransactionRow = {
      transactionId: ids.transaction(txNumber++),
      timestamp: clock.timestamp(day, minuteOfDay, (p.minute * 7) % 60),
      amount: p.amount,
      currency: p.currency,
      fromAccount: p.fromAccount,
      toAccount: p.toAccount,
      channel: p.channel,
      place: p.place,
      counterpartyType: p.counterpartyType,
      purpose: p.purpose,
      merchantCategory: p.merchantCategory,
      paymentReference: p.paymentReference,
      terminalId: p.terminalId,
      description: p.description,
    };
    await tx.write(row);
    return row.transactionId;
  };

  const schemes: Record<string, number> = Object.fromEntries(options.typologies.map((t) => [t.id, 0]));
  const lookalikeSchemes: Record<string, number> = Object.fromEntries(options.lookalikes.map((t) => [t.id, 0]));
  const counters: PlantCounters = { customers: 0, accounts: 0, outside: 0 };
  let schemeNumber = 0;
  let labelled = 0;
  let lookalikeCustomers = 0;
  let totalCustomers = 0;
  const plan = new Prng(options.seed, 'plan');

  // The first schemes of each kind take its typologies in turn, so that every one is present; then by weight.
  const choose = (kinds: LoadedTypology[], counts: Record<string, number>) => {
    const planted = Object.values(counts).reduce((a, b) => a + b, 0);
    return planted < kinds.length ? kinds[planted]! : plan.weighted(kinds.map((x) => ({ weight: x.weight, value: x })));
  };
  const plant = async (t: LoadedTypology) => {
    const scheme = plantScheme(bank, t, schemeNumber++, counters);
    const report = t.benign ? undefined : schemeReport(bank, scheme, t.file);
    for (const c of scheme.customers) await customers.write(c);
    for (const a of scheme.accounts) await accounts.write(a);
    totalCustomers += scheme.customers.length;
    if (t.benign) {
      lookalikeSchemes[t.id]!++;
      lookalikeCustomers += scheme.customers.length;
      for (const p of [...scheme.planted, ...scheme.background]) await writeTransaction(p);
      return;
    }
    schemes[t.id]!++;
    for (const [, actors] of scheme.actors) {
      for (const actor of actors) {
        if (!actor.customerId || actor.spec.inTruth === false) continue;
        labelled++;
        await truth.write({ typology: t.id, entityType: 'account', entityId: actor.account });
      }
    }
    for (const p of scheme.planted) await truth.write({ typology: t.id, entityType: 'transaction', entityId: await writeTransaction(p) });
    for (const p of scheme.background) await writeTransaction(p);
    await reports.write(report);
  };
  // Plant while a kind's share is below its rate, counting the customers written so far.
  const plantDue = async () => {
    while (options.rate > 0 && options.typologies.length > 0 && labelled < options.rate * totalCustomers) await plant(choose(options.typologies, schemes));
    while (options.lookalikeRate > 0 && options.lookalikes.length > 0 && lookalikeCustomers < options.lookalikeRate * totalCustomers) await plant(choose(options.lookalikes, lookalikeSchemes));
  };

  for (let e = 0; e < bank.employers; e++) {
    const { customer, account } = employerRows(bank, e);
    await customers.write(customer);
    await accounts.write(account);
    totalCustomers++;
  }
  for (let j = 0; j < options.customers; j++) {
    const { customer, accounts: own, household } = backgroundCustomer(bank, j);
    await customers.write(customer);
    for (const a of own) await accounts.write(a);
    totalCustomers++;
    for (const p of backgroundTransactions(bank, household, new Prng(options.seed, 'life', j))) await writeTransaction(p);
    await plantDue();
  }
  // A rate too small for one scheme of each typology still plants each once: a dataset without them could not test them.
  while (options.rate > 0 && schemes[options.typologies.at(-1)?.id ?? ''] === 0) await plant(choose(options.typologies, schemes));

  await Promise.all([tx.close(), accounts.close(), customers.close(), truth.close(), reports.close()]);
  if (options.format === 'csv') copyFileSync(options.dataPackage, join(options.outDir, 'datapackage.json'));
  return {
    customers: customers.rows,
    accounts: accounts.rows,
    transactions: tx.rows,
    truth: truth.rows,
    reports: reports.documents,
    schemes,
    lookalikeSchemes,
    labelledCustomers: labelled,
    lookalikeCustomers,
    achievedRate: customers.rows === 0 ? 0 : labelled / customers.rows,
  };
}
