/**
 * Typed helpers for the messages of the HTFDS exchange (dist/asyncapi.yaml): build a message with the headers
 * every HTFDS message carries, and parse a received one, checking both headers and payload with the same
 * validators as everything else. Types come from the generated declarations, so they follow the schema.
 */
import type { CaseReport, IndicatorObservation, PermittedPurpose, RecordType, Tlp } from '../generated/case-report.js';
import runtimeModel from '../generated/runtime-model.js';
import { anonymiseReport, type AnonymiseOptions } from '../share/anonymise.js';
import { isValid, type Finding } from '../validate/finding.js';
import { validateCaseReport } from '../validate/validate-case-report.js';

export type SharingProfileName = 'aggregate' | 'tactical' | 'internal';

export interface MessageHeaders {
  schemaVersion: string;
  tlp: Tlp;
  sharingProfile: SharingProfileName;
  permittedPurposes: PermittedPurpose[];
  recordType?: RecordType;
}

export interface Message<P> {
  headers: MessageHeaders;
  payload: P;
}

export interface IndicatorAlert {
  recordId: string;
  indicatorCatalogueVersion: string;
  observation: IndicatorObservation;
}

export interface ValidationReport {
  recordId?: string;
  valid: boolean;
  findings: Finding[];
}

/** A message as received: headers as the transport delivers them, and the payload as text, bytes or a value. */
export interface ReceivedMessage {
  headers: object;
  payload: unknown;
}

/** A message that cannot be built or accepted, with the findings that say why (places, never values). */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly findings: Finding[],
  ) {
    super(message);
  }
}

const finding = (path: string, message: string, hint: string): Finding => ({ code: 'message-header', severity: 'error', path, message, hint });

function headersOf(report: CaseReport, profile: SharingProfileName): MessageHeaders {
  return { schemaVersion: runtimeModel.version, tlp: report.sharing.tlp, sharingProfile: profile, permittedPurposes: report.sharing.permittedPurposes, recordType: report.recordType };
}

function requireValid(report: unknown, what: string): CaseReport {
  const findings = validateCaseReport(report);
  if (!isValid(findings)) throw new MessageError(`${what} is not a valid HTFDS report`, findings);
  return report as CaseReport;
}

/** A submission of a report, as its originator holds it, to the sharing hub. */
export function createSubmissionMessage(report: CaseReport): Message<CaseReport> {
  return { headers: headersOf(requireValid(report, 'the report'), 'internal'), payload: report };
}

/** A report anonymised under a sharing profile, ready for the profile's channel. */
export function createSharedRecordMessage(report: CaseReport, options: AnonymiseOptions & { profile: SharingProfileName }): Message<Record<string, unknown>> {
  const shared = anonymiseReport(report, options);
  return { headers: headersOf(shared as unknown as CaseReport, options.profile), payload: shared };
}

/** An alert for one indicator observation of a report. */
export function createAlertMessage(report: CaseReport, observationId: string): Message<IndicatorAlert> {
  const valid = requireValid(report, 'the report');
  const observation = valid.indicators?.find((o) => o.id === observationId);
  if (!observation) throw new MessageError(`the report has no indicator observation "${observationId}"`, []);
  return {
    headers: { ...headersOf(valid, 'tactical'), recordType: 'indicatorAlert' },
    payload: { recordId: valid.recordId, indicatorCatalogueVersion: valid.indicatorCatalogueVersion ?? runtimeModel.version, observation },
  };
}

/** A validation report answering a rejected submission. */
export function createValidationReportMessage(recordId: string | undefined, findings: Finding[], tlp: Tlp = 'TLP:AMBER'): Message<ValidationReport> {
  return { headers: { schemaVersion: runtimeModel.version, tlp, sharingProfile: 'internal', permittedPurposes: ['investigation'] }, payload: { ...(recordId ? { recordId } : {}), valid: isValid(findings), findings } };
}

/** Checks received headers; NATS carries them as text, so lists may come comma-separated. */
export function parseHeaders(received: object): MessageHeaders {
  const raw = received as Record<string, unknown>;
  const findings: Finding[] = [];
  const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : Array.isArray(raw[name]) ? String((raw[name] as unknown[])[0]) : undefined);
  const codes = (list: string) => runtimeModel.codelists[list]!.codes;
  const tlp = text('tlp');
  if (!tlp || !Object.hasOwn(codes('tlp'), tlp)) findings.push(finding('headers/tlp', 'The message has no valid TLP marking.', `Give one of: ${Object.keys(codes('tlp')).join(', ')}; handle a message without one as TLP:RED.`));
  const profile = text('sharingProfile');
  if (!profile || !Object.hasOwn(runtimeModel.profiles, profile)) findings.push(finding('headers/sharingProfile', 'The message does not name a known sharing profile.', `Give one of: ${Object.keys(runtimeModel.profiles).join(', ')}.`));
  const purposesRaw = raw.permittedPurposes;
  const purposes = (Array.isArray(purposesRaw) ? purposesRaw : typeof purposesRaw === 'string' ? purposesRaw.split(',') : []).map((p) => String(p).trim()).filter(Boolean);
  if (purposes.length === 0 || purposes.some((p) => !Object.hasOwn(codes('permittedPurpose'), p))) findings.push(finding('headers/permittedPurposes', 'The permitted purposes are missing or not codes of the list.', 'Without permitted purposes the payload may not be used at all.'));
  const schemaVersion = text('schemaVersion');
  if (!schemaVersion || !/^\d+\.\d+\.\d+$/.test(schemaVersion)) findings.push(finding('headers/schemaVersion', 'The message does not say which HTFDS version its payload follows.', `Give the version, e.g. ${runtimeModel.version}.`));
  const recordType = text('recordType');
  if (findings.length > 0) throw new MessageError('the message headers are not valid', findings);
  return { schemaVersion: schemaVersion!, tlp: tlp as Tlp, sharingProfile: profile as SharingProfileName, permittedPurposes: purposes as PermittedPurpose[], ...(recordType ? { recordType: recordType as RecordType } : {}) };
}

const payloadOf = (raw: unknown): unknown => {
  if (typeof raw === 'string') return JSON.parse(raw);
  if (raw instanceof Uint8Array) return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  return raw;
};

/** Parses a received submission: valid headers and a valid report. */
export function parseSubmissionMessage(raw: ReceivedMessage): Message<CaseReport> {
  const headers = parseHeaders(raw.headers);
  return { headers, payload: requireValid(payloadOf(raw.payload), 'the payload') };
}

/** Parses a received indicator alert: valid headers, and an observation that is valid and in the catalogue. */
export function parseAlertMessage(raw: ReceivedMessage): Message<IndicatorAlert> {
  const headers = parseHeaders(raw.headers);
  const payload = payloadOf(raw.payload) as Partial<IndicatorAlert> | null;
  const findings: Finding[] = [];
  if (payload === null || typeof payload !== 'object') throw new MessageError('the alert payload is not an object', []);
  if (typeof payload.recordId !== 'string' || !/^[0-9a-f-]{36}$/i.test(payload.recordId)) findings.push(finding('/recordId', 'The alert does not name the report it comes from.', 'Give the report’s recordId.'));
  if (typeof payload.indicatorCatalogueVersion !== 'string') findings.push(finding('/indicatorCatalogueVersion', 'The alert does not say which indicator catalogue it uses.', `Give the catalogue version, e.g. ${runtimeModel.version}.`));
  // The observation is checked by the report validator, as the only observation of an otherwise minimal report.
  const probe = { ...MINIMAL_REPORT, indicatorCatalogueVersion: payload.indicatorCatalogueVersion ?? runtimeModel.version, indicators: [payload.observation] };
  for (const f of validateCaseReport(probe)) {
    if (f.path.startsWith('/indicators/0') && f.severity === 'error' && f.code !== 'reference-unresolved') findings.push({ ...f, path: `/observation${f.path.slice('/indicators/0'.length)}` });
  }
  if (findings.length > 0) throw new MessageError('the indicator alert is not valid', findings);
  return { headers, payload: payload as IndicatorAlert };
}

/** The smallest valid report, used to check parts of reports with the report validator. */
const MINIMAL_REPORT = {
  schemaVersion: runtimeModel.version,
  recordId: '00000000-0000-4000-8000-000000000000',
  recordType: 'indicatorAlert',
  reportingOrgType: 'NGO',
  reportingCountry: 'GB',
  dateReported: '2000-01-01',
  traffickingStatus: { missing: 'unknown' },
  exploitationTypes: { missing: 'unknown' },
  sharing: { tlp: 'TLP:RED', permittedPurposes: ['investigation'], onwardSharing: 'prohibited' },
  consent: { consentStatus: { missing: 'unknown' } },
  provenance: { informationSources: { missing: 'unknown' } },
  victimProfiles: [
    {
      id: 'VP1',
      financialControl: { debtBondage: { missing: 'unknown' }, takesEarnings: { missing: 'unknown' }, restrictsFinancialAccess: { missing: 'unknown' }, withholdsDocuments: { missing: 'unknown' }, accountControlledByOther: { missing: 'unknown' } },
      victimFinancialMisuse: { usedAsMoneyMule: { missing: 'unknown' } },
    },
  ],
};
