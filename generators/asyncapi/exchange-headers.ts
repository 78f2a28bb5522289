/**
 * The NATS headers of the exchange description's messages, as the reference hub sets and reads them: what a member
 * publishes carries JetStream's message ID (and, on a submission, the optional addressee of a lead); what the hub
 * delivers carries the HTFDS headers, the kind of delivery and the record's identifier. Header names come from
 * src/hub/subjects.ts and from the NATS client, the limits from the hub configuration's schema, so that the document
 * follows the code it describes.
 */
import { PubHeaders } from '@nats-io/jetstream';
import { memberMessageIds } from '../../src/hub/message-ids.js';
import { HUB_CONFIG_SCHEMA } from '../../src/hub/config.js';
import { DELIVERY_KINDS, HEADERS, type DeliveryKind } from '../../src/hub/subjects.js';
import type { FieldModel } from '../model/field-model.js';
import type { JsonObject } from '../model/source.js';

/** The header JetStream reads a message ID from (the `msgID` publish option of the NATS client sets it). */
export const MESSAGE_ID_HEADER: string = PubHeaders.MsgIdHdr;

/** What a member publishes to the hub, and what goes into the digest that is its message ID (src/hub/member.ts). */
export type PublishedKind = 'submission' | 'withdrawal' | 'outcome' | 'alert';
const DIGESTED: Record<PublishedKind, string> = {
  submission: "the member's ID, the report's recordId, the addressee (the Htfds-To header, empty when there is none) and the message body",
  withdrawal: "the member's ID, the withdrawn recordId and a request ID made afresh for each withdrawal (so a record submitted again after a withdrawal can be withdrawn again; the client's retries of one request keep its ID)",
  outcome: "the member's ID, the update's own recordId and the message body",
  alert: "the member's ID, the alert payload's recordId and the message body",
};

const limits = HUB_CONFIG_SCHEMA.properties.limits.properties;
const duplicateWindow = limits.duplicateWindowMinutes.default;
/** A member ID as the hub configuration allows it, without its anchors. */
const memberId = HUB_CONFIG_SCHEMA.properties.members.items.properties.id.pattern.replace(/^\^|\$$/g, '');

const codesOf = (model: FieldModel, list: string) => model.codelists.get(list)!.codes.map((c) => c.code);
const hex32 = '^[0-9a-f]{32}$';

/**
 * The message ID a member's client gives an example (src/hub/message-ids.ts): a submission addressed to `to`; a
 * withdrawal's request ID, random in the client, fixed here so that the document is reproducible.
 */
export function memberMessageId(kind: PublishedKind, member: string, recordId: string, body: string, to?: string): string {
  if (kind === 'submission') return memberMessageIds.submission(member, recordId, to, body);
  if (kind === 'withdrawal') return memberMessageIds.withdrawal(member, recordId, EXAMPLE_REQUEST_ID);
  return memberMessageIds[kind](member, recordId, body);
}
const EXAMPLE_REQUEST_ID = '00000000-0000-4000-8000-000000000000';

function messageIdHeader(kind: PublishedKind): JsonObject {
  return {
    type: 'string',
    pattern: hex32,
    description:
      `JetStream's message ID, which makes publishing idempotent. The member client (src/hub/member.ts) sets it to a digest of the kind of message ("${kind}"), ${DIGESTED[kind]}: the first 32 hexadecimal digits of a SHA-256 over those parts, each followed by a zero byte. ` +
      `Publishing the same ${kind === 'withdrawal' ? 'request' : 'content'} again within the stream's duplicate window (limits.duplicateWindowMinutes of the hub configuration, ${duplicateWindow} minutes unless set, never longer than the stream keeps messages) is a no-op: the server acknowledges it as a duplicate and the hub does not see it twice. ` +
      'Without the header the hub still takes the message, but a resent one is handled again.',
  };
}

/** Headers of a message a member publishes to the hub. */
export function publishedHeaders(model: FieldModel, kind: PublishedKind): JsonObject {
  const properties: JsonObject = { [MESSAGE_ID_HEADER]: messageIdHeader(kind) };
  if (kind === 'submission') {
    const keyed = model.profiles.filter((p) => p.recordIdentifiers === 'keyed').map((p) => p.name);
    properties[HEADERS.to] = {
      type: 'string',
      pattern: `^${memberId}$`,
      description:
        `Optional: the ID of the one member, a recipient under the ${keyed.join(' or ')} profile, the submitter addresses this lead to. ` +
        `Records under profiles with keyed record identifiers (${keyed.join(', ')}) are leads: they go to the addressee alone, on its own subject, and still only where its profile, consent scope and purposes allow; a lead record is never broadcast (indicator alerts, with their own channel, go to every recipient their marking and purposes allow). ` +
        'Without the header no such recipient gets the submission; recipients under other profiles (anonymised records) are served as usual. ' +
        'An address naming no other member that receives leads is answered with a validation report, and nothing goes out. To pass a lead to a second member, submit it again addressed to that member.',
    };
  }
  return { type: 'object', properties };
}

/** The HTFDS headers the hub sets on a delivery it re-shaped under a profile; on NATS, the purposes travel comma-separated. */
function htfdsHeaders(model: FieldModel): JsonObject {
  const purposes = `(${codesOf(model, 'permittedPurpose').join('|')})`;
  return {
    schemaVersion: { type: 'string', description: 'The HTFDS version the payload follows.', examples: [model.version] },
    tlp: { type: 'string', enum: codesOf(model, 'tlp'), description: 'The TLP 2.0 marking of the payload as re-shaped for this recipient; handle the message accordingly.' },
    sharingProfile: { type: 'string', enum: model.profiles.map((p) => p.name), description: 'The sharing profile the payload was re-shaped under.' },
    permittedPurposes: { type: 'string', pattern: `^${purposes}(,${purposes})*$`, description: 'What the recipient may use the payload for, as codes separated by commas; nothing else is permitted.' },
    recordType: { type: 'string', enum: codesOf(model, 'recordType'), description: 'The kind of report the payload is.' },
  };
}

function kindHeader(kind: DeliveryKind): JsonObject {
  return {
    type: 'string',
    const: kind,
    description: `What the delivery is, so that a member reading all its subjects through one consumer can tell them apart: ${DELIVERY_KINDS.join(', ')}. Here always "${kind}".`,
  };
}

const recordIdHeader = { type: 'string', format: 'uuid', description: "The payload's recordId as the recipient holds it, so that a consumer can deduplicate or match without parsing the payload." };
/** What the hub's message ID for each kind of delivery is a digest of, besides the kind (src/hub/pipeline.ts). */
const DELIVERY_DIGESTED: Record<DeliveryKind, string> = {
  record: 'the submitter, the record, the submitted content and the recipient',
  outcome: 'the recipient that sent the update, the update and its content',
  alert: 'the member that raised the alert, its record, its content and the recipient',
  withdrawn: "the submitter, the withdrawn record, the recipient and the delivery's position in the stream",
  validation: "the member and the rejected message's content",
};
const deliveredMessageId = (kind: DeliveryKind): JsonObject => ({
  type: 'string',
  pattern: hex32,
  description: `JetStream's message ID the hub gives the delivery: a digest of its kind, ${DELIVERY_DIGESTED[kind]}, so that work the hub repeats (after a restart, or for a redelivered message) is stored once.`,
});

/** Headers of a message the hub delivers on a member's subjects: exactly those src/hub/pipeline.ts sets for that kind. */
export function deliveredHeaders(model: FieldModel, kind: DeliveryKind): JsonObject {
  const all = htfdsHeaders(model);
  const pick = (...names: string[]) => Object.fromEntries(names.map((n) => [n, all[n]]));
  const shaped = ['schemaVersion', 'tlp', 'sharingProfile', 'permittedPurposes', 'recordType'];
  const byKind: Record<DeliveryKind, { properties: JsonObject; required: string[] }> = {
    record: { properties: { ...pick(...shaped), [HEADERS.recordId]: recordIdHeader }, required: [...shaped, HEADERS.recordId] },
    outcome: { properties: { ...pick(...shaped), [HEADERS.recordId]: recordIdHeader }, required: [...shaped, HEADERS.recordId] },
    alert: { properties: { ...pick(...shaped), recordType: { type: 'string', const: 'indicatorAlert', description: 'Always indicatorAlert on an alert.' } }, required: shaped },
    withdrawn: { properties: pick('schemaVersion'), required: ['schemaVersion'] },
    validation: { properties: { ...pick('schemaVersion'), tlp: { ...(all.tlp as JsonObject), description: 'The TLP 2.0 marking of the validation report.' } }, required: ['schemaVersion', 'tlp'] },
  };
  const { properties, required } = byKind[kind];
  return { type: 'object', required: [...required, HEADERS.kind], properties: { ...properties, [HEADERS.kind]: kindHeader(kind), [MESSAGE_ID_HEADER]: deliveredMessageId(kind) } };
}
