/**
 * What the operator of a hub reads back, with the hub's own credentials: the audit trail (who received which record,
 * under which profile, when; refusals and removals; pseudonymous record IDs only) and the dead letters (messages the
 * hub could not process, with the reason). Read without consuming: reading changes nothing on the server.
 */
import type { HubConfig } from './config.js';
import { connectAs, connectionOptions, loadNats } from './nats-client.js';
import { HEADERS, STREAMS } from './subjects.js';

type Json = Record<string, unknown>;

/** A message the hub parked, described without its content unless asked. */
export interface DeadLetter {
  sequence: number;
  /** When it was parked (ISO 8601). */
  at: string;
  /** Where the member published it, and its position in the inbound queue then. */
  sourceSubject: string;
  sourceSequence: number;
  reason: string;
  bytes: number;
  /** The message as the member published it (a pseudonymised submission, or what failed to be one). */
  content?: string;
}

/** Every message of one of the hub's streams, oldest first, through an ordered consumer (nothing is acknowledged or left behind). */
async function readStream<T>(config: HubConfig, stream: string, each: (m: { data: Uint8Array; seq: number; time: Date; headers?: { get(name: string): string } }) => T): Promise<T[]> {
  const nats = await loadNats();
  const nc = await connectAs(nats, await connectionOptions(config, config.hub.user, config.hub.password));
  try {
    const js = nats.js.jetstream(nc);
    const consumer = await js.consumers.get(stream);
    const out: T[] = [];
    for (let m = await consumer.next({ expires: 1000 }); m; m = await consumer.next({ expires: 1000 })) {
      out.push(each({ data: m.data, seq: m.seq, time: m.time, ...(m.headers ? { headers: m.headers } : {}) }));
      if (m.info.pending === 0) break;
    }
    return out;
  } finally {
    await nc.close();
  }
}

/** The audit trail, oldest first; `recordId` keeps the entries about one submitted record. */
export async function readAudit(config: HubConfig, filter: { recordId?: string } = {}): Promise<Json[]> {
  const entries = await readStream(config, STREAMS.audit, (m) => JSON.parse(new TextDecoder().decode(m.data)) as Json);
  const wanted = filter.recordId?.toLowerCase();
  return wanted === undefined ? entries : entries.filter((e) => String(e.submittedRecordId).toLowerCase() === wanted || String(e.recordId).toLowerCase() === wanted);
}

/** The dead letters, oldest first. */
export async function readDeadLetters(config: HubConfig, options: { content?: boolean } = {}): Promise<DeadLetter[]> {
  return readStream(config, STREAMS.deadLetter, (m) => ({
    sequence: m.seq,
    at: m.time.toISOString(),
    sourceSubject: m.headers?.get(HEADERS.sourceSubject) ?? '',
    sourceSequence: Number(m.headers?.get(HEADERS.sourceSequence) ?? 0),
    reason: m.headers?.get(HEADERS.reason) ?? '',
    bytes: m.data.length,
    ...(options.content ? { content: new TextDecoder().decode(m.data) } : {}),
  }));
}
