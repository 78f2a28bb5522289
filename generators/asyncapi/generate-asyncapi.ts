/**
 * dist/asyncapi.yaml: an AsyncAPI 3 description of how HTFDS records move between organisations — submitted
 * and withdrawn records, anonymised records per sharing profile, withdrawal notices, indicator alerts, outcome
 * updates and validation reports — generated from the model and the sharing profiles. Channel addresses come from
 * the reference hub's subject builders and headers from its header names (src/hub/subjects.ts), so the document
 * describes what the hub runs. Payloads reference the schema files of dist/schema/, which the parser resolves; the
 * examples are the repository's examples (anonymised with a demonstration key for the shared channels), so they
 * are checked against the same validators as everything else.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { anonymiseReport, type AnonymiseOptions } from '../../src/share/anonymise.js';
import { useProfileValidators } from '../../src/share/profile-schema-check.js';
import { compileProfileValidators } from '../profiles/generate-profile-validators.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import type { JsonObject } from '../model/source.js';
import { admitAlert, shapeAlertFor } from '../../src/hub/alerts.js';
import { HEADERS, HUB_CONSUMER, STREAMS, subjects } from '../../src/hub/subjects.js';
import { SharingRefusal } from '../../src/share/refusal.js';
import { deliveredHeaders, MESSAGE_ID_HEADER, memberMessageId, publishedHeaders, type PublishedKind } from './exchange-headers.js';
import { FLAT_SCHEMA_PATH, INDICATOR_ALERT_SCHEMA_PATH, VALIDATION_REPORT_SCHEMA_PATH, withdrawalNoticeSchema, withdrawalSchema } from './message-schemas.js';

export const ASYNCAPI_PATH = 'asyncapi.yaml';
/** A key anyone can see, used only to make the documentation's examples of anonymised records. */
export const DEMONSTRATION_KEY = createHash('sha256').update('HTFDS demonstration key: never use for real data').digest();

export interface ExampleReport {
  name: string;
  report: JsonObject;
}

const codesOf = (model: FieldModel, list: string) => model.codelists.get(list)!.codes.map((c) => c.code);
const ref = (path: string) => ({ $ref: `./${path}` });

/** The message headers every HTFDS message carries, from the code lists and the profiles. */
function headersSchema(model: FieldModel): JsonObject {
  return {
    type: 'object',
    required: ['schemaVersion', 'tlp', 'sharingProfile', 'permittedPurposes'],
    properties: {
      schemaVersion: { type: 'string', description: 'The HTFDS version the payload follows.', examples: [model.version] },
      tlp: { type: 'string', enum: codesOf(model, 'tlp'), description: 'The TLP 2.0 marking of the payload; recipients handle the message accordingly.' },
      sharingProfile: { type: 'string', enum: model.profiles.map((p) => p.name), description: 'The sharing profile the payload was prepared under.' },
      permittedPurposes: { type: 'array', items: { type: 'string', enum: codesOf(model, 'permittedPurpose') }, description: 'What recipients may use the payload for; nothing else is permitted.' },
      recordType: { type: 'string', enum: codesOf(model, 'recordType'), description: 'The kind of report, when the payload is one.' },
    },
  };
}

function headersFor(model: FieldModel, report: JsonObject, profile: string): JsonObject {
  const sharing = report.sharing as JsonObject;
  return { schemaVersion: model.version, tlp: sharing.tlp, sharingProfile: profile, permittedPurposes: sharing.permittedPurposes, recordType: report.recordType };
}

/** The headers the hub sets on a record or outcome update it delivers (src/hub/pipeline.ts), for the examples. */
function deliveredHeadersFor(model: FieldModel, report: JsonObject, profile: string, kind: 'record' | 'outcome'): JsonObject {
  const { permittedPurposes, ...rest } = headersFor(model, report, profile);
  return { ...rest, permittedPurposes: (permittedPurposes as string[]).join(','), [HEADERS.recordId]: report.recordId, [HEADERS.kind]: kind };
}

/** Member IDs the examples are published by and delivered to (made up; every member's subjects are built the same way). */
export const EXAMPLE_SUBMITTER = 'ngo-a';
export const EXAMPLE_RECIPIENT = 'bank-a';
/** When the example withdrawal was handled: fixed, so that the document is reproducible. */
const EXAMPLE_WITHDRAWN_AT = '2026-01-15T09:30:00.000Z';
/** Who receives what the hub passes on to recipients. */
const RECIPIENT_ROLES = ['financialInstitution', 'financialIntelligenceUnit'];

/** A channel address from the hub's own subject builder, with `{parameter}` where the member ID goes. */
const address = (subject: (member: string) => string, parameter: string) => subject(`{${parameter}}`);

function operation(action: 'send' | 'receive', channel: string, message: string, title: string, summary: string, roles: string[]): JsonObject {
  return { action, channel: { $ref: `#/channels/${channel}` }, title, summary, tags: roles.map((name) => ({ name })), messages: [{ $ref: `#/channels/${channel}/messages/${message}` }] };
}

/** Anonymiser settings for the document's examples: the public demonstration key, and record identifiers numbered so that the document is reproducible. */
function demonstration(profile: string): AnonymiseOptions {
  let n = 0;
  return { profile, key: DEMONSTRATION_KEY, keyId: 'demonstration-key', freshRecordId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` };
}

/** Builds the AsyncAPI document as a JSON value. */
export function asyncapiDocument(model: FieldModel, examples: ExampleReport[]): JsonObject {
  // The examples are anonymised with the profile schemas of this build, not those compiled by the previous one.
  useProfileValidators(compileProfileValidators(model));
  const shared = model.profiles.filter((p) => p.outputTlp !== 'unchanged');
  const messages: JsonObject = {};
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const schemas: JsonObject = {
    MessageHeaders: headersSchema(model),
    SubmissionHeaders: publishedHeaders(model, 'submission'),
    WithdrawalHeaders: publishedHeaders(model, 'withdrawal'),
    OutcomeUpdateHeaders: publishedHeaders(model, 'outcome'),
    RaisedAlertHeaders: publishedHeaders(model, 'alert'),
    SharedRecordHeaders: deliveredHeaders(model, 'record'),
    WithdrawalNoticeHeaders: deliveredHeaders(model, 'withdrawn'),
    AlertDeliveryHeaders: deliveredHeaders(model, 'alert'),
    OutcomeDeliveryHeaders: deliveredHeaders(model, 'outcome'),
    ValidationReportHeaders: deliveredHeaders(model, 'validation'),
    Withdrawal: withdrawalSchema(),
    WithdrawalNotice: withdrawalNoticeSchema(),
  };
  const headers = (name: keyof typeof schemas & string) => ({ $ref: `#/components/schemas/${name}` });
  // The message ID a member's client gives a body; an alert's body is {headers, payload}, its record ID the payload's.
  const messageId = (kind: PublishedKind, member: string, body: JsonObject, to?: string) => ({ [MESSAGE_ID_HEADER]: memberMessageId(kind, member, String((kind === 'alert' ? (body.payload as JsonObject) : body).recordId), JSON.stringify(body), to) });
  const reports = examples.filter((e) => e.report.recordType !== 'outcomeUpdate');

  messages.SubmittedRecord = {
    name: 'SubmittedRecord',
    title: 'Submitted case report',
    summary: 'A case report as its originator holds it, sent to the sharing hub. The hub reads the marking, the permitted purposes and the consent from the report itself, not from headers.',
    contentType: 'application/json',
    headers: headers('SubmissionHeaders'),
    payload: ref(FLAT_SCHEMA_PATH),
    examples: reports.slice(0, 4).map((e, i) => ({
      name: e.name,
      summary: `Synthetic example: ${e.name}, as member ${EXAMPLE_SUBMITTER} publishes it${i === 0 ? `, addressed to member ${EXAMPLE_RECIPIENT} alone` : ''}`,
      headers: i === 0 ? { ...messageId('submission', EXAMPLE_SUBMITTER, e.report, EXAMPLE_RECIPIENT), [HEADERS.to]: EXAMPLE_RECIPIENT } : messageId('submission', EXAMPLE_SUBMITTER, e.report),
      payload: e.report,
    })),
  };
  channels.submissions = {
    address: address(subjects.submission, 'organisationId'),
    title: 'Submissions',
    description: 'Reporting organisations (NGOs, helplines, police units) submit case reports to the sharing hub. The hub validates every submission and answers rejected ones on the validation-reports channel.',
    parameters: { organisationId: { description: "The submitting organisation's identifier in the sharing group." } },
    messages: { SubmittedRecord: { $ref: '#/components/messages/SubmittedRecord' } },
  };
  operations.submitRecord = operation('send', 'submissions', 'SubmittedRecord', 'Submit a record', 'A reporting organisation submits a case report.', ['reportingOrganisation']);
  operations.receiveSubmission = operation('receive', 'submissions', 'SubmittedRecord', 'Receive submissions', 'The sharing hub receives, validates and anonymises submissions.', ['sharingHub']);

  const withdrawn = reports[0];
  messages.Withdrawal = {
    name: 'Withdrawal',
    title: 'Withdrawal',
    summary: 'A submitter asks the hub to withdraw a record it submitted, naming the record and nothing else.',
    contentType: 'application/json',
    headers: headers('WithdrawalHeaders'),
    payload: { $ref: '#/components/schemas/Withdrawal' },
    examples: withdrawn ? [{ name: withdrawn.name, summary: `Member ${EXAMPLE_SUBMITTER} withdraws the synthetic example ${withdrawn.name}`, headers: messageId('withdrawal', EXAMPLE_SUBMITTER, { recordId: withdrawn.report.recordId }), payload: { recordId: withdrawn.report.recordId } }] : [],
  };
  channels.withdrawals = {
    address: address(subjects.withdrawal, 'organisationId'),
    title: 'Withdrawals',
    description: 'A submitter withdraws a record it submitted. The hub deletes every delivery of that record from its streams, sends each recipient that received it a withdrawal notice, and forgets who received it. A withdrawal that does not name a record identifier is answered on the validation-reports channel.',
    parameters: { organisationId: { description: 'The organisation that submitted the record; it publishes only on its own subject, so only it can withdraw the record.' } },
    messages: { Withdrawal: { $ref: '#/components/messages/Withdrawal' } },
  };
  operations.withdrawRecord = operation('send', 'withdrawals', 'Withdrawal', 'Withdraw a record', 'A reporting organisation withdraws a record it submitted.', ['reportingOrganisation']);
  operations.receiveWithdrawal = operation('receive', 'withdrawals', 'Withdrawal', 'Receive withdrawals', 'The sharing hub deletes the deliveries of the record and notifies their recipients.', ['sharingHub']);

  for (const profile of shared) {
    const name = `SharedRecord${profile.name[0]!.toUpperCase()}${profile.name.slice(1)}`;
    const exampleMessages = examples.flatMap((e) => {
      try {
        const report = anonymiseReport(e.report, demonstration(profile.name));
        return [{ name: e.name, summary: `Synthetic example ${e.name}, anonymised under the ${profile.name} profile with a public demonstration key`, headers: deliveredHeadersFor(model, report, profile.name, 'record'), payload: report }];
      } catch {
        return []; // The profile refuses this example (its marking or purposes): it is not an example of this channel.
      }
    });
    messages[name] = {
      name,
      title: `Record shared under the ${profile.title} profile`,
      summary: profile.description,
      contentType: 'application/json',
      headers: headers('SharedRecordHeaders'),
      payload: ref(`schema/profiles/${profile.name}.schema.json`),
      examples: exampleMessages.slice(0, 3),
    };
    // Addressed to one recipient, never broadcast: each member reads only the subjects under its own ID (the
    // reference hub, src/hub/subjects.ts, delivers exactly there).
    const addressed = profile.recordIdentifiers === 'keyed' ? ` A submission that names its addressees in the ${HEADERS.to} header reaches only those of them.` : '';
    channels[`shared.${profile.name}`] = {
      address: address((m) => subjects.sharedRecord(m, profile.name), 'recipientId'),
      title: `Shared: ${profile.title}`,
      description: `Records anonymised by the sharing hub under the ${profile.name} profile. Each copy is addressed to one recipient that the group agreed receives this profile, on that recipient's own subject; no other member can read the subject.${addressed} ${profile.typicalUse}`,
      parameters: { recipientId: { description: "The receiving member's identifier in the sharing group." } },
      messages: { [name]: { $ref: `#/components/messages/${name}` } },
    };
    const channel = `shared.${profile.name}`;
    operations[`publish${name}`] = operation('send', channel, name, `Publish ${profile.name} records`, `The sharing hub publishes records anonymised under the ${profile.name} profile.`, ['sharingHub']);
    operations[`receive${name}`] = operation('receive', channel, name, `Receive ${profile.name} records`, 'A financial institution, FIU or research team receives the records addressed to it, through its own durable consumer.', RECIPIENT_ROLES);
  }

  const tacticalCopy = withdrawn ? anonymiseReport(withdrawn.report, demonstration('tactical')) : undefined;
  messages.WithdrawalNotice = {
    name: 'WithdrawalNotice',
    title: 'Withdrawal notice',
    summary: 'A record this recipient received was withdrawn by its submitter; the hub has deleted the delivery from its streams.',
    contentType: 'application/json',
    headers: headers('WithdrawalNoticeHeaders'),
    payload: { $ref: '#/components/schemas/WithdrawalNotice' },
    examples: tacticalCopy ? [{ name: withdrawn!.name, summary: `The notice a tactical recipient gets when the synthetic example ${withdrawn!.name} is withdrawn, naming the record as that recipient received it`, headers: { schemaVersion: model.version, [HEADERS.kind]: 'withdrawn' }, payload: { recordId: tacticalCopy.recordId, withdrawn: true, at: EXAMPLE_WITHDRAWN_AT } }] : [],
  };
  channels.withdrawalNotices = {
    address: address(subjects.withdrawn, 'recipientId'),
    title: 'Withdrawal notices',
    description: "One notice to each recipient that received a withdrawn record, on that recipient's own subject, naming the record by the identifier that recipient holds.",
    parameters: { recipientId: { description: "The receiving member's identifier in the sharing group." } },
    messages: { WithdrawalNotice: { $ref: '#/components/messages/WithdrawalNotice' } },
  };
  operations.publishWithdrawalNotice = operation('send', 'withdrawalNotices', 'WithdrawalNotice', 'Notify a withdrawal', 'The sharing hub tells each recipient of a withdrawn record that it was withdrawn.', ['sharingHub']);
  operations.receiveWithdrawalNotice = operation('receive', 'withdrawalNotices', 'WithdrawalNotice', 'Receive withdrawal notices', 'A recipient learns that a record it received was withdrawn.', RECIPIENT_ROLES);

  const alertExample = examples.find((e) => Array.isArray(e.report.indicators) && (e.report.indicators as unknown[]).some((i) => (i as JsonObject).status === 'observed'));
  const raised = alertExample ? raisedAlert(model, alertExample.report) : undefined;
  messages.RaisedIndicatorAlert = {
    name: 'RaisedIndicatorAlert',
    title: 'Indicator alert raised',
    summary: 'An indicator alert as htfds detect writes it, headers and payload together as one JSON document in the body of the NATS message.',
    contentType: 'application/json',
    headers: headers('RaisedAlertHeaders'),
    payload: {
      type: 'object',
      additionalProperties: false,
      required: ['headers', 'payload'],
      properties: { headers: { $ref: '#/components/schemas/MessageHeaders' }, payload: ref(INDICATOR_ALERT_SCHEMA_PATH) },
    },
    examples: raised && alertExample ? [{ name: alertExample.name, summary: `Synthetic example, as member ${EXAMPLE_RECIPIENT} publishes it`, headers: messageId('alert', EXAMPLE_RECIPIENT, raised), payload: raised }] : [],
  };
  const delivered = raised ? deliveredAlert(raised, 'tactical') : undefined;
  messages.IndicatorAlert = {
    name: 'IndicatorAlert',
    title: 'Indicator alert',
    summary: 'A red-flag indicator from the HTFDS catalogue was observed, with its confidence and, under a profile that keeps keyed hashes, the evidence of the detection as keyed hashes.',
    contentType: 'application/json',
    headers: headers('AlertDeliveryHeaders'),
    payload: ref(INDICATOR_ALERT_SCHEMA_PATH),
    examples: delivered && alertExample ? [{ name: alertExample.name, summary: 'Synthetic example, as the hub delivers it to a tactical recipient', headers: delivered.headers, payload: delivered.payload }] : [],
  };
  // Raised by a member, passed on by the hub to each recipient its marking and purposes allow (src/hub/alerts.ts).
  channels.alerts = {
    address: address(subjects.alert, 'organisationId'),
    title: 'Indicator alerts raised',
    description: "A member (a bank's transaction monitoring, an FIU) sends indicator alerts, as htfds detect writes them, to the sharing hub; the evidence keys of a detection travel only as keyed hashes under the group key. The hub checks each alert and answers a rejected one on the validation-reports channel.",
    parameters: { organisationId: { description: 'The member raising the alert.' } },
    messages: { RaisedIndicatorAlert: { $ref: '#/components/messages/RaisedIndicatorAlert' } },
  };
  channels.alertDeliveries = {
    address: address(subjects.alertDelivery, 'recipientId'),
    title: 'Indicator alerts delivered',
    description: "Indicator alerts passed on by the sharing hub, each addressed to one recipient whose sharing profile accepts the alert's TLP marking and whose purposes the alert permits, re-shaped for that profile (under a profile without keyed hashes, the observation alone); no other member can read the subject.",
    parameters: { recipientId: { description: "The receiving member's identifier in the sharing group." } },
    messages: { IndicatorAlert: { $ref: '#/components/messages/IndicatorAlert' } },
  };
  operations.sendAlert = operation('send', 'alerts', 'RaisedIndicatorAlert', 'Send an indicator alert', 'A financial institution or FIU raises an indicator alert for the group.', RECIPIENT_ROLES);
  operations.receiveRaisedAlert = operation('receive', 'alerts', 'RaisedIndicatorAlert', 'Receive raised alerts', 'The sharing hub checks raised alerts and decides who may have them.', ['sharingHub']);
  operations.publishAlert = operation('send', 'alertDeliveries', 'IndicatorAlert', 'Pass on an indicator alert', 'The sharing hub delivers an alert to one recipient allowed to have it.', ['sharingHub']);
  operations.receiveAlert = operation('receive', 'alertDeliveries', 'IndicatorAlert', 'Receive indicator alerts', 'Financial institutions and FIUs receive alerts to tune their monitoring.', RECIPIENT_ROLES);

  const outcomeExample = examples.find((e) => e.report.outcomes !== undefined);
  const outcome = outcomeExample ? outcomeUpdate(outcomeExample.report) : undefined;
  messages.OutcomeUpdate = {
    name: 'OutcomeUpdate',
    title: 'Outcome update',
    summary: 'What happened after a report: suspicious-activity reports filed, accounts frozen, prosecutions, compensation. A report of type outcomeUpdate, pseudonymised with the group key, whose relatesToRecordId names the earlier report as the sender received it.',
    contentType: 'application/json',
    headers: headers('OutcomeUpdateHeaders'),
    payload: ref(`schema/profiles/tactical.schema.json`),
    examples: outcome && outcomeExample ? [{ name: outcomeExample.name, summary: `Synthetic example, as member ${EXAMPLE_RECIPIENT} publishes it`, headers: messageId('outcome', EXAMPLE_RECIPIENT, outcome.sent), payload: outcome.sent }] : [],
  };
  messages.DeliveredOutcomeUpdate = {
    name: 'DeliveredOutcomeUpdate',
    title: 'Outcome update delivered',
    summary: 'An outcome update as the hub passes it to the organisation that submitted the earlier report: relatesToRecordId names that report as the organisation submitted it.',
    contentType: 'application/json',
    headers: headers('OutcomeDeliveryHeaders'),
    payload: ref(`schema/profiles/tactical.schema.json`),
    examples: outcome && outcomeExample ? [{ name: outcomeExample.name, summary: `Synthetic example, as the hub delivers it to member ${EXAMPLE_SUBMITTER}`, headers: deliveredHeadersFor(model, outcome.delivered, 'tactical', 'outcome'), payload: outcome.delivered }] : [],
  };
  channels.outcomes = {
    address: address(subjects.outcome, 'organisationId'),
    title: 'Outcome updates sent',
    description: 'A recipient reports what a record it received led to. The hub checks the update as it checks a submission, and that it delivered the named record to this recipient; it answers a refused update on the validation-reports channel.',
    parameters: { organisationId: { description: 'The recipient sending the update.' } },
    messages: { OutcomeUpdate: { $ref: '#/components/messages/OutcomeUpdate' } },
  };
  channels.outcomeDeliveries = {
    address: address(subjects.outcomeUpdate, 'organisationId'),
    title: 'Outcome updates delivered',
    description: "Outcome updates passed on by the sharing hub to the organisation that submitted the record they are about, on that organisation's own subject; a recipient can reach only the originators of records it received.",
    parameters: { organisationId: { description: 'The originating organisation.' } },
    messages: { DeliveredOutcomeUpdate: { $ref: '#/components/messages/DeliveredOutcomeUpdate' } },
  };
  operations.sendOutcome = operation('send', 'outcomes', 'OutcomeUpdate', 'Send an outcome update', 'A financial institution, FIU or police unit reports what happened.', [...RECIPIENT_ROLES, 'lawEnforcement']);
  operations.receiveOutcomeUpdate = operation('receive', 'outcomes', 'OutcomeUpdate', 'Receive outcome updates sent', 'The sharing hub checks an outcome update and finds the organisation that submitted the record.', ['sharingHub']);
  operations.publishOutcome = operation('send', 'outcomeDeliveries', 'DeliveredOutcomeUpdate', 'Pass on an outcome update', 'The sharing hub delivers an outcome update to the originating organisation.', ['sharingHub']);
  operations.receiveOutcome = operation('receive', 'outcomeDeliveries', 'DeliveredOutcomeUpdate', 'Receive outcome updates', 'The originating organisation learns what its report led to.', ['reportingOrganisation']);

  messages.ValidationReport = {
    name: 'ValidationReport',
    title: 'Validation report',
    summary: 'Why a submission, withdrawal, outcome update or alert was rejected: the findings of htfds validate, with places and plain-language messages, never the submitted values.',
    contentType: 'application/json',
    headers: headers('ValidationReportHeaders'),
    payload: ref(VALIDATION_REPORT_SCHEMA_PATH),
    examples: [{ name: 'rejected', summary: 'A submission whose reporting country was written in lower case', headers: { schemaVersion: model.version, tlp: 'TLP:AMBER', [HEADERS.kind]: 'validation' }, payload: { recordId: '0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60', valid: false, findings: [{ code: 'code-unknown', severity: 'error', path: '/reportingCountry', message: '“Reporting country” holds a value that is not a code of the list “Country”.', hint: 'Did you mean “GB” (United Kingdom of Great Britain and Northern Ireland)? Codes are case-sensitive; write the code, not its label.' }] } }],
  };
  channels.validationReports = { address: address(subjects.validation, 'organisationId'), title: 'Validation reports', description: 'Answers to rejected messages, addressed to the organisation that sent them.', parameters: { organisationId: { description: 'The organisation whose message was rejected.' } }, messages: { ValidationReport: { $ref: '#/components/messages/ValidationReport' } } };
  operations.sendValidationReport = operation('send', 'validationReports', 'ValidationReport', 'Reject a message', 'The sharing hub tells a member why its submission, withdrawal, outcome update or alert was rejected.', ['sharingHub']);
  operations.receiveValidationReport = operation('receive', 'validationReports', 'ValidationReport', 'Receive validation reports', 'A member learns what to fix.', ['reportingOrganisation', ...RECIPIENT_ROLES]);

  return {
    // 3.1.0 is the current AsyncAPI 3 release; the parser flags 3.0.0 as outdated.
    asyncapi: '3.1.0',
    info: {
      title: 'HTFDS exchange',
      version: model.version,
      description: `How Human Trafficking Financial Data Standard records move between organisations: reporting organisations submit case reports to a sharing hub (and may withdraw them), the hub anonymises them under a sharing profile and passes them to financial institutions and financial intelligence units, alerts on red-flag indicators go to those who monitor for them, outcomes flow back to the originator, and rejected messages are answered with validation reports. What the hub delivers carries the schema version, its TLP marking, the sharing profile, the permitted purposes and the kind of delivery (${HEADERS.kind}) in its headers; what a member publishes carries a message ID (${MESSAGE_ID_HEADER}) that makes sending it twice harmless.`,
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      tags: ['reportingOrganisation', 'sharingHub', 'financialInstitution', 'financialIntelligenceUnit', 'lawEnforcement'].map((name) => ({ name })),
    },
    defaultContentType: 'application/json',
    servers: {
      sharingHub: {
        host: 'nats.sharing-hub.example:4222',
        protocol: 'nats',
        title: 'Sharing hub (NATS JetStream)',
        description: `A NATS server with JetStream, run by the sharing hub. Each channel is a JetStream subject. What members send goes to the work queue ${STREAMS.inbound}, which the hub reads through its durable consumer "${HUB_CONSUMER}"; what the hub delivers is kept in ${STREAMS.deliveries} until the retention date of the records, and each member reads it through a durable consumer named after its member ID and filtered to its own subjects (${subjects.memberFilter('{memberId}')}). Members connect with mutual TLS and a user and password issued by the hub, and may publish only on their own subjects.`,
        security: [{ $ref: '#/components/securitySchemes/mutualTls' }, { $ref: '#/components/securitySchemes/memberCredentials' }],
      },
    },
    channels,
    operations,
    components: {
      schemas,
      messages,
      securitySchemes: {
        mutualTls: { type: 'X509', description: "Each member organisation presents a client certificate issued by the sharing group's certificate authority." },
        memberCredentials: { type: 'userPassword', description: 'A user and password per member organisation, issued by the sharing hub and rotated regularly.' },
      },
    },
  };
}

/**
 * An outcome update derived from an example: a new report of type outcomeUpdate about the earlier one, as the
 * tactical recipient sends it (naming the record as it received it) and as the hub delivers it to the originator
 * (naming the record as the originator submitted it).
 */
function outcomeUpdate(report: JsonObject): { sent: JsonObject; delivered: JsonObject } {
  const tactical = anonymiseReport(report, demonstration('tactical'));
  const delivered = { ...tactical, recordType: 'outcomeUpdate', relatesToRecordId: report.recordId, recordId: createUuid(String(report.recordId)) };
  return { sent: { ...delivered, relatesToRecordId: tactical.recordId }, delivered };
}

/**
 * An alert raised from an example's observation, as htfds detect writes one ({headers, payload}): numbered ALERT-1,
 * no references to evidence or subjects in a report the alert does not carry, the first observation a month.
 */
function raisedAlert(model: FieldModel, report: JsonObject): JsonObject | undefined {
  const observed = (report.indicators as JsonObject[]).find((i) => i.status === 'observed');
  if (!observed) return undefined;
  const observation: JsonObject = { ...structuredClone(observed), id: 'ALERT-1' };
  delete observation.evidenceRefs;
  delete observation.subjectRefs;
  if (typeof observation.firstObserved === 'string') observation.firstObserved = observation.firstObserved.slice(0, 7);
  return { headers: { ...headersFor(model, report, 'internal'), tlp: 'TLP:AMBER', recordType: 'indicatorAlert' }, payload: { recordId: report.recordId, indicatorCatalogueVersion: model.version, observation } };
}

/** What the hub makes of a raised alert for a recipient under `profile`, with the hub's own checks (src/hub/alerts.ts); undefined when it would refuse it. */
function deliveredAlert(raised: JsonObject, profile: string): { headers: JsonObject; payload: JsonObject } | undefined {
  const admitted = admitAlert(new TextEncoder().encode(JSON.stringify(raised)), Number.POSITIVE_INFINITY);
  if (!admitted.ok) return undefined;
  const shaped = shapeAlertFor(admitted, { id: EXAMPLE_RECIPIENT, password: '', roles: ['recipient'], profile });
  if (shaped instanceof SharingRefusal) return undefined;
  const { schemaVersion, tlp, sharingProfile, permittedPurposes, recordType } = shaped.headers;
  return { headers: { schemaVersion, tlp, sharingProfile, permittedPurposes: permittedPurposes.join(','), recordType: recordType ?? 'indicatorAlert', [HEADERS.kind]: 'alert' }, payload: shaped.payload };
}

/** A stable UUID v4-shaped identifier derived from a seed, so that generated examples are reproducible. */
function createUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function* generateAsyncapi(model: FieldModel): Generator<GeneratedFile> {
  const document = asyncapiDocument(model, model.examples);
  yield { path: ASYNCAPI_PATH, content: `# Generated from the HTFDS schema by generators/asyncapi. Do not edit.\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}` };
}
