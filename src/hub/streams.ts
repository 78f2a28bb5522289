/**
 * Creates or updates the hub's streams and consumers from its configuration, idempotently: running it twice
 * changes nothing, a member added to the config gets its consumer, a member removed loses it. Every member
 * consumer is read back to check that its single filter_subject holds (NATS 2.9 silently ignores the plural
 * filter_subjects and would then deliver every member's messages).
 */
import type { ConsumerConfig, JetStreamManager, StreamConfig } from '@nats-io/jetstream';
import type { HubConfig } from './config.js';
import { HUB_CONSUMER, STREAMS, subjects } from './subjects.js';

const DAY_NS = 86_400 * 1e9;
const ns = (seconds: number) => Math.round(seconds * 1e9);

export interface StreamOptions {
  /** Replicas per stream: 1 on one machine, 3 on a three-node cluster. Unset: a new stream gets 1, an existing one keeps its own. */
  replicas?: number;
}

/** The stream configurations, from the hub configuration. */
export function streamConfigs(config: HubConfig, options: StreamOptions = {}): Partial<StreamConfig>[] {
  const duplicateWindow = ns(config.limits.duplicateWindowMinutes * 60);
  // The server refuses a duplicate window longer than the stream keeps its messages.
  const stream = (maxAge: number) => ({ storage: 'file', num_replicas: options.replicas ?? 1, max_age: maxAge, duplicate_window: Math.min(duplicateWindow, maxAge) }) as const;
  const records = Math.round(config.retention.recordDays * DAY_NS);
  return [
    // A work queue: a submission (withdrawal, outcome update, alert) the hub has processed (acknowledged) is removed from the hub at once.
    { ...stream(records), name: STREAMS.inbound, subjects: ['htfds.submissions.*', 'htfds.withdrawals.*', 'htfds.outcomes.*', 'htfds.alerts.*'], retention: 'workqueue', max_msg_size: config.limits.maxSubmissionBytes },
    { ...stream(records), name: STREAMS.deliveries, subjects: ['htfds.member.*.>'], retention: 'limits' },
    { ...stream(records), name: STREAMS.index, subjects: ['htfds.index.>'], retention: 'limits', max_msgs_per_subject: 1 },
    { ...stream(Math.round(config.retention.auditDays * DAY_NS)), name: STREAMS.audit, subjects: [subjects.audit], retention: 'limits' },
    { ...stream(records), name: STREAMS.deadLetter, subjects: [subjects.deadLetters], retention: 'limits' },
  ] as Partial<StreamConfig>[];
}

export function memberConsumerConfig(member: string): Partial<ConsumerConfig> {
  return { durable_name: member, filter_subject: subjects.memberFilter(member), ack_policy: 'explicit', ack_wait: ns(30), deliver_policy: 'all', max_ack_pending: 1000 } as Partial<ConsumerConfig>;
}

export function hubConsumerConfig(config: HubConfig): Partial<ConsumerConfig> {
  return { durable_name: HUB_CONSUMER, ack_policy: 'explicit', ack_wait: ns(config.limits.ackWaitSeconds), max_deliver: config.limits.maxDeliver, deliver_policy: 'all', max_ack_pending: 1000 } as Partial<ConsumerConfig>;
}

async function ensureStream(jsm: JetStreamManager, stream: Partial<StreamConfig>, replicasAsked: boolean): Promise<void> {
  const existing = await jsm.streams.info(stream.name!).catch(() => undefined);
  // A hub restarted without --replicas must not quietly cut a cluster's streams down to one copy.
  if (existing) await jsm.streams.update(stream.name!, replicasAsked ? stream : { ...stream, num_replicas: existing.config.num_replicas });
  else await jsm.streams.add({ ...stream, name: stream.name! });
}

async function ensureConsumer(jsm: JetStreamManager, stream: string, wanted: Partial<ConsumerConfig>): Promise<void> {
  const existing = await jsm.consumers.info(stream, wanted.durable_name!).catch(() => undefined);
  if (existing && existing.config.filter_subject !== wanted.filter_subject) await jsm.consumers.delete(stream, wanted.durable_name!); // a filter cannot be changed in place
  if (existing && existing.config.filter_subject === wanted.filter_subject) await jsm.consumers.update(stream, wanted.durable_name!, wanted);
  else await jsm.consumers.add(stream, wanted);
  const back = await jsm.consumers.info(stream, wanted.durable_name!);
  const filters = (back.config as { filter_subjects?: string[] }).filter_subjects;
  if ((back.config.filter_subject ?? undefined) !== wanted.filter_subject || (filters && filters.length > 0)) {
    throw new Error(`the server did not keep the subject filter of consumer ${stream}/${wanted.durable_name}; refusing to run, since it could deliver other members' messages`);
  }
}

/** Brings the server in line with the configuration. */
export async function ensureStreams(jsm: JetStreamManager, config: HubConfig, options: StreamOptions = {}): Promise<void> {
  for (const stream of streamConfigs(config, options)) await ensureStream(jsm, stream, options.replicas !== undefined);
  await ensureConsumer(jsm, STREAMS.inbound, hubConsumerConfig(config));
  const members = new Set(config.members.map((m) => m.id));
  for (const id of members) await ensureConsumer(jsm, STREAMS.deliveries, memberConsumerConfig(id));
  // A member removed from the configuration reads nothing more.
  for await (const info of jsm.consumers.list(STREAMS.deliveries)) {
    if (!members.has(info.name)) await jsm.consumers.delete(STREAMS.deliveries, info.name);
  }
}
