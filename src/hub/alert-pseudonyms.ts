/**
 * The member's side of indicator alerts (src/hub/alerts.ts is the hub's): before an alert leaves the bank, the
 * evidence keys of its detection become keyed hashes under the group key. Kept apart from the hub's checks, which
 * read the shipped catalogue and rules from disk, so that a browser member's bundle does not carry them.
 */
import { createHmac } from 'node:crypto';

type Json = Record<string, unknown>;

/** What a member does before sending an alert: the evidence keys become keyed hashes under the group key. */
export function pseudonymiseAlertForGroup(message: { headers: object; payload: Json }, key: Uint8Array): { headers: object; payload: Json } {
  const payload = structuredClone(message.payload);
  const detection = payload.detection as Json | undefined;
  if (detection && typeof detection === 'object') {
    const hash = (kind: string, id: unknown) => createHmac('sha256', key).update(`${kind}:${String(id)}`, 'utf8').digest('hex');
    const subject = detection.subject as Json | undefined;
    if (subject && typeof subject === 'object') subject.id = hash(String(subject.kind), subject.id);
    detection.transactions = Array.isArray(detection.transactions) ? detection.transactions.map((t) => hash('transaction', t)) : detection.transactions;
    detection.accounts = Array.isArray(detection.accounts) ? detection.accounts.map((a) => hash('account', a)) : detection.accounts;
  }
  return { headers: message.headers, payload };
}
