/**
 * `htfds anonymise --profile <name> --key-file <file> <inputs…>`: writes the reports, anonymised for sharing
 * under the profile, as NDJSON. The work is the library's (src/share/batch.ts); this command reads files and
 * prints. Exit 0 when every report was shared, 1 when any was refused (marking, purposes, invalid report,
 * anything unexpected), 2 when an input or the key cannot be used.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { UnusableInputError } from '../io/read-records.js';
import { getProfile, type AnonymiseOptions } from '../share/anonymise.js';
import { anonymiseBatch, type SourceReport } from '../share/batch.js';
import type { PlacedFinding } from '../io/imported-record.js';
import { eachRecord, expandInputs, placeOf, writeUnplaced } from './inputs.js';
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
    ...(key ? { key, keyId: options.keyId ?? keyFingerprint(key) } : options.keyId ? { keyId: options.keyId } : {}),
    ...(options.usdRates ? { usdRates: await readRates(options.usdRates) } : {}),
  };
  const { files, unusable } = await expandInputs(inputs);
  // Unusable files and template warnings are collected on the first reading only, so each is reported once.
  const unplaced: PlacedFinding[] = [];
  let reading = 0;
  const open = async function* (): AsyncGenerator<SourceReport> {
    const first = reading++ === 0;
    for await (const record of eachRecord(files, first ? unusable : [], undefined, { quoteInput: false, unplaced: first ? unplaced : [] })) yield { data: record.data, place: placeOf(record), findings: record.findings };
  };

  const refusals = new Map<string, { count: number; hint: string; first: string }>();
  const out = options.out ? createWriteStream(options.out) : options.stdout;
  const batch = anonymiseBatch(open, settings);
  let step = await batch.next();
  while (!step.done) {
    const event = step.value;
    if (event.type === 'shared') out.write(`${JSON.stringify(event.report)}\n`);
    else {
      const entry = refusals.get(event.reason) ?? { count: 0, hint: event.hint, first: event.place };
      entry.count++;
      refusals.set(event.reason, entry);
    }
    step = await batch.next();
  }
  const summary = step.value;
  if (out !== options.stdout) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())));

  const unplacedErrors = writeUnplaced(options.stderr, unplaced, false);
  for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
  for (const [reason, r] of refusals) options.stderr.write(`htfds: refused ${r.count} report(s), first at ${r.first}: ${reason} — ${r.hint}\n`);
  for (const [what, n] of Object.entries(summary.notes)) options.stderr.write(`  ${what}: ${n}\n`);
  options.stderr.write(`${summary.shared} report(s) shared under the ${profile.name} profile${summary.refused ? `, ${summary.refused} refused` : ''}.\n`);
  return unusable.length > 0 ? 2 : summary.refused > 0 || unplacedErrors ? 1 : 0;
}
