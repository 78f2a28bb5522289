/**
 * `htfds anonymise --profile <name> --key-file <file> <inputs…>`: writes the reports, anonymised for sharing
 * under the profile, as NDJSON. Profiles with small-group protection read the input twice: once to find the
 * rare combinations of quasi-identifiers, once to write. Exit 0 when every report was shared, 1 when any was
 * refused (marking, purposes, invalid report), 2 when an input or the key cannot be used.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { UnusableInputError } from '../io/read-records.js';
import { anonymiseReport, getProfile, SharingRefusal, type AnonymiseNotes, type AnonymiseOptions } from '../share/anonymise.js';
import { applySuppression, planSuppression, quasiIdentifierValues, type SuppressionPlan } from '../share/k-anonymity.js';
import { eachRecord, expandInputs, placeOf } from './inputs.js';
import { keyFingerprint, readKey } from '../share/key-file.js';

export interface AnonymiseCommandOptions {
  profile: string;
  keyFile?: string;
  keyId?: string;
  usdRates?: string;
  out?: string;
  stdout: Writable;
  stderr: Writable;
}

export { keyFingerprint, MIN_KEY_BYTES, readKey } from '../share/key-file.js';

async function readRates(path: string): Promise<Record<string, number>> {
  try {
    const rates = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (rates === null || typeof rates !== 'object' || Object.values(rates).some((v) => typeof v !== 'number' || !(v > 0))) throw new Error();
    return rates as Record<string, number>;
  } catch {
    throw new UnusableInputError('the exchange-rate file must be a JSON object of currency code → US dollars per unit, e.g. {"THB": 0.028}', path);
  }
}

export async function anonymiseCommand(inputs: string[], options: AnonymiseCommandOptions): Promise<number> {
  const profile = getProfile(options.profile);
  const key = options.keyFile ? await readKey(options.keyFile) : undefined;
  const settings: AnonymiseOptions = {
    profile: profile.name,
    ...(key ? { key, keyId: options.keyId ?? keyFingerprint(key) } : {}),
    ...(options.usdRates ? { usdRates: await readRates(options.usdRates) } : {}),
  };
  const { files, unusable } = await expandInputs(inputs);
  const notes: AnonymiseNotes = {};
  const refusals = new Map<string, { count: number; hint: string; first: string }>();
  const refuse = (place: string, error: SharingRefusal) => {
    const entry = refusals.get(error.reason) ?? { count: 0, hint: error.hint, first: place };
    entry.count++;
    refusals.set(error.reason, entry);
  };

  // First pass, only for small-group protection: the quasi-identifiers of every report that will be shared.
  let plan: SuppressionPlan | undefined;
  const k = profile.kAnonymity;
  if (k) {
    const values: string[][] = [];
    for await (const record of eachRecord(files, [])) {
      try {
        values.push(quasiIdentifierValues(anonymiseReport(record.data, settings, {}), k.quasiIdentifiers));
      } catch (error) {
        if (!(error instanceof SharingRefusal)) throw error;
      }
    }
    plan = planSuppression(values, k.quasiIdentifiers, k.k);
  }

  const out = options.out ? createWriteStream(options.out) : options.stdout;
  let shared = 0;
  let index = 0;
  for await (const record of eachRecord(files, unusable)) {
    let report: Record<string, unknown>;
    try {
      report = anonymiseReport(record.data, settings, notes);
    } catch (error) {
      if (!(error instanceof SharingRefusal)) throw error;
      refuse(placeOf(record), error);
      continue;
    }
    const i = index++;
    if (plan && k) {
      if (plan.withheld.has(i)) continue;
      applySuppression(report, plan.actions.get(i) ?? new Map());
      (report.sharing as Record<string, unknown>).kAnonymityThreshold = k.k;
    }
    out.write(`${JSON.stringify(report)}\n`);
    shared++;
  }
  if (out !== options.stdout) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())));

  for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
  for (const [reason, r] of refusals) options.stderr.write(`htfds: refused ${r.count} report(s), first at ${r.first}: ${reason} — ${r.hint}\n`);
  for (const [what, n] of Object.entries({ ...notes, ...(plan?.summary ?? {}) })) options.stderr.write(`  ${what}: ${n}\n`);
  options.stderr.write(`${shared} report(s) shared under the ${profile.name} profile${refusals.size ? `, ${[...refusals.values()].reduce((a, r) => a + r.count, 0)} refused` : ''}.\n`);
  return unusable.length > 0 ? 2 : refusals.size > 0 ? 1 : 0;
}
