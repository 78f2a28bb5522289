/**
 * Which reports may describe the same person or case, so that small-group protection and statistics count
 * people, not lines: two reports are joined when they share a record identifier (or one updates the other), a
 * case reference, a person's or account's identifier or its keyed hash, a name with a date of birth, an exact
 * date of birth with gender and citizenship, the same payments, or the same content once identifiers are set
 * aside. Joining too much only makes the protection stricter; joining too little would let copies pass as a crowd.
 * The keys are held as keyed hashes under a key made for this run, and never leave the process.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { isMissingValue, valuesAt } from '../validate/paths.js';
import { normaliseIdentifier } from './normalise.js';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The identity keys of one report: from the original (for names and identifiers) and from its anonymised form (for content). */
export function identityKeys(original: unknown, anonymised: Json): string[] {
  const keys: string[] = [];
  const report = isObject(original) ? original : {};
  for (const name of ['recordId', 'relatesToRecordId']) if (str(report[name])) keys.push(`record:${str(report[name])!.toLowerCase()}`);
  if (str(report.sourceCaseRefHmac)) keys.push(`case:${str(report.sourceCaseRefHmac)}`);
  for (const [list, typeKey] of [['/persons/*/identifiers/*', 'type'], ['/accounts/*/identifiers/*', 'scheme']] as const) {
    for (const { value } of valuesAt(report, list)) {
      if (!isObject(value)) continue;
      const type = str(value[typeKey]);
      if (str(value.value)) keys.push(`identifier:${type}:${normaliseIdentifier(type, str(value.value)!)}`);
      if (str(value.valueHmac)) keys.push(`hash:${str(value.valueHmac)}`);
    }
  }
  for (const { value: person } of valuesAt(report, '/persons/*')) {
    if (!isObject(person)) continue;
    const birth = str(person.dateOfBirth);
    const name = str(person.fullName)?.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (name && birth) keys.push(`person:${name}|${birth}`);
    if (birth && !isMissingValue(person.gender)) keys.push(`birth:${birth}|${JSON.stringify(person.gender ?? null)}|${JSON.stringify(person.citizenship ?? null)}`);
  }
  const payments = valuesAt(report, '/transactions/*')
    .map(({ value: t }) => (isObject(t) && isObject(t.amount) && typeof t.amount.amount === 'number' && str(t.date) ? `${t.date} ${t.amount.amount} ${String(t.amount.currency)}` : undefined))
    .filter((p): p is string => p !== undefined)
    .sort();
  if (payments.length >= 3) keys.push(`payments:${payments.join(';')}`);
  const { recordId: _r, relatesToRecordId: _rel, dateReported: _d, informationAsOf: _i, sharing: _s, ...content } = anonymised;
  keys.push(`content:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`);
  return keys;
}

/** Union-find over report indexes, joined by shared identity keys. */
export class IdentityClusters {
  private readonly parent: number[] = [];
  private readonly holder = new Map<string, number>();
  private readonly runKey = randomBytes(32);

  add(index: number, keys: readonly string[]): void {
    this.parent[index] = index;
    for (const key of keys) {
      const hashed = createHmac('sha256', this.runKey).update(key).digest('base64');
      const other = this.holder.get(hashed);
      if (other === undefined) this.holder.set(hashed, index);
      else this.union(index, other);
    }
  }

  /** The cluster a report belongs to (the same number for every report of one cluster). */
  clusterOf(index: number): number {
    let root = index;
    while (this.parent[root] !== root && this.parent[root] !== undefined) root = this.parent[root]!;
    // Path compression keeps later look-ups short.
    for (let i = index; i !== root; ) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const [ra, rb] = [this.clusterOf(a), this.clusterOf(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
