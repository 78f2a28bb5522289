/**
 * The hub's subjects, streams and consumers, in one place: everything addressed to a member lives under
 * `htfds.member.<id>.>` so that one filter_subject per consumer (all NATS 2.9 honours) covers it.
 */
export const STREAMS = {
  /** Submissions and withdrawals from members; a work queue, so what the hub has processed is gone. */
  inbound: 'HTFDS_INBOUND',
  /** Everything addressed to members: shared records, withdrawal notices, validation reports. */
  deliveries: 'HTFDS_DELIVERIES',
  /** Which recipients received which record (for withdrawals), one message per record. */
  index: 'HTFDS_INDEX',
  audit: 'HTFDS_AUDIT',
  deadLetter: 'HTFDS_DEADLETTER',
} as const;

export const HUB_CONSUMER = 'hub';

export const subjects = {
  submission: (member: string) => `htfds.submissions.${member}`,
  withdrawal: (member: string) => `htfds.withdrawals.${member}`,
  /** Where a recipient sends an outcome update about a record it received; the hub passes it to the originator. */
  outcome: (member: string) => `htfds.outcomes.${member}`,
  /** Where a member sends indicator alerts (as htfds detect writes them) for the hub to pass on. */
  alert: (member: string) => `htfds.alerts.${member}`,
  /** Where the hub delivers an indicator alert to one recipient. */
  alertDelivery: (member: string) => `htfds.member.${member}.alert`,
  sharedRecord: (member: string, profile: string) => `htfds.member.${member}.shared.${profile}`,
  withdrawn: (member: string) => `htfds.member.${member}.withdrawn`,
  validation: (member: string) => `htfds.member.${member}.validation`,
  outcomeUpdate: (member: string) => `htfds.member.${member}.outcome`,
  memberFilter: (member: string) => `htfds.member.${member}.>`,
  /** Which recipients received a submitter's record (for withdrawals). */
  submittedIndex: (submitter: string, recordKey: string) => `htfds.index.submitted.${submitter}.${recordKey}`,
  /** When the hub must remove one version of a submitter's record: its own keep-until date (`version` '>' for every version). */
  keepUntil: (submitter: string, recordKey: string, version: string) => `htfds.index.keep-until.${submitter}.${recordKey}.${version}`,
  keepUntils: 'htfds.index.keep-until.>',
  /** Whose record a recipient's delivered record is (for outcome updates). */
  deliveredIndex: (recipient: string, recordKey: string) => `htfds.index.delivered.${recipient}.${recordKey}`,
  audit: 'htfds.audit',
  /** Where a message the hub could not process is parked, filed by submitter and record so a withdrawal can remove it too. */
  deadLetter: (submitter: string, recordKey: string) => `htfds.deadletter.${submitter}.${recordKey}`,
  deadLetters: 'htfds.deadletter.>',
  /** Published by the server when the hub's consumer gives up redelivering a submission. */
  maxDeliveriesAdvisory: `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${STREAMS.inbound}.${HUB_CONSUMER}`,
};

/** Each member's own inbox prefix: it may subscribe to nothing else. */
export const inboxPrefix = (member: string) => `_INBOX_${member}`;

/** Headers the hub sets on what it delivers, and `to`, which a submitter may set on a submission. */
export const HEADERS = {
  /** What a delivery is (one of DELIVERY_KINDS): a member's one consumer reads all of them. */
  kind: 'Htfds-Kind',
  /** The record ID as the recipient holds it, so that a consumer can deduplicate without parsing the record. */
  recordId: 'Htfds-Record-Id',
  reason: 'Htfds-Reason',
  sourceSequence: 'Htfds-Source-Sequence',
  sourceSubject: 'Htfds-Source-Subject',
  /** On a submission: the member a lead is addressed to (leads go to no one else; anonymised records go to every recipient allowed them). */
  to: 'Htfds-To',
};

/** The values of the Htfds-Kind header, one per kind of delivery under `htfds.member.<id>.>`. */
export const DELIVERY_KINDS = ['record', 'withdrawn', 'validation', 'outcome', 'alert'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];
