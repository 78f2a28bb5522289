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

/** The message the hub's stream holds, as the operator reads it. */
interface StoredMessage {
  data: Uint8Array;
  seq: number;
  time: Date;
  headers?: { get(name: string): string };
}

/**
 * Every message of one of the hub's streams, oldest first, through an ordered consumer (nothing is acknowledged or
 * left behind), until the server says none is pending after the one in hand; a server that stops answering before
 * then is an error, never a list cut short. (Not "up to the stream's last sequence": a withdrawal or an expiry can
 * have removed that message, and the read would then wait for it.)
 */
async function* readStream(config: HubConfig, stream: string): AsyncGenerator<StoredMessage> {
  const nats = await loadNats();
  const nc = await connectAs(nats, await connectionOptions(config, config.hub.user, config.hub.password));
  try {
    const jsm = await nats.js.jetstreamManager(nc);
    if ((await jsm.streams.info(stream)).state.messages === 0) return;
    const consumer = await jsm.jetstream().consumers.get(stream);
    for (let read = 0, pending = 1; pending > 0; read++) {
      const m = await consumer.next({ expires: 10_000 });
      if (!m) throw new Error(`the server stopped answering while ${stream} was read (after ${read} message(s)); nothing more was printed, try again`);
      pending = m.info.pending;
      yield { data: m.data, seq: m.seq, time: m.time, ...(m.headers ? { headers: m.headers } : {}) };
    }
  } finally {
    await nc.close();
  }
}

/** The audit trail, oldest first; `recordId` keeps the entries about one record (as submitted, or as a recipient holds it). */
export async function* readAudit(config: HubConfig, filter: { recordId?: string } = {}): AsyncGenerator<Json> {
  const wanted = filter.recordId?.toLowerCase();
  for await (const m of readStream(config, STREAMS.audit)) {
    const entry = JSON.parse(new TextDecoder().decode(m.data)) as Json;
    if (wanted === undefined || String(entry.submittedRecordId).toLowerCase() === wanted || String(entry.recordId).toLowerCase() === wanted) yield entry;
  }
}

/** The dead letters, oldest first. */
export async function* readDeadLetters(config: HubConfig, options: { content?: boolean } = {}): AsyncGenerator<DeadLetter> {
  for await (const m of readStream(config, STREAMS.deadLetter)) {
    yield {
      sequence: m.seq,
      at: m.time.toISOString(),
      sourceSubject: m.headers?.get(HEADERS.sourceSubject) ?? '',
      sourceSequence: Number(m.headers?.get(HEADERS.sourceSequence) ?? 0),
      reason: m.headers?.get(HEADERS.reason) ?? '',
      bytes: m.data.length,
      ...(options.content ? { content: new TextDecoder().decode(m.data) } : {}),
    };
  }
}
