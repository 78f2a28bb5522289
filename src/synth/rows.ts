/** The rows of the canonical tables as the synthesiser makes them, and the helpers that fill them. */
import type { Prng } from './prng.js';
import type { Amount } from './typology.js';

/** One row of the transactions table; empty strings are written as empty cells (CSV) or left out (NDJSON). */
export interface TransactionRow {
  transactionId: string;
  timestamp: string;
  amount: string;
  currency: string;
  fromAccount: string;
  toAccount: string;
  channel: string;
  place: string;
  counterpartyType: string;
  purpose: string;
  merchantCategory: string;
  paymentReference: string;
  terminalId: string;
  description: string;
}

export interface AccountRow {
  accountId: string;
  customerId: string;
  openedDate: string;
  accountType: string;
  country: string;
}

export interface CustomerRow {
  customerId: string;
  customerType: 'individual' | 'business';
  birthYear: string;
  addressHash: string;
  phoneHash: string;
  deviceHash: string;
  employerId: string;
}

export interface TruthRow {
  typology: string;
  /** A labelled customer is known through its accounts (accounts.customerId). */
  entityType: 'account' | 'transaction';
  entityId: string;
}

/** A transaction before it has its identifier: minutes since the start of the period say when it happened. */
export type PendingTransaction = Omit<TransactionRow, 'transactionId' | 'timestamp'> & { minute: number };

export const MINUTES_PER_DAY = 1440;

/** Draws an amount; `fixed` keeps the one amount of a fixedPerActor distribution for its actor. */
export function drawAmount(rng: Prng, amount: Amount, fixed?: { value?: number }): number {
  switch (amount.dist) {
    case 'uniform':
      return rng.uniform(amount.min, amount.max);
    case 'logNormal':
      return rng.logNormal(amount.median, amount.sigma);
    case 'normal':
      return Math.max(amount.min ?? 0, rng.normal(amount.mean, amount.sd));
    case 'choice':
      return rng.pick(amount.values);
    case 'fixedPerActor':
      if (!fixed) return rng.uniform(amount.min, amount.max);
      return (fixed.value ??= Math.round(rng.uniform(amount.min, amount.max)));
  }
}

/** An amount as a decimal string with two places, rounded to a multiple of `roundTo` when given. */
export function formatAmount(value: number, roundTo?: number): string {
  const v = roundTo ? Math.max(roundTo, Math.round(value / roundTo) * roundTo) : value;
  return (Math.round(v * 100) / 100).toFixed(2);
}

/** A minute of the period within a day and an hour range; hours past 24 run into the next day. */
export function minuteAt(rng: Prng, day: number, hours: { min: number; max: number }): number {
  return day * MINUTES_PER_DAY + Math.floor(rng.uniform(hours.min * 60, Math.max(hours.min * 60 + 1, hours.max * 60)));
}
