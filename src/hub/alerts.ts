/**
 * Indicator alerts through the hub (dist/asyncapi.yaml, channels alerts and alertDeliveries): a member sends the
 * alert messages `htfds detect` writes ({headers, payload}, src/detect/alerts.ts); the hub checks them, and passes
 * each to every other recipient whose profile accepts its TLP marking and whose purposes it permits, re-shaped for
 * that profile. The evidence of a detection (the bank's own account and transaction keys) is replaced by keyed
 * hashes under the group key before it leaves the member, so the hub never holds a bank's keys; a profile that
 * drops keyed hashes (aggregate) gets the observation alone: which indicator, how confidently, not where.
 */
import runtimeModel from '../generated/runtime-model.js';
import { MessageError, parseAlertMessage, type MessageHeaders } from '../exchange/messages.js';
import { getProfile, outputMarking } from '../share/anonymise.js';
import { SharingRefusal } from '../share/refusal.js';
import { CATALOGUE_PATH, packagePath } from '../detect/package-root.js';
import { loadRules, loadYamlReader, readCatalogue, type CatalogueEntry } from '../detect/rules/rule.js';
import type { Finding } from '../validate/finding.js';
import type { HubMember } from './config.js';

type Json = Record<string, unknown>;

const HASH = /^[0-9a-f]{64}$/;
/**
 * Text a rule's parameters may hold (the rules' texts are ISO 18245 merchant categories, payment method codes and
 * ISO 4217 currencies): an allow-list, so that no other text rides on an alert to a recipient.
 */
const PARAMETER_CODES: ReadonlySet<string> = new Set([...Object.keys(runtimeModel.codelists.paymentMethod!.codes), ...Object.keys(runtimeModel.codelists.currency!.codes)]);
const isParameterCode = (v: unknown) => typeof v === 'string' && (/^\d{4}$/.test(v) || PARAMETER_CODES.has(v));
/** An observation as `htfds detect` writes it: its own numbered id, a month, and no references into a report it does not carry. */
const ALERT_OBSERVATION_ID = /^ALERT-[1-9]\d{0,8}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The catalogue the package ships, read once: an alert's indicator source and verification come from it, not from the sender. */
let catalogue: Map<string, CatalogueEntry> | undefined;
const catalogueEntry = (indicatorId: string) => (catalogue ??= readCatalogue(CATALOGUE_PATH())).get(indicatorId);

/** Each shipped rule's parameter names, once prepareAlertChecks has read the rules; a parameter of another name is refused. */
let ruleParameters: Map<string, ReadonlySet<string>> | undefined;

/**
 * Reads the rules the package ships (their YAML reader is an optional package); the hub calls it when it starts.
 * Without it, only alerts without parameters are admitted: a parameter's name is text the hub could not check.
 */
export async function prepareAlertChecks(): Promise<void> {
  if (ruleParameters || !(await loadYamlReader())) return;
  ruleParameters = new Map(loadRules(packagePath('schema', 'rules'), CATALOGUE_PATH()).map((rule) => [rule.id, new Set(Object.keys(rule.parameters))]));
}
const EVIDENCE_LISTS = ['transactions', 'accounts'] as const;

export type AlertAdmission = { ok: true; headers: MessageHeaders; payload: Json } | { ok: false; recordId?: string; findings: Finding[] };

const refused = (path: string, message: string, hint: string): Finding => ({ code: 'hub-refused', severity: 'error', path, message, hint });

/** The detection part, rebuilt from what the schema allows (anything else is left behind), or the finding why not. */
function checkedDetection(value: unknown, indicatorId: unknown): Json | Finding {
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
  // A rule is named after the catalogue indicator it detects (schema/rules/<INDICATOR-ID>.yaml), so its name is checked against the catalogue.
  if (typeof d.rule !== 'string' || d.rule !== indicatorId || !catalogueEntry(d.rule)) return refused('/payload/detection/rule', 'The detection does not name the rule of the observed indicator.', 'Send the alert as htfds detect writes it.');
  if (typeof d.score !== 'number' || d.score < 0 || d.score > 1) return refused('/payload/detection/score', 'The score is not a number from 0 to 1.', 'Send the alert as htfds detect writes it.');
  const parameters: Json = {};
  const declared = ruleParameters?.get(d.rule);
  for (const [name, v] of Object.entries((d.parameters ?? {}) as Json)) {
    if (!declared?.has(name)) return refused('/payload/detection/parameters', ruleParameters ? 'A parameter is not one the rule declares.' : 'The hub cannot check the names of rule parameters without the yaml package.', ruleParameters ? 'Send the alert as htfds detect writes it.' : 'Install the yaml package beside htfds on the hub, or send alerts without parameters.');
    if (typeof v === 'number' || isParameterCode(v) || (Array.isArray(v) && v.every(isParameterCode))) parameters[name] = v;
    else return refused(`/payload/detection/parameters/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'The parameter value is not a number, a merchant category, a payment method or a currency code, or a list of them.', 'Send the alert as htfds detect writes it.');
  }
  const entry = catalogueEntry(d.rule)!;
  for (const [name, expected] of [['indicatorSource', entry.source], ['indicatorVerification', entry.verification]] as const) {
    if (d[name] !== expected) return refused(`/payload/detection/${name}`, `The ${name === 'indicatorSource' ? 'source' : 'verification level'} is not the catalogue's for this indicator.`, 'Send the alert as htfds detect writes it, with this toolkit version\'s catalogue.');
  }
  return {
    rule: d.rule,
    parameters,
    score: d.score,
    subject: { kind: subject.kind, id: subject.id },
    transactions: d.transactions,
    accounts: d.accounts,
    evidenceTruncated: Number.isInteger(d.evidenceTruncated) && (d.evidenceTruncated as number) >= 0 ? d.evidenceTruncated : 0,
    indicatorSource: entry.source,
    indicatorVerification: entry.verification,
    unverifiedIndicator: entry.verification === 'unverified',
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
  if (!ALERT_OBSERVATION_ID.test(String(observation.id))) return withId([refused('/payload/observation/id', 'The observation is not numbered as htfds detect numbers alerts (ALERT-1, ALERT-2, …).', 'Send the alert as htfds detect writes it.')]);
  if (observation.evidenceRefs !== undefined) return withId([refused('/payload/observation/evidenceRefs', 'An alert carries no report for evidence references to point into.', 'Send the alert as htfds detect writes it: its evidence is in "detection", as keyed hashes.')]);
  if (observation.firstObserved !== undefined && !MONTH.test(String(observation.firstObserved))) return withId([refused('/payload/observation/firstObserved', 'The first observation is not a month (YYYY-MM).', 'Send the alert as htfds detect writes it.')]);
  const payload: Json = { recordId: raw.recordId, indicatorCatalogueVersion: raw.indicatorCatalogueVersion, observation };
  if (raw.detection !== undefined) {
    const detection = checkedDetection(raw.detection, observation.indicatorId);
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
    delete (payload.observation as Json).firstObserved;
  }
  return { headers: { schemaVersion: runtimeModel.version, tlp: tlp as MessageHeaders['tlp'], sharingProfile: profile.name as MessageHeaders['sharingProfile'], permittedPurposes: purposes as MessageHeaders['permittedPurposes'], recordType: 'indicatorAlert' }, payload };
}
