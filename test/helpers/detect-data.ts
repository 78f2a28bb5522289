/**
 * Hand-made synthetic bank data for the detection tests (not real data, not the `htfds synth` generator):
 * seeded ordinary activity of individuals and employers, and planters that add one instance of a pattern
 * each, recording which accounts belong to it as ground truth. Amounts in USD; local time is UTC+01:00.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TransactionRow } from '../../src/synth/rows.js';

/** The canonical transaction row, as the synthesiser writes it. */
export type Tx = TransactionRow;
export interface Account { accountId: string; customerId: string; openedDate: string; accountType: string; country: string }
export interface Customer { customerId: string; customerType: string; birthYear: string; addressHash: string; phoneHash: string; deviceHash: string; employerId: string }
export interface Truth { typology: string; entityType: 'account' | 'transaction'; entityId: string }

export interface Dataset {
  transactions: Tx[];
  accounts: Account[];
  customers: Customer[];
  truth: Truth[];
}

/** mulberry32: small, seeded, good enough for test data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
type Rng = ReturnType<typeof prng>;

export const START = Date.UTC(2026, 0, 1) / 1000;
const DAY = 86400;
const hex = (rng: Rng) => Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
/** Local time UTC+01:00 as ISO 8601 with its offset. */
const at = (epoch: number) => `${new Date((epoch + 3600) * 1000).toISOString().slice(0, 19)}+01:00`;
/** Seconds since START of a day and a local hour (may pass midnight). */
const when = (day: number, hour: number, rng: Rng) => START + day * DAY + (hour - 1) * 3600 + rng.int(0, 3599);

export class Builder {
  readonly data: Dataset = { transactions: [], accounts: [], customers: [], truth: [] };
  private n = 0;
  constructor(readonly rng: Rng) {}

  customer(type: 'individual' | 'business', opts: { birthYear?: number; address?: string; phone?: string; device?: string; opened?: string; accountType?: string } = {}) {
    const id = `C${this.data.customers.length + 1}`;
    this.data.customers.push({
      customerId: id,
      customerType: type,
      birthYear: type === 'individual' ? String(opts.birthYear ?? this.rng.int(1950, 1995)) : '',
      addressHash: opts.address ?? hex(this.rng),
      phoneHash: opts.phone ?? hex(this.rng),
      deviceHash: opts.device ?? hex(this.rng),
      employerId: '',
    });
    const accountId = `A${this.data.accounts.length + 1}`;
    const opened = opts.opened ?? `${this.rng.int(2012, 2024)}-0${this.rng.int(1, 9)}-1${this.rng.int(0, 9)}`;
    this.data.accounts.push({ accountId, customerId: id, openedDate: opened, accountType: opts.accountType ?? (type === 'business' ? 'businessAccount' : 'currentAccount'), country: 'US' });
    return accountId;
  }

  tx(epoch: number, amount: number, from: string, to: string, extra: Partial<Tx> = {}): string {
    const id = `T${++this.n}`;
    this.data.transactions.push({ transactionId: id, timestamp: at(epoch), amount: amount.toFixed(2), currency: 'USD', fromAccount: from, toAccount: to, channel: '', place: 'US', counterpartyType: '', purpose: '', merchantCategory: '', paymentReference: '', terminalId: '', description: '', ...extra });
    return id;
  }

  truth(typology: string, ...accounts: string[]) {
    for (const a of accounts) this.data.truth.push({ typology, entityType: 'account', entityId: a });
  }
}

const EVERYDAY = [
  { mcc: '5411', min: 8, max: 120 },
  { mcc: '5812', min: 10, max: 70 },
  { mcc: '5814', min: 4, max: 25 },
  { mcc: '5541', min: 20, max: 90 },
  { mcc: '5912', min: 5, max: 40 },
  { mcc: '5311', min: 10, max: 150 },
];

/** Ordinary life: wages from employers, rent, card purchases, cash machine withdrawals, transfers to friends. */
export function background(b: Builder, opts: { customers: number; months: number }) {
  const { rng } = b;
  const employers = Array.from({ length: Math.max(1, Math.ceil(opts.customers / 40)) }, () => b.customer('business'));
  const people = Array.from({ length: opts.customers }, (_, i) => {
    // Households of two share an address now and then.
    const address = i % 7 === 1 ? b.data.customers.at(-1)!.addressHash : undefined;
    const account = b.customer('individual', address ? { address } : {});
    return { account, employer: rng.pick(employers), salary: rng.int(1800, 5200), rent: rng.int(600, 1600), landlord: `EXT-L${i}` };
  });
  const days = opts.months * 30;
  for (const p of people) {
    for (let m = 0; m < opts.months; m++) {
      b.tx(when(m * 30 + rng.int(24, 27), rng.int(9, 11), rng), p.salary, p.employer, p.account, { channel: 'bankTransferDomestic', counterpartyType: 'employer', purpose: 'wageSalary', description: 'Salary' });
      b.tx(when(m * 30 + rng.int(1, 3), rng.int(8, 12), rng), p.rent, p.account, p.landlord, { channel: 'bankTransferDomestic', counterpartyType: 'landlord', purpose: 'rentResidential' });
    }
    for (let k = 0; k < opts.months * 15; k++) {
      const shop = rng.pick(EVERYDAY);
      b.tx(when(rng.int(0, days - 1), rng.int(8, 21), rng), rng.int(shop.min, shop.max), p.account, `EXT-M${shop.mcc}-${rng.int(1, 50)}`, { channel: 'cardPayment', merchantCategory: shop.mcc });
    }
    for (let k = 0; k < opts.months * 2; k++) b.tx(when(rng.int(0, days - 1), rng.int(7, 22), rng), rng.pick([20, 40, 60, 100, 200]), p.account, '', { channel: 'cashWithdrawal', terminalId: `ATM${rng.int(1, 300)}` });
    for (let k = 0; k < opts.months; k++) b.tx(when(rng.int(0, days - 1), rng.int(9, 21), rng), rng.int(10, 100), p.account, rng.pick(people).account, { channel: 'instantP2P' });
    // A rare hotel night, taxi ride or cash deposit at the home branch.
    if (rng.next() < 0.1) b.tx(when(rng.int(0, days - 1), rng.int(12, 20), rng), rng.int(80, 220), p.account, 'EXT-HOTEL', { channel: 'cardPayment', merchantCategory: '7011', counterpartyType: 'accommodationProvider' });
    if (rng.next() < 0.2) b.tx(when(rng.int(0, days - 1), rng.int(8, 23), rng), rng.int(8, 40), p.account, 'EXT-TAXI', { channel: 'cardPayment', merchantCategory: '4121' });
    if (rng.next() < 0.1) b.tx(when(rng.int(0, days - 1), rng.int(9, 16), rng), rng.int(50, 900), '', p.account, { channel: 'cashDepositBranch', terminalId: 'BR-HOME' });
  }
}

/** The planted patterns, each named after the typology it stands for, returning its planted accounts. */
export const planters = {
  /** Cash just under the threshold paid in at many branches, most of it withdrawn within two days. */
  funnelAccount(b: Builder) {
    const mule = b.customer('individual', { opened: '2025-12-10' });
    for (let week = 0; week < 8; week++) {
      for (let k = 0; k < 3; k++) {
        const day = week * 7 + k * 2;
        const amount = b.rng.int(8500, 9900);
        b.tx(when(day, b.rng.int(10, 15), b.rng), amount, '', mule, { channel: 'cashDepositBranch', terminalId: `BR-${b.rng.int(1, 6)}${k}` });
        b.tx(when(day + 1, b.rng.int(10, 18), b.rng), Math.round(amount * 0.85), mule, '', { channel: 'cashWithdrawal', terminalId: `ATM${b.rng.int(1, 300)}` });
      }
    }
    b.truth('funnelAccount', mule);
    return [mule];
  },
  /** One employer pays eight workers' wages into the controller's account; he takes most out in cash. */
  payrollToController(b: Builder) {
    const address = `${'a'.repeat(31)}1`;
    const employer = b.customer('business');
    const controller = b.customer('individual', { address });
    const workers = Array.from({ length: 8 }, () => b.customer('individual', { address }));
    for (let m = 0; m < 4; m++) {
      for (let w = 0; w < 8; w++) b.tx(when(m * 30 + 27, 10, b.rng), 1150 + b.rng.int(-50, 50), employer, controller, { channel: 'bankTransferDomestic', counterpartyType: 'employer', purpose: 'wageSalary' });
      for (let k = 0; k < 3; k++) b.tx(when(m * 30 + 28, 12 + k, b.rng), 2500, controller, '', { channel: 'cashWithdrawal', terminalId: `ATM${b.rng.int(1, 300)}` });
    }
    b.truth('payrollToController', controller, ...workers);
    return [controller, ...workers];
  },
  /** Many small night-time payments from strangers; hotels, adverts and taxis paid from the same account. */
  sexBuyerPayments(b: Builder) {
    const victim = b.customer('individual', { birthYear: 2002, opened: '2025-11-02' });
    for (let day = 0; day < 110; day++) {
      for (let k = 0; k < 3; k++) b.tx(when(day, b.rng.int(20, 26), b.rng), b.rng.pick([60, 80, 100, 150, 200, 250]), `EXT-BUYER-${b.rng.int(1, 400)}`, victim, { channel: 'instantP2P' });
      if (day % 3 === 0) b.tx(when(day, 15, b.rng), b.rng.int(70, 130), victim, `EXT-HOTEL-${day % 4}`, { channel: 'cardPayment', merchantCategory: '7011', counterpartyType: 'accommodationProvider' });
      if (day % 5 === 0) b.tx(when(day, b.rng.int(0, 23), b.rng), b.rng.pick([12, 24, 36]), victim, 'EXT-ADSITE', { channel: 'cardPayment', merchantCategory: '7311', counterpartyType: 'advertisingPlatform', place: 'US' });
      b.tx(when(day, b.rng.int(17, 23), b.rng), b.rng.int(9, 30), victim, 'EXT-RIDES', { channel: 'cardPayment', merchantCategory: '4121', counterpartyType: 'transportProvider' });
    }
    b.truth('sexBuyerPayments', victim);
    return [victim];
  },
  /** Young workers opened accounts together at one address; each sends a fixed instalment to the recruiter after payday. */
  recruitmentFeeDebt(b: Builder) {
    const address = `${'b'.repeat(31)}2`;
    const workers = Array.from({ length: 5 }, () => b.customer('individual', { birthYear: 2004, address, opened: '2025-12-0' + b.rng.int(1, 9) }));
    for (const [i, w] of workers.entries()) {
      for (let m = 0; m < 4; m++) {
        b.tx(when(m * 30 + 28, 9, b.rng), 1250, 'EXT-BUILDER', w, { channel: 'bankTransferDomestic', counterpartyType: 'employer', purpose: 'wageSalary' });
        b.tx(when(m * 30 + 29, 18, b.rng), 300 + 20 * i, w, 'EXT-RECRUITER-NP', { channel: 'bankTransferInternational', place: 'NP', paymentReference: 'LOAN REPAYMENT' });
      }
    }
    b.truth('recruitmentFeeDebt', ...workers, 'EXT-RECRUITER-NP');
    return [...workers, 'EXT-RECRUITER-NP'];
  },
  /** A new account takes many payments from scam victims and sends nearly all of it on to crypto exchanges. */
  scamMuleLayering(b: Builder) {
    const mule = b.customer('individual', { opened: '2026-01-20' });
    for (let week = 3; week < 8; week++) {
      let total = 0;
      for (let k = 0; k < 10; k++) {
        const amount = b.rng.int(200, 1500);
        total += amount;
        b.tx(when(week * 7 + (k % 5), b.rng.int(9, 22), b.rng), amount, `EXT-VICTIM-${b.rng.int(1, 999)}`, mule, { channel: 'bankTransferDomestic' });
      }
      b.tx(when(week * 7 + 5, 10, b.rng), Math.round(total * 0.5), mule, 'EXT-VASP', { channel: 'cryptoOnChain', counterpartyType: 'vasp' });
      b.tx(when(week * 7 + 6, 10, b.rng), Math.round(total * 0.45), mule, 'EXT-VASP', { channel: 'cryptoOnChain', counterpartyType: 'vasp' });
    }
    // Small crypto buys as well, for the small-purchases rule.
    for (let k = 0; k < 8; k++) b.tx(when(40 + k, 20, b.rng), b.rng.int(20, 150), mule, 'EXT-VASP', { channel: 'cryptoAtm', counterpartyType: 'vasp' });
    b.truth('scamMuleLayering', mule);
    return [mule];
  },
  /** Four customers at different addresses operate their accounts from one device. */
  sharedDevice(b: Builder) {
    const device = `${'c'.repeat(31)}3`;
    const accounts = Array.from({ length: 4 }, () => b.customer('individual', { device }));
    b.truth('sharedDevice', ...accounts);
    return accounts;
  },
  /** Frequent prepaid card loads. */
  prepaidCards(b: Builder) {
    const account = b.customer('individual');
    for (let k = 0; k < 7; k++) b.tx(when(10 + k * 3, 14, b.rng), b.rng.int(50, 400), account, 'EXT-PREPAID', { channel: 'prepaidCardLoad' });
    b.truth('prepaidCards', account);
    return [account];
  },
};

/** Which planted pattern each shipped rule must find. */
export const RULE_PATTERNS: Record<string, keyof typeof planters> = {
  'FINCEN-HS14-S07': 'funnelAccount',
  'FATF-HT18-06': 'funnelAccount',
  'FINCEN-HT14-T09': 'funnelAccount',
  'FINCEN-HT20-F14': 'funnelAccount',
  'FATF-HT18-01': 'payrollToController',
  'FATF-HT18-02': 'payrollToController',
  'FATF-HT18-08': 'payrollToController',
  'AUSTRAC-FSS22-C06': 'sexBuyerPayments',
  'MC-MST-FP-T01': 'sexBuyerPayments',
  'FINTRAC-HTSE16-T01': 'sexBuyerPayments',
  'AUSTRAC-FSS22-C04': 'sexBuyerPayments',
  'AUSTRAC-FSS22-C10': 'sexBuyerPayments',
  'FATF-HT18-15': 'recruitmentFeeDebt',
  'MC-MST-FP-D01': 'recruitmentFeeDebt',
  'MC-MST-SCAM-T01': 'scamMuleLayering',
  'FINCEN-PB23-05': 'scamMuleLayering',
  'FINTRAC-HTSE16-T08': 'scamMuleLayering',
  'FINCEN-HT14-T02': 'sharedDevice',
  'FINCEN-HT20-F15': 'prepaidCards',
};

export function dataset(seed: number, opts: { customers: number; months: number; plant?: (keyof typeof planters)[] }): Dataset {
  const b = new Builder(prng(seed));
  background(b, opts);
  for (const name of opts.plant ?? []) planters[name](b);
  return b.data;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const toCsv = (rows: object[]) => {
  const header = Object.keys(rows[0]!);
  return [header.join(','), ...rows.map((r) => header.map((h) => csvCell(String((r as Record<string, unknown>)[h] ?? ''))).join(','))].join('\n') + '\n';
};
const toNdjson = (rows: object[]) => rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')))).join('\n') + '\n';

/** Writes the tables into a folder as CSV or NDJSON files named after the tables. */
export function writeDataset(dir: string, data: Dataset, format: 'csv' | 'ndjson' = 'csv', tables: (keyof Dataset)[] = ['transactions', 'accounts', 'customers']): string {
  mkdirSync(dir, { recursive: true });
  for (const table of tables) {
    if (data[table].length === 0) continue;
    writeFileSync(join(dir, `${table}.${format}`), format === 'csv' ? toCsv(data[table]) : toNdjson(data[table]));
  }
  return dir;
}
