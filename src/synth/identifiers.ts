/**
 * Identifiers and keyed hashes of synthetic data. Identifiers are a keyed permutation of a running number, so
 * they are unique (a permutation never collides) and say nothing about the order of generation: a rule cannot
 * tell planted customers from background ones by their identifiers. Contact points are HMAC-SHA-256 of a
 * synthetic value under a synthetic key, as a bank's export would carry them; no raw value is ever written.
 */
import { createHash, createHmac } from 'node:crypto';
import { mix } from './prng.js';

const HALF_BITS = 24;
const HALF_MASK = (1 << HALF_BITS) - 1;
const ROUNDS = 4;


export class IdPermutation {
  private readonly keys: number[];

  constructor(seed: string, purpose: string) {
    const digest = createHash('sha256').update(`${seed}\u0000ids\u0000${purpose}`).digest();
    this.keys = Array.from({ length: ROUNDS }, (_, i) => digest.readUInt32LE(i * 4));
  }

  /** A 48-bit Feistel permutation: a bijection, so distinct numbers give distinct identifiers. */
  permute(n: number): number {
    if (!Number.isInteger(n) || n < 0 || n >= 2 ** (2 * HALF_BITS)) throw new RangeError(`identifier number out of range: ${n}`);
    let left = Math.floor(n / 2 ** HALF_BITS);
    let right = n % 2 ** HALF_BITS;
    for (const key of this.keys) {
      const next = (left ^ (mix(right ^ key) & HALF_MASK)) >>> 0;
      left = right;
      right = next;
    }
    return left * 2 ** HALF_BITS + right;
  }

  id(prefix: string, n: number): string {
    return `${prefix}${this.permute(n).toString(16).padStart(12, '0')}`;
  }
}

/** The identifiers of one run: customers, accounts, transactions and outside parties, each from its own permutation. */
export class RunIds {
  private readonly customers: IdPermutation;
  private readonly accounts: IdPermutation;
  private readonly transactions: IdPermutation;
  private readonly outside: IdPermutation;
  private readonly hashKey: Buffer;

  constructor(seed: string) {
    this.customers = new IdPermutation(seed, 'customer');
    this.accounts = new IdPermutation(seed, 'account');
    this.transactions = new IdPermutation(seed, 'transaction');
    this.outside = new IdPermutation(seed, 'outside');
    // The synthetic bank's secret key: derived from the seed so runs repeat, and labelled as synthetic.
    this.hashKey = createHash('sha256').update(`htfds synth: synthetic hashing key, not for real data\u0000${seed}`).digest();
  }

  customer = (n: number) => this.customers.id('CU', n);
  account = (n: number) => this.accounts.id('AC', n);
  transaction = (n: number) => this.transactions.id('TX', n);
  /** An account, merchant or terminal outside the bank; the kind keeps the numbering of each apart. */
  outsideParty = (kind: 'account' | 'merchant' | 'terminal', n: number) => this.outside.id(kind === 'account' ? 'XA' : kind === 'merchant' ? 'MR' : 'TM', n * 4 + (kind === 'account' ? 0 : kind === 'merchant' ? 1 : 2));

  /** The keyed hash a bank would export for a contact point, e.g. keyedHash('address', 'household-17'); also of an account, for the case reports. */
  keyedHash(kind: 'address' | 'phone' | 'device' | 'account', syntheticValue: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}:${syntheticValue}`, 'utf8').digest('hex');
  }
}
