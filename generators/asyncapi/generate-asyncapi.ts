/**
 * dist/asyncapi.yaml: an AsyncAPI 3 description of how HTFDS records move between organisations — submitted
 * records, anonymised records per sharing profile, indicator alerts, outcome updates and validation reports —
 * generated from the model and the sharing profiles. Payloads reference the schema files of dist/schema/, which
 * the parser resolves; the examples are the repository's examples (anonymised with a demonstration key for the
 * shared channels), so they are checked against the same validators as everything else.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { anonymiseReport, type AnonymiseOptions } from '../../src/share/anonymise.js';
import { useProfileValidators } from '../../src/share/profile-schema-check.js';
import { compileProfileValidators } from '../profiles/generate-profile-validators.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import type { JsonObject } from '../model/source.js';
import { FLAT_SCHEMA_PATH, INDICATOR_ALERT_SCHEMA_PATH, VALIDATION_REPORT_SCHEMA_PATH } from './message-schemas.js';

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

/** Builds the AsyncAPI document as a JSON value. */
/** Anonymiser settings for the document's examples: the public demonstration key, and record identifiers numbered so that the document is reproducible. */
function demonstration(profile: string): AnonymiseOptions {
  let n = 0;
  return { profile, key: DEMONSTRATION_KEY, keyId: 'demonstration-key', freshRecordId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` };
}

export function asyncapiDocument(model: FieldModel, examples: ExampleReport[]): JsonObject {
  // The examples are anonymised with the profile schemas of this build, not those compiled by the previous one.
  useProfileValidators(compileProfileValidators(model));
  const shared = model.profiles.filter((p) => p.outputTlp !== 'unchanged');
  const messages: JsonObject = {};
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const headers = { $ref: '#/components/schemas/MessageHeaders' };

  messages.SubmittedRecord = {
    name: 'SubmittedRecord',
    title: 'Submitted case report',
    summary: 'A case report as its originator holds it, sent to the sharing hub.',
    contentType: 'application/json',
    headers,
    payload: ref(FLAT_SCHEMA_PATH),
    examples: examples.filter((e) => e.report.recordType !== 'outcomeUpdate').slice(0, 4).map((e) => ({ name: e.name, summary: `Synthetic example: ${e.name}`, headers: headersFor(model, e.report, 'internal'), payload: e.report })),
  };
  channels.submissions = {
    address: 'htfds.submissions.{organisationId}',
    title: 'Submissions',
    description: 'Reporting organisations (NGOs, helplines, police units) submit case reports to the sharing hub. The hub validates every submission and answers rejected ones on the validation-reports channel.',
    parameters: { organisationId: { description: "The submitting organisation's identifier in the sharing group." } },
    messages: { SubmittedRecord: { $ref: '#/components/messages/SubmittedRecord' } },
  };
  operations.submitRecord = { action: 'send', channel: { $ref: '#/channels/submissions' }, title: 'Submit a record', summary: 'A reporting organisation submits a case report.', tags: [{ name: 'reportingOrganisation' }], messages: [{ $ref: '#/channels/submissions/messages/SubmittedRecord' }] };
  operations.receiveSubmission = { action: 'receive', channel: { $ref: '#/channels/submissions' }, title: 'Receive submissions', summary: 'The sharing hub receives, validates and anonymises submissions.', tags: [{ name: 'sharingHub' }], bindings: { nats: { queue: 'sharing-hub', bindingVersion: '0.1.0' } }, messages: [{ $ref: '#/channels/submissions/messages/SubmittedRecord' }] };

  for (const profile of shared) {
    const name = `SharedRecord${profile.name[0]!.toUpperCase()}${profile.name.slice(1)}`;
    const exampleMessages = examples.flatMap((e) => {
      try {
        const report = anonymiseReport(e.report, demonstration(profile.name));
        return [{ name: e.name, summary: `Synthetic example ${e.name}, anonymised under the ${profile.name} profile with a public demonstration key`, headers: headersFor(model, report, profile.name), payload: report }];
      } catch {
        return []; // The profile refuses this example (its marking or purposes): it is not an example of this channel.
      }
    });
    messages[name] = {
      name,
      title: `Record shared under the ${profile.title} profile`,
      summary: profile.description,
      contentType: 'application/json',
      headers,
      payload: ref(`schema/profiles/${profile.name}.schema.json`),
      examples: exampleMessages.slice(0, 3),
    };
    // Addressed to one recipient, never broadcast: each member reads only the subjects under its own ID (the
    // reference hub, src/hub/subjects.ts, delivers exactly there).
    channels[`shared.${profile.name}`] = {
      address: `htfds.member.{recipientId}.shared.${profile.name}`,
      title: `Shared: ${profile.title}`,
      description: `Records anonymised by the sharing hub under the ${profile.name} profile, each addressed to one recipient that the group agreed receives this profile; no other member can read the subject. ${profile.typicalUse}`,
      parameters: { recipientId: { description: "The receiving member's identifier in the sharing group." } },
      messages: { [name]: { $ref: `#/components/messages/${name}` } },
    };
    const channel = { $ref: `#/channels/shared.${profile.name}` };
    const message = [{ $ref: `#/channels/shared.${profile.name}/messages/${name}` }];
    operations[`publish${name}`] = { action: 'send', channel, title: `Publish ${profile.name} records`, summary: `The sharing hub publishes records anonymised under the ${profile.name} profile.`, tags: [{ name: 'sharingHub' }], messages: message };
    operations[`receive${name}`] = { action: 'receive', channel, title: `Receive ${profile.name} records`, summary: 'A financial institution, FIU or research team receives the records addressed to it, through its own durable consumer.', tags: [{ name: 'financialInstitution' }, { name: 'financialIntelligenceUnit' }], messages: message };
  }

  const alertExample = examples.find((e) => Array.isArray(e.report.indicators) && (e.report.indicators as unknown[]).length > 0);
  const observation = alertExample ? (alertExample.report.indicators as JsonObject[]).find((i) => i.status === 'observed') : undefined;
  messages.IndicatorAlert = {
    name: 'IndicatorAlert',
    title: 'Indicator alert',
    summary: 'A red-flag indicator from the HTFDS catalogue was observed, with its confidence and references to the evidence in the report it came from.',
    contentType: 'application/json',
    headers,
    payload: ref(INDICATOR_ALERT_SCHEMA_PATH),
    examples: alertExample && observation ? [{ name: alertExample.name, summary: 'Synthetic example', headers: { ...headersFor(model, alertExample.report, 'tactical'), tlp: 'TLP:AMBER', recordType: 'indicatorAlert' }, payload: { recordId: alertExample.report.recordId, indicatorCatalogueVersion: model.version, observation } }] : [],
  };
  // Raised by a member, passed on by the hub to each recipient its marking and purposes allow (src/hub/alerts.ts).
  channels.alerts = {
    address: 'htfds.alerts.{organisationId}',
    title: 'Indicator alerts raised',
    description: "A member (a bank's transaction monitoring, an FIU) sends indicator alerts, as htfds detect writes them, to the sharing hub; the evidence keys of a detection travel only as keyed hashes under the group key. The hub checks each alert and answers a rejected one on the validation-reports channel.",
    parameters: { organisationId: { description: 'The member raising the alert.' } },
    messages: { IndicatorAlert: { $ref: '#/components/messages/IndicatorAlert' } },
  };
  channels.alertDeliveries = {
    address: 'htfds.member.{recipientId}.alert',
    title: 'Indicator alerts delivered',
    description: "Indicator alerts passed on by the sharing hub, each addressed to one recipient whose sharing profile accepts the alert's TLP marking and whose purposes the alert permits, re-shaped for that profile (under a profile without keyed hashes, the observation alone); no other member can read the subject.",
    parameters: { recipientId: { description: "The receiving member's identifier in the sharing group." } },
    messages: { IndicatorAlert: { $ref: '#/components/messages/IndicatorAlert' } },
  };
  operations.sendAlert = { action: 'send', channel: { $ref: '#/channels/alerts' }, title: 'Send an indicator alert', summary: 'A financial institution or FIU raises an indicator alert for the group.', tags: [{ name: 'financialInstitution' }, { name: 'financialIntelligenceUnit' }], messages: [{ $ref: '#/channels/alerts/messages/IndicatorAlert' }] };
  operations.receiveRaisedAlert = { action: 'receive', channel: { $ref: '#/channels/alerts' }, title: 'Receive raised alerts', summary: 'The sharing hub checks raised alerts and decides who may have them.', tags: [{ name: 'sharingHub' }], messages: [{ $ref: '#/channels/alerts/messages/IndicatorAlert' }] };
  operations.publishAlert = { action: 'send', channel: { $ref: '#/channels/alertDeliveries' }, title: 'Pass on an indicator alert', summary: 'The sharing hub delivers an alert to one recipient allowed to have it.', tags: [{ name: 'sharingHub' }], messages: [{ $ref: '#/channels/alertDeliveries/messages/IndicatorAlert' }] };
  operations.receiveAlert = { action: 'receive', channel: { $ref: '#/channels/alertDeliveries' }, title: 'Receive indicator alerts', summary: 'Financial institutions and FIUs receive alerts to tune their monitoring.', tags: [{ name: 'financialInstitution' }, { name: 'financialIntelligenceUnit' }], messages: [{ $ref: '#/channels/alertDeliveries/messages/IndicatorAlert' }] };

  const outcomeExample = examples.find((e) => e.report.outcomes !== undefined);
  messages.OutcomeUpdate = {
    name: 'OutcomeUpdate',
    title: 'Outcome update',
    summary: 'What happened after a report: suspicious-activity reports filed, accounts frozen, prosecutions, compensation. Sent back towards the originator as a report of type outcomeUpdate that names the earlier report.',
    contentType: 'application/json',
    headers,
    payload: ref(`schema/profiles/tactical.schema.json`),
    examples: outcomeExample ? [{ name: outcomeExample.name, summary: 'Synthetic example', headers: headersFor(model, outcomeUpdate(outcomeExample.report), 'tactical'), payload: outcomeUpdate(outcomeExample.report) }] : [],
  };
  channels.outcomes = { address: 'htfds.member.{organisationId}.outcome', title: 'Outcome updates', description: 'Outcome updates addressed to the organisation that originated a report. A recipient sends one to the sharing hub on htfds.outcomes.{its own identifier}, naming the record as it received it; the hub passes it on here, naming the record as the originator submitted it, and only for records it delivered to that recipient.', parameters: { organisationId: { description: 'The originating organisation.' } }, messages: { OutcomeUpdate: { $ref: '#/components/messages/OutcomeUpdate' } } };
  operations.sendOutcome = { action: 'send', channel: { $ref: '#/channels/outcomes' }, title: 'Send an outcome update', summary: 'A financial institution, FIU or police unit reports what happened.', tags: [{ name: 'financialInstitution' }, { name: 'financialIntelligenceUnit' }, { name: 'lawEnforcement' }], messages: [{ $ref: '#/channels/outcomes/messages/OutcomeUpdate' }] };
  operations.receiveOutcome = { action: 'receive', channel: { $ref: '#/channels/outcomes' }, title: 'Receive outcome updates', summary: 'The originating organisation learns what its report led to.', tags: [{ name: 'reportingOrganisation' }], messages: [{ $ref: '#/channels/outcomes/messages/OutcomeUpdate' }] };

  messages.ValidationReport = {
    name: 'ValidationReport',
    title: 'Validation report',
    summary: 'Why a submission was rejected: the findings of htfds validate, with places and plain-language messages, never the submitted values.',
    contentType: 'application/json',
    headers: { $ref: '#/components/schemas/ValidationReportHeaders' },
    payload: ref(VALIDATION_REPORT_SCHEMA_PATH),
    examples: [{ name: 'rejected', summary: 'A submission whose reporting country was written in lower case', headers: { schemaVersion: model.version, tlp: 'TLP:AMBER' }, payload: { recordId: '0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60', valid: false, findings: [{ code: 'code-unknown', severity: 'error', path: '/reportingCountry', message: '“Reporting country” holds a value that is not a code of the list “Country”.', hint: 'Did you mean “GB” (United Kingdom of Great Britain and Northern Ireland)? Codes are case-sensitive; write the code, not its label.' }] } }],
  };
  channels.validationReports = { address: 'htfds.member.{organisationId}.validation', title: 'Validation reports', description: 'Answers to rejected submissions, addressed to the submitting organisation.', parameters: { organisationId: { description: 'The submitting organisation.' } }, messages: { ValidationReport: { $ref: '#/components/messages/ValidationReport' } } };
  operations.sendValidationReport = { action: 'send', channel: { $ref: '#/channels/validationReports' }, title: 'Reject a submission', summary: 'The sharing hub tells a submitter why its record was rejected.', tags: [{ name: 'sharingHub' }], messages: [{ $ref: '#/channels/validationReports/messages/ValidationReport' }] };
  operations.receiveValidationReport = { action: 'receive', channel: { $ref: '#/channels/validationReports' }, title: 'Receive validation reports', summary: 'A submitter learns what to fix.', tags: [{ name: 'reportingOrganisation' }], messages: [{ $ref: '#/channels/validationReports/messages/ValidationReport' }] };

  return {
    // 3.1.0 is the current AsyncAPI 3 release; the parser flags 3.0.0 as outdated.
    asyncapi: '3.1.0',
    info: {
      title: 'HTFDS exchange',
      version: model.version,
      description: 'How Human Trafficking Financial Data Standard records move between organisations: reporting organisations submit case reports to a sharing hub, the hub anonymises them under a sharing profile and passes them to financial institutions and financial intelligence units, alerts on red-flag indicators go to those who monitor for them, outcomes flow back, and rejected submissions are answered with validation reports. Every message carries the schema version, its TLP marking, the sharing profile and the permitted purposes in its headers.',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      tags: ['reportingOrganisation', 'sharingHub', 'financialInstitution', 'financialIntelligenceUnit', 'lawEnforcement'].map((name) => ({ name })),
    },
    defaultContentType: 'application/json',
    servers: {
      sharingHub: {
        host: 'nats.sharing-hub.example:4222',
        protocol: 'nats',
        title: 'Sharing hub (NATS JetStream)',
        description: 'A NATS server with JetStream, run by the sharing hub. Each channel is a JetStream subject with a stream that keeps messages until the retention date of their records; recipients consume through durable consumers named after their queue. Members connect with mutual TLS and a user and password issued by the hub.',
        security: [{ $ref: '#/components/securitySchemes/mutualTls' }, { $ref: '#/components/securitySchemes/memberCredentials' }],
      },
    },
    channels,
    operations,
    components: {
      schemas: {
        MessageHeaders: headersSchema(model),
        ValidationReportHeaders: { type: 'object', required: ['schemaVersion', 'tlp'], properties: { schemaVersion: { type: 'string' }, tlp: { type: 'string', enum: codesOf(model, 'tlp') } } },
      },
      messages,
      securitySchemes: {
        mutualTls: { type: 'X509', description: "Each member organisation presents a client certificate issued by the sharing group's certificate authority." },
        memberCredentials: { type: 'userPassword', description: 'A user and password per member organisation, issued by the sharing hub and rotated regularly.' },
      },
    },
  };
}

/** An outcome update derived from an example: a new report of type outcomeUpdate naming the earlier one. */
function outcomeUpdate(report: JsonObject): JsonObject {
  const tactical = anonymiseReport(report, demonstration('tactical'));
  return { ...tactical, recordType: 'outcomeUpdate', relatesToRecordId: report.recordId, recordId: createUuid(String(report.recordId)) };
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
