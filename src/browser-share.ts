/**
 * What the docs site's page "Prepare a case for sharing" runs: the anonymiser of `htfds anonymise`, the same
 * code, with the group key's keyed hashes made by Web Crypto. The key is read from the file the person chose,
 * held in memory for the run and never stored or sent.
 *
 * Web Crypto signs only asynchronously and the anonymiser asks for hashes synchronously, so a batch is run
 * twice: the first run records which texts need a keyed hash (with placeholders, its output thrown away), Web
 * Crypto makes them, and the second run uses them. The output is byte for byte that of the command line.
 */
import type { webcrypto } from 'node:crypto';
import runtimeModel from './generated/runtime-model.js';
import { anonymiseBatch, type BatchEvent, type BatchSummary, type SourceReport } from './share/batch.js';
import { KeyRefused, keyFromBytes } from './share/key-bytes.js';
import { toHex, type KeyedHash } from './share/keyed-hash.js';

export { validateCaseReport } from './validate/validate-case-report.js';
export { isValid } from './validate/finding.js';
export { runtimeModel as schemaFacts };

/** The sharing group's key, ready for Web Crypto, with the public name the command line would give it. */
export interface GroupKey {
  bytes: Uint8Array;
  hmacKey: webcrypto.CryptoKey;
  /** `sha256:` and the start of the key's SHA-256, as `htfds anonymise` names a key without --key-id. */
  id: string;
  /** Why the key looks guessable, when it does (it is still used). */
  warning?: string;
}

/** The key in a key file's bytes, or the reason it cannot be used (the same checks as `htfds anonymise --key-file`). */
export async function readGroupKey(fileBytes: Uint8Array): Promise<GroupKey | { refused: string }> {
  let warning: string | undefined;
  let bytes: Uint8Array;
  try {
    bytes = keyFromBytes(fileBytes, (m) => (warning = m));
  } catch (error) {
    if (error instanceof KeyRefused) return { refused: error.reason };
    throw error;
  }
  const copy = Uint8Array.from(bytes);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', copy));
  // Not extractable: once imported, the page's own code cannot read the key back out of Web Crypto.
  const hmacKey = await globalThis.crypto.subtle.importKey('raw', copy, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { bytes: copy, hmacKey, id: `sha256:${toHex(digest).slice(0, 16)}`, ...(warning ? { warning } : {}) };
}

export interface SharedBatch {
  events: BatchEvent[];
  summary: BatchSummary;
  /** The shared reports as `htfds anonymise` writes them: one JSON line each. */
  ndjson: string;
}

async function run(reports: readonly SourceReport[], profile: string, key: GroupKey | undefined, keyedHash: KeyedHash): Promise<SharedBatch> {
  const options = { profile, keyedHash, ...(key ? { key: key.bytes, keyId: key.id } : {}) };
  const batch = anonymiseBatch(async function* () {
    yield* reports;
  }, options);
  const events: BatchEvent[] = [];
  let step = await batch.next();
  while (!step.done) {
    events.push(step.value);
    step = await batch.next();
  }
  const ndjson = events.map((e) => (e.type === 'shared' ? `${JSON.stringify(e.report)}\n` : '')).join('');
  return { events, summary: step.value, ndjson };
}

/** Anonymises the reports under the profile, as `htfds anonymise --profile <profile> --key-file <key>` does. */
export async function anonymiseReports(reports: readonly SourceReport[], profile: string, key?: GroupKey): Promise<SharedBatch> {
  const wanted = new Set<string>();
  const placeholder = new Uint8Array(32);
  const first = await run(reports, profile, key, (_key, text) => (wanted.add(text), placeholder));
  // No keyed hash asked for (the anonymiser asks only when it has a key): the first run is the result.
  if (!key || wanted.size === 0) return first;
  const encoder = new TextEncoder();
  const made = new Map<string, Uint8Array>();
  for (const text of wanted) made.set(text, new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key.hmacKey, encoder.encode(text))));
  return run(reports, profile, key, (_key, text) => {
    const hash = made.get(text);
    // Fail closed: the anonymiser turns this into a refusal of the report rather than sharing a placeholder.
    if (!hash) throw new Error('a keyed hash was asked for that the first run did not ask for');
    return hash;
  });
}
