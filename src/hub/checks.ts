/**
 * What the hub decides about a submission before anything leaves it, without the network: is it a valid report
 * of this version, free of direct identifiers and of anything the most permissive profile in the group would not
 * let leave; and, per recipient, may this member have it (profile, marking, purposes, consent) and in what shape.
 * Findings and refusals name places and kinds, never values.
 */
import { createHash } from 'node:crypto';
import runtimeModel from '../generated/runtime-model.js';
import { anonymiseValidReport, type AnonymiseNotes } from '../share/anonymise.js';
import { SharingRefusal } from '../share/refusal.js';
import { safePlace } from '../share/safe-place.js';
import { isValid, type Finding } from '../validate/finding.js';
import { isMissingValue, valuesAt } from '../validate/paths.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import type { HubConfig, HubMember } from './config.js';

type Json = Record<string, unknown>;

/** `shaped` is the report re-shaped under the most permissive profile (equal to the report in content), reused for recipients under that profile. */
export type Admission = { ok: true; report: Json; recordId: string; shaped: Json } | { ok: false; recordId?: string; findings: Finding[] };

const refused = (path: string, message: string, hint: string): Finding => ({ code: 'hub-refused', severity: 'error', path, message, hint });

/** Direct identifiers (P4) other than keyed hashes: a member must pseudonymise them before submitting. */
const DIRECT_IDENTIFIERS = runtimeModel.fields.filter((f) => f.sensitivity === 'P4' && f.kind !== 'hmac');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A message's bytes as JSON, or NOT_JSON when they are not a JSON document in UTF-8. */
export const NOT_JSON = Symbol('not JSON');
const utf8 = new TextDecoder('utf-8', { fatal: true });
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    return NOT_JSON;
  }
}

/** Whether the hub may take a submission, and the report when it may; `parsed` spares parsing the bytes again. */
export function admitSubmission(bytes: Uint8Array, config: HubConfig, strictestNeeded: string, parsed: unknown = parseJson(bytes)): Admission {
  if (bytes.length > config.limits.maxSubmissionBytes) return { ok: false, findings: [refused('', `The submission is larger than the hub accepts (${config.limits.maxSubmissionBytes} bytes).`, 'Split the report or ask the hub operator about the limit.')] };
  const report = parsed;
  if (report === NOT_JSON) return { ok: false, findings: [refused('', 'The submission is not a JSON document in UTF-8.', 'Submit one case report as JSON.')] };
  const recordId = report !== null && typeof report === 'object' && typeof (report as Json).recordId === 'string' && UUID.test((report as Json).recordId as string) ? ((report as Json).recordId as string) : undefined;
  const withId = (findings: Finding[]): Admission => ({ ok: false, ...(recordId ? { recordId } : {}), findings });
  if (report === null || typeof report !== 'object' || Array.isArray(report)) return withId([refused('', 'The submission is not one case report.', 'Submit one report per message.')]);
  if ((report as Json).schemaVersion !== runtimeModel.version) {
    return withId([refused('/schemaVersion', `The report is not written for HTFDS ${runtimeModel.version}, the version this hub runs.`, 'Bring it up to date with htfds upgrade, then submit it again.')]);
  }
  const findings = validateCaseReport(report);
  if (!isValid(findings)) return withId(findings.filter((f) => f.severity === 'error'));
  for (const field of DIRECT_IDENTIFIERS) {
    const carried = valuesAt(report, field.path).find((v) => v.value !== undefined && !isMissingValue(v.value));
    if (carried) return withId([refused(safePlace(carried.pointer), 'The submission carries a direct identifier; the hub must never hold one.', 'Pseudonymise the report with the group key before submitting (htfds submit does).')]);
  }
  // Re-shaping under the most permissive profile must change nothing: anything it would remove may not reach the hub.
  const notes: AnonymiseNotes = {};
  let shaped: Json;
  try {
    shaped = anonymiseValidReport(report, { profile: strictestNeeded, keyId: config.group.keyId, recordIdsKeyedBySubmitter: true }, notes);
  } catch (error) {
    if (error instanceof SharingRefusal) return withId([refused('', `The report cannot be shared in this group: ${error.reason}.`, error.hint)]);
    throw error;
  }
  const kinds = Object.keys(notes);
  if (kinds.length > 0) {
    return withId([refused('', `The submission carries what the ${strictestNeeded} profile would not let leave (${kinds.join('; ')}).`, `Pseudonymise it under the ${strictestNeeded} profile with the group key (${config.group.keyId}) before submitting.`)]);
  }
  return { ok: true, report: report as Json, recordId: recordId!, shaped };
}

/**
 * Whether a member receives leads: records under a profile that keeps identifiers linkable (keyed record IDs and
 * hashes). A lead goes only to the member a submission is addressed to; anonymised records go to every recipient
 * allowed them.
 */
export const receivesLeads = (member: HubMember): boolean => member.profile !== undefined && runtimeModel.profiles[member.profile]?.recordIdentifiers === 'keyed';

/** Consent states under which nothing is passed on by the hub. */
const NO_CONSENT = new Set(['consentRefused', 'consentWithdrawn']);

/**
 * Whether a member may have a report at all, decided on the report before any re-shaping: consent, and the
 * purposes it permits that the recipient's profile and the member both allow. Returns the purposes it may use.
 */
export function mayReceive(report: Json, member: HubMember): string[] | SharingRefusal {
  const consent = (report.consent ?? {}) as Json;
  if (typeof consent.consentStatus === 'string' && NO_CONSENT.has(consent.consentStatus)) return new SharingRefusal('the person refused or withdrew consent', 'the hub passes such records to no one');
  if (member.consentScope && Array.isArray(consent.consentScope) && !consent.consentScope.includes(member.consentScope)) {
    return new SharingRefusal(`the consent given does not cover ${member.consentScope}`, 'the record goes only to members its consent covers');
  }
  const allowed = runtimeModel.profiles[member.profile!]!.allowedPurposes;
  const permitted = ((report.sharing as Json | undefined)?.permittedPurposes ?? []) as string[];
  const purposes = permitted.filter((p) => allowed.includes(p) && (!member.purposes || member.purposes.includes(p)));
  if (purposes.length === 0) return new SharingRefusal('none of the record\'s permitted purposes is one this member may use it for', 'the record goes only to members whose purposes it permits');
  return purposes;
}

/** The re-shaped report with its permitted purposes narrowed to those the member may use (as mayReceive found them); the rest is shared, not copied. */
export const narrowPurposes = (shaped: Json, purposes: string[]): Json => ({ ...shaped, sharing: { ...(shaped.sharing as Json), permittedPurposes: purposes } });

/** The report re-shaped for one recipient, or a refusal (its reason never quotes the report). */
export function shapeFor(admitted: Extract<Admission, { ok: true }>, member: HubMember, config: HubConfig, strictestNeeded: string): Json | SharingRefusal {
  const purposes = mayReceive(admitted.report, member);
  if (purposes instanceof SharingRefusal) return purposes;
  try {
    // Under the profile the admission already re-shaped for, that result serves (validated at admission: not again).
    const shaped = member.profile === strictestNeeded ? admitted.shaped : anonymiseValidReport(admitted.report, { profile: member.profile!, keyId: config.group.keyId, recordIdsKeyedBySubmitter: true });
    return narrowPurposes(shaped, purposes);
  } catch (error) {
    if (error instanceof SharingRefusal) return error;
    throw error;
  }
}

/** A short stable digest, safe in subjects and message IDs, that says nothing about its input. */
export const digest = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\u0000');
  return hash.digest('hex').slice(0, 32);
};

/** A submitter's record as one subject token: the same for the record's index, dead letters and withdrawal. */
export const recordKey = (submitter: string, recordId: string) => digest(submitter, recordId.toLowerCase());

/** What the headers of a delivered record say about it, read from the re-shaped report. */
export interface RecordFacts {
  tlp: string;
  permittedPurposes: string[];
  recordType?: string;
  recordId?: string;
}

export const factsOf = (report: Json): RecordFacts => {
  const sharing = report.sharing as Json;
  return {
    tlp: String(sharing.tlp),
    permittedPurposes: sharing.permittedPurposes as string[],
    ...(typeof report.recordType === 'string' ? { recordType: report.recordType } : {}),
    ...(typeof report.recordId === 'string' ? { recordId: report.recordId } : {}),
  };
};

/** A submission made ready to deliver: per recipient, the re-shaped record as JSON text with its facts, or why it may not go. */
export type Prepared =
  | { ok: true; recordId: string; shaped: ({ recipient: string; payload: string; facts: RecordFacts } | { recipient: string; refusal: string })[] }
  | { ok: false; recordId?: string; findings: Finding[] };

/**
 * All the work on a submission that needs no network, in one pure step (so it can run on a worker thread):
 * admission, then the record re-shaped as the text to publish for each of `recipients` but its submitter, who never
 * gets its own record back, and but the members that receive leads, unless the submission is addressed `to` one of
 * them. Data in, data out.
 */
export function prepareSubmission(bytes: Uint8Array, submitter: string, to: string | undefined, config: HubConfig, strictestNeeded: string, recipients: readonly HubMember[], parsed: unknown = parseJson(bytes)): Prepared {
  const admission = admitSubmission(bytes, config, strictestNeeded, parsed);
  if (!admission.ok) return admission;
  return {
    ok: true,
    recordId: admission.recordId,
    shaped: recipients.filter((r) => r.id !== submitter && (r.id === to || !receivesLeads(r))).map((recipient) => {
      const shaped = shapeFor(admission, recipient, config, strictestNeeded);
      if (shaped instanceof SharingRefusal) return { recipient: recipient.id, refusal: shaped.reason };
      return { recipient: recipient.id, payload: JSON.stringify(shaped), facts: factsOf(shaped) };
    }),
  };
}
