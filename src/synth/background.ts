/**
 * The ordinary financial life of a synthetic customer, from background.json: wages, rent, bills, card
 * purchases with merchant category codes, transfers to friends, cash withdrawals and savings. Everything about
 * background customer j comes from its own random stream and from j, never from a table held in memory, so a
 * population of any size streams in constant memory.
 */
import type { BankClock } from './clock.js';
import type { RunIds } from './identifiers.js';
import { Prng } from './prng.js';
import { drawAmount, formatAmount, minuteAt, type AccountRow, type CustomerRow, type PendingTransaction } from './rows.js';
import type { BackgroundDefinition } from './typology.js';

/** Where each kind of number lives inside the identifier permutations, so that the kinds never collide. */
export const NUMBERING = {
  employerCustomer: 0,
  backgroundCustomer: 2 ** 30,
  plantedCustomer: 2 ** 40,
  employerAccount: 0,
  backgroundAccount: 2 ** 30,
  plantedAccount: 2 ** 40,
  landlord: 0,
  utility: 2 ** 28,
  merchant: 2 ** 29,
  atm: 2 ** 30,
  plantedOutside: 2 ** 40,
} as const;

export interface Bank {
  seed: string;
  country: string;
  currency: string;
  clock: BankClock;
  ids: RunIds;
  background: BackgroundDefinition;
  /** Number of background individuals and of employers. */
  population: number;
  employers: number;
}

/** The accounts a customer spends from, and who employs them. */
export interface Household {
  customerId: string;
  currentAccount: string;
  savingsAccount?: string;
  /** The employer's account number when the customer is paid wages. */
  employer?: number;
}

export function employerCount(background: BackgroundDefinition, population: number): number {
  return Math.max(1, Math.ceil((population * background.employmentRate) / background.customersPerEmployer));
}

/** The employers: business customers of the bank that pay the wages. */
export function employerRows(bank: Bank, e: number): { customer: CustomerRow; account: AccountRow } {
  const rng = new Prng(bank.seed, 'employer', e);
  const customerId = bank.ids.customer(NUMBERING.employerCustomer + e);
  const own = `employer-${e}`;
  return {
    customer: { customerId, customerType: 'business', birthYear: '', addressHash: bank.ids.keyedHash('address', own), phoneHash: bank.ids.keyedHash('phone', own), deviceHash: bank.ids.keyedHash('device', own), employerId: '' },
    account: { accountId: bank.ids.account(NUMBERING.employerAccount + e), customerId, openedDate: bank.clock.date(-rng.int(400, 7000)), accountType: 'businessAccount', country: bank.country },
  };
}

/** Background customer j: its customer row, accounts and household facts. */
export function backgroundCustomer(bank: Bank, j: number): { customer: CustomerRow; accounts: AccountRow[]; household: Household } {
  const rng = new Prng(bank.seed, 'background', j);
  const bg = bank.background;
  const customerId = bank.ids.customer(NUMBERING.backgroundCustomer + j);
  const employed = rng.chance(bg.employmentRate);
  const employer = employed ? rng.int(0, bank.employers - 1) : undefined;
  // Households: customers 2m and 2m+1 share an address with the probability the background gives.
  const pair = Math.floor(j / 2);
  const sharesAddress = new Prng(bank.seed, 'household', pair).chance(bg.householdShare);
  const address = sharesAddress ? `household-${pair}` : `background-${j}`;
  const customer: CustomerRow = {
    customerId,
    customerType: 'individual',
    birthYear: String(rng.int(bg.birthYear.min, bg.birthYear.max)),
    addressHash: bank.ids.keyedHash('address', address),
    phoneHash: bank.ids.keyedHash('phone', `background-${j}`),
    deviceHash: bank.ids.keyedHash('device', `background-${j}`),
    employerId: employer === undefined ? '' : bank.ids.customer(NUMBERING.employerCustomer + employer),
  };
  const currentAccount = bank.ids.account(NUMBERING.backgroundAccount + 2 * j);
  const accounts: AccountRow[] = [{ accountId: currentAccount, customerId, openedDate: bank.clock.date(-rng.int(60, 7000)), accountType: 'currentAccount', country: bank.country }];
  let savingsAccount: string | undefined;
  if (rng.chance(bg.savingsAccountShare)) {
    savingsAccount = bank.ids.account(NUMBERING.backgroundAccount + 2 * j + 1);
    accounts.push({ accountId: savingsAccount, customerId, openedDate: bank.clock.date(-rng.int(30, 5000)), accountType: 'savingsAccount', country: bank.country });
  }
  return { customer, accounts, household: { customerId, currentAccount, ...(savingsAccount ? { savingsAccount } : {}), ...(employer === undefined ? {} : { employer }) } };
}

/** A background transaction; every field is set in one literal, which keeps generation fast (no spreads). */
function txn(bank: Bank, minute: number, amount: string, fromAccount: string, toAccount: string, channel: string, description: string, extra?: { counterpartyType?: string; purpose?: string; merchantCategory?: string; paymentReference?: string; terminalId?: string }): PendingTransaction {
  return {
    minute,
    amount,
    currency: bank.currency,
    fromAccount,
    toAccount,
    channel,
    place: bank.country,
    counterpartyType: extra?.counterpartyType ?? '',
    purpose: extra?.purpose ?? '',
    merchantCategory: extra?.merchantCategory ?? '',
    paymentReference: extra?.paymentReference ?? '',
    terminalId: extra?.terminalId ?? '',
    description,
  };
}

/** The transactions of one household over the whole period, in time order; `rng` is the household's own stream. */
export function backgroundTransactions(bank: Bank, household: Household, rng: Prng): PendingTransaction[] {
  const bg = bank.background;
  const { clock } = bank;
  const out: PendingTransaction[] = [];
  const days = clock.days;
  const monthly = (range: { min: number; max: number }) => clock.monthDays(rng.int(range.min, range.max));
  const months = days / 30.4;

  if (household.employer !== undefined) {
    const base = drawAmount(rng, bg.salary.amount);
    const employerAccount = bank.ids.account(NUMBERING.employerAccount + household.employer);
    for (const day of monthly(bg.salary.dayOfMonth)) {
      out.push(txn(bank, minuteAt(rng, day, { min: 8, max: 11 }), formatAmount(base * rng.uniform(0.97, 1.03)), employerAccount, household.currentAccount, 'bankTransferDomestic', 'Salary credit', { counterpartyType: 'employer', purpose: 'wageSalary', paymentReference: `SALARY ${clock.month(day)}` }));
    }
  }
  if (rng.chance(bg.rent.share)) {
    const rent = formatAmount(drawAmount(rng, bg.rent.amount), 5);
    const landlord = bank.ids.outsideParty('account', NUMBERING.landlord + rng.int(0, Math.max(1, Math.floor(bank.population / 3))));
    for (const day of monthly(bg.rent.dayOfMonth)) {
      out.push(txn(bank, minuteAt(rng, day, { min: 6, max: 9 }), rent, household.currentAccount, landlord, 'bankTransferDomestic', 'Standing order', { counterpartyType: 'landlord', purpose: 'rentResidential', paymentReference: `RENT ${clock.month(day)}` }));
    }
  }
  bg.utilities.forEach((u, i) => {
    if (!rng.chance(u.share)) return;
    const provider = bank.ids.outsideParty('merchant', NUMBERING.utility + i * 16 + rng.int(0, 15));
    for (const day of monthly(u.dayOfMonth)) {
      out.push(txn(bank, minuteAt(rng, day, { min: 2, max: 6 }), formatAmount(drawAmount(rng, u.amount)), household.currentAccount, provider, 'cardPayment', u.description, { merchantCategory: u.merchantCategory, terminalId: provider }));
    }
  });
  const categories = bg.cardPurchases.categories.map((c, i) => ({ weight: c.weight, value: { ...c, index: i } }));
  for (let n = rng.poisson(bg.cardPurchases.perMonth * months); n > 0; n--) {
    const c = rng.weighted(categories);
    const merchant = bank.ids.outsideParty('merchant', NUMBERING.merchant + c.index * bg.cardPurchases.merchantsPerCategory + rng.int(0, bg.cardPurchases.merchantsPerCategory - 1));
    out.push(txn(bank, minuteAt(rng, rng.int(0, days - 1), c.hours), formatAmount(drawAmount(rng, c.amount)), household.currentAccount, merchant, 'cardPayment', c.description, { counterpartyType: c.counterpartyType ?? '', merchantCategory: c.merchantCategory, terminalId: merchant }));
  }
  if (bank.population > 1) {
    for (let n = rng.poisson(bg.friendTransfers.perMonth * months); n > 0; n--) {
      const friend = rng.int(0, bank.population - 1);
      out.push(txn(bank, minuteAt(rng, rng.int(0, days - 1), bg.friendTransfers.hours), formatAmount(drawAmount(rng, bg.friendTransfers.amount)), household.currentAccount, bank.ids.account(NUMBERING.backgroundAccount + 2 * friend), 'instantP2P', 'Instant payment sent'));
    }
  }
  for (let n = rng.poisson(bg.cashWithdrawals.perMonth * months); n > 0; n--) {
    const atm = bank.ids.outsideParty('terminal', NUMBERING.atm + rng.int(0, bg.cashWithdrawals.atms - 1));
    out.push(txn(bank, minuteAt(rng, rng.int(0, days - 1), { min: 7, max: 23 }), formatAmount(drawAmount(rng, bg.cashWithdrawals.amount)), household.currentAccount, '', 'cashWithdrawal', 'ATM withdrawal', { terminalId: atm }));
  }
  if (household.savingsAccount) {
    for (const day of monthly(bg.savingsTransfer.dayOfMonth)) {
      out.push(txn(bank, minuteAt(rng, day, { min: 7, max: 22 }), formatAmount(drawAmount(rng, bg.savingsTransfer.amount), 10), household.currentAccount, household.savingsAccount, 'bankTransferDomestic', 'Transfer to savings'));
    }
  }
  return out.sort((a, b) => a.minute - b.minute);
}

/** Expected background transactions per customer and month, to size a population for a wanted number of rows. */
export function transactionsPerCustomerMonth(bg: BackgroundDefinition): number {
  return bg.employmentRate + bg.rent.share + bg.utilities.reduce((s, u) => s + u.share, 0) + bg.cardPurchases.perMonth + bg.friendTransfers.perMonth + bg.cashWithdrawals.perMonth + bg.savingsAccountShare;
}
