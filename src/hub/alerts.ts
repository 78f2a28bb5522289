/**
 * Indicator alerts through the hub (dist/asyncapi.yaml, channels alerts and alertDeliveries): a member sends the
 * alert messages `htfds detect` writes ({headers, payload}, src/detect/alerts.ts); the hub checks them, and passes
 * each to every other recipient whose profile accepts its TLP marking and whose purposes it permits, re-shaped for
 * that profile. The evidence of a detection (the bank's own account and transaction keys) is replaced by keyed
 * hashes under the group key before it leaves the member, so the hub never holds a bank's keys; a profile that
 * drops keyed hashes (aggregate) gets the observation alone: which indicator, how confidently, not where.
 */
import { createHmac } from 'node:crypto';
import runtimeModel from '../generated/runtime-model.js';
import { MessageError, parseAlertMessage, type MessageHeaders } from '../exchange/messages.js';
import { getProfile, outputMarking } from '../share/anonymise.js';
import { SharingRefusal } from '../share/refusal.js';
import type { Finding } from '../validate/finding.js';
import type { HubMember } from './config.js';

type Json = Record<string, unknown>;

const HASH = /^[0-9a-f]{64}$/;
const EVIDENCE_LISTS = ['transactions', 'accounts'] as const;

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

export type AlertAdmission = { ok: true; headers: MessageHeaders; payload: Json } | { ok: false; recordId?: string; findings: Finding[] };

const refused = (path: string, message: string, hint: string): Finding => ({ code: 'hub-refused', severity: 'error', path, message, hint });

/** The detection part, rebuilt from what the schema allows (anything else is left behind), or the finding why not. */
function checkedDetection(value: unknown): Json | Finding {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return refused('/payload/detection', 'The detection is not an object.', 'Send the alert as htfds detect writes it.');
  const d = value as Json;
  const subject = d.subject as Json | undefined;
  if (!subject || typeof subject.id !== 'string' || !HASH.test(subject.id) || !['account', 'sharedContact'].includes(String(subject.kind))) {
    return refused('/payload/detection/subject', 'The detection subject is not a keyed hash under the group key.', 'Send alerts with htfds send-alerts, which replaces the evidence keys by keyed hashes.');
  }
  for (const list of EVIDENCE_LISTS) {
    const items = d[list];
    if (!Array.isArray(items)) return refused(`/payload/detection/${list}`, 'The evidence list is missing.', 'Send the alert as htfds detect writes it.');
    const bad = items.findIndex((i) => typeof i !== 'string' || !HASH.test(i));
    if (bad >= 0) return refused(`/payload/detection/${list}/${bad}`, 'The evidence key is not a keyed hash under the group key; the hub must never hold a bank\'s own keys.', 'Send alerts with htfds send-alerts, which replaces the evidence keys by keyed hashes.');
  }
  if (typeof d.rule !== 'string' || !/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/.test(d.rule)) return refused('/payload/detection/rule', 'The detection does not name a rule.', 'Send the alert as htfds detect writes it.');
  if (typeof d.score !== 'number' || d.score < 0 || d.score > 1) return refused('/payload/detection/score', 'The score is not a number from 0 to 1.', 'Send the alert as htfds detect writes it.');
  const parameters: Json = {};
  for (const [name, v] of Object.entries((d.parameters ?? {}) as Json)) {
    if (typeof v === 'number' || (typeof v === 'string' && v.length <= 200) || (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length <= 200))) parameters[name] = v;
    else return refused(`/payload/detection/parameters/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'The parameter value is not a number, a short text or a list of them.', 'Send the alert as htfds detect writes it.');
  }
  return {
    rule: d.rule,
    parameters,
    score: d.score,
    subject: { kind: subject.kind, id: subject.id },
    transactions: d.transactions,
    accounts: d.accounts,
    evidenceTruncated: Number.isInteger(d.evidenceTruncated) && (d.evidenceTruncated as number) >= 0 ? d.evidenceTruncated : 0,
    indicatorSource: String(d.indicatorSource ?? ''),
    indicatorVerification: String(d.indicatorVerification ?? ''),
    unverifiedIndicator: d.unverifiedIndicator === true,
  };
}

/** Whether the hub may take an alert message (bytes of {headers, payload}), and the alert when it may. */
export function admitAlert(bytes: Uint8Array, maxBytes: number): AlertAdmission {
  if (bytes.length > maxBytes) return { ok: false, findings: [refused('', `The alert is larger than the hub accepts (${maxBytes} bytes).`, 'Send one alert per message.')] };
  let message: { headers?: unknown; payload?: unknown };
  try {
    message = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as typeof message;
  } catch {
    return { ok: false, findings: [refused('', 'The alert is not a JSON document in UTF-8.', 'Send one indicator-alert message {"headers": …, "payload": …} as htfds detect writes it.')] };
  }
  if (message === null || typeof message !== 'object' || typeof message.headers !== 'object' || message.headers === null) {
    return { ok: false, findings: [refused('', 'The message is not an indicator alert: it needs "headers" and "payload".', 'Send the alert as htfds detect writes it.')] };
  }
  const recordId = typeof (message.payload as Json | null)?.recordId === 'string' && /^[0-9a-f-]{36}$/i.test((message.payload as Json).recordId as string) ? ((message.payload as Json).recordId as string) : undefined;
  const withId = (findings: Finding[]): AlertAdmission => ({ ok: false, ...(recordId ? { recordId } : {}), findings });
  let parsed;
  try {
    parsed = parseAlertMessage({ headers: message.headers, payload: message.payload });
  } catch (error) {
    if (!(error instanceof MessageError)) throw error;
    return withId(error.findings.length > 0 ? error.findings.map((f) => ({ ...f, path: f.path.startsWith('headers') ? `/${f.path}` : `/payload${f.path}` })) : [refused('/payload', error.message, 'Send the alert as htfds detect writes it.')]);
  }
  if (parsed.headers.recordType !== undefined && parsed.headers.recordType !== 'indicatorAlert') return withId([refused('/headers/recordType', 'The message is not an indicator alert.', 'Send case reports with htfds submit.')]);
  const raw = parsed.payload as unknown as Json;
  const observation = structuredClone(raw.observation) as Json;
  if (Array.isArray(observation.evidenceRefs) && observation.evidenceRefs.some((r) => typeof r !== 'string' || r.length > 64)) return withId([refused('/payload/observation/evidenceRefs', 'An evidence reference is not a short reference into the report.', 'Send the alert as htfds detect writes it.')]);
  const payload: Json = { recordId: raw.recordId, indicatorCatalogueVersion: raw.indicatorCatalogueVersion, observation };
  if (raw.detection !== undefined) {
    const detection = checkedDetection(raw.detection);
    if ('severity' in detection) return withId([detection as unknown as Finding]);
    payload.detection = detection;
  }
  return { ok: true, headers: parsed.headers, payload };
}

/** The alert as one recipient may have it, with its headers; or why it may not. */
export function shapeAlertFor(alert: Extract<AlertAdmission, { ok: true }>, member: HubMember): { headers: MessageHeaders; payload: Json } | SharingRefusal {
  const profile = getProfile(member.profile!);
  let tlp: string;
  try {
    tlp = outputMarking(alert.headers.tlp, profile);
  } catch (error) {
    if (error instanceof SharingRefusal) return error;
    throw error;
  }
  const purposes = alert.headers.permittedPurposes.filter((p) => profile.allowedPurposes.includes(p) && (!member.purposes || member.purposes.includes(p)));
  if (purposes.length === 0) return new SharingRefusal('none of the alert\'s permitted purposes is one this member may use it for', 'the alert goes only to members whose purposes it permits');
  const payload = structuredClone(alert.payload);
  if (profile.byMethod.HMAC === 'drop') {
    // Without keyed hashes an alert says which indicator was observed and how confidently, not where nor by which rule's evidence.
    delete payload.detection;
    const observation = payload.observation as Json;
    delete observation.evidenceRefs;
    delete observation.firstObserved;
  }
  return { headers: { schemaVersion: runtimeModel.version, tlp: tlp as MessageHeaders['tlp'], sharingProfile: profile.name as MessageHeaders['sharingProfile'], permittedPurposes: purposes as MessageHeaders['permittedPurposes'], recordType: 'indicatorAlert' }, payload };
}
