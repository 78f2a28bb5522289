/**
 * Typed client functions for members of a sharing group who write their own integration: pseudonymise a report
 * with the group key (before it leaves the member), submit it, withdraw it, and receive what the hub delivers.
 * A member connects with its own user; the server lets it touch nothing but its own subjects.
 */
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { anonymiseReport } from '../share/anonymise.js';
import { pseudonymiseAlertForGroup } from './alert-pseudonyms.js';
import { memberMessageIds } from './message-ids.js';
import type { HubConfig } from './config.js';
import { connectAs, connectionOptions, loadNats, type NatsModules } from './nats-client.js';
import { DELIVERY_KINDS, HEADERS, inboxPrefix, STREAMS, subjects, type DeliveryKind } from './subjects.js';

type Json = Record<string, unknown>;

export interface MemberSettings {
  servers: string[];
  member: string;
  password: string;
  tls?: HubConfig['nats']['tls'];
}

/** Something the hub delivered to this member. */
export interface Delivery {
  kind: DeliveryKind;
  /** The sharing profile a record was re-shaped under. */
  profile?: string;
  payload: Json;
  /** Position in the hub's delivery stream (for logs and deduplication on the member's side). */
  sequence: number;
}

export interface SubmitOptions {
  /**
   * The member a lead is for (a bank or FIU under the tactical profile): leads go to that member alone. Without it,
   * the report goes only to recipients of anonymised records (aggregate).
   */
  to?: string;
}

export interface SubmitResult {
  sequence: number;
  /** True when the hub already had this exact submission (it will not be delivered twice). */
  duplicate: boolean;
}

/**
 * What a member does before submitting: anonymise under the most permissive profile of the group with the
 * group's key, so that the hub never sees a direct identifier nor holds the key.
 */
export function pseudonymiseForGroup(report: unknown, options: { profile: string; key: Uint8Array; keyId: string }): Json {
  return anonymiseReport(report, { profile: options.profile, key: options.key, keyId: options.keyId });
}

export class MemberClient {
  private constructor(
    readonly member: string,
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly headers: NatsModules['headers'],
  ) {}

  static async connect(settings: MemberSettings): Promise<MemberClient> {
    const nats = await loadNats();
    const nc = await connectAs(nats, await connectionOptions({ nats: { servers: settings.servers, ...(settings.tls ? { tls: settings.tls } : {}) } }, settings.member, settings.password, inboxPrefix(settings.member)));
    return new MemberClient(settings.member, nc, nats.js.jetstream(nc), nats.headers);
  }

  /**
   * A member client on a connection made elsewhere with this member's user and inbox prefix (a browser's NATS
   * over WebSocket, see src/browser-hub.ts): the same subjects, headers and message IDs as `connect`.
   * Internal (left out of the published declarations), so that they name no type of the optional NATS packages.
   * @internal
   */
  static onConnection(member: string, nc: NatsConnection, jetstream: (nc: NatsConnection) => JetStreamClient, headers: NatsModules['headers']): MemberClient {
    return new MemberClient(member, nc, jetstream(nc), headers);
  }

  /**
   * Submits a pseudonymised report, as a lead for the member `options.to` when given; the message ID makes a
   * resubmission of the same content to the same addressee a no-op.
   */
  async submit(report: Json, options: SubmitOptions = {}): Promise<SubmitResult> {
    const bytes = JSON.stringify(report);
    const h = options.to === undefined ? undefined : this.headers();
    h?.set(HEADERS.to, options.to!);
    const ack = await this.js.publish(subjects.submission(this.member), bytes, { msgID: memberMessageIds.submission(this.member, String(report.recordId), options.to, bytes), ...(h ? { headers: h } : {}) });
    return { sequence: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * Asks the hub to remove a record this member submitted and to tell everyone who received it. Each call is a new
   * request (its message ID is fresh; the client's own retries of it keep that ID): a record submitted again after
   * a withdrawal can be withdrawn again.
   */
  async withdraw(recordId: string): Promise<SubmitResult> {
    const ack = await this.js.publish(subjects.withdrawal(this.member), JSON.stringify({ recordId }), { msgID: memberMessageIds.withdrawal(this.member, recordId, globalThis.crypto.randomUUID()) });
    return { sequence: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * As a recipient: sends an outcome update (a report of type outcomeUpdate, pseudonymised with the group key) about
   * a record the hub delivered to this member; the hub passes it to the organisation that submitted that record.
   * `relatesTo` is the record ID as this member received it (set after pseudonymising, which would re-key it).
   */
  async sendOutcome(update: Json, relatesTo: string): Promise<SubmitResult> {
    const bytes = JSON.stringify({ ...update, relatesToRecordId: relatesTo });
    const ack = await this.js.publish(subjects.outcome(this.member), bytes, { msgID: memberMessageIds.outcome(this.member, String(update.recordId), bytes) });
    return { sequence: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * Sends an indicator alert (a {headers, payload} message as htfds detect writes it) for the hub to pass to the
   * recipients allowed to have it; its evidence keys become keyed hashes under the group key first.
   */
  async sendAlert(message: { headers: object; payload: Json }, key: Uint8Array): Promise<SubmitResult> {
    const bytes = JSON.stringify(pseudonymiseAlertForGroup(message, key));
    const ack = await this.js.publish(subjects.alert(this.member), bytes, { msgID: memberMessageIds.alert(this.member, String(message.payload.recordId), bytes) });
    return { sequence: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * Hands each delivery to `handle` and acknowledges it only after `handle` resolved (so a crash between the two
   * means the delivery comes again, never that it is lost). Stops after `max` deliveries or when none came for
   * `idleMs`; returns how many were handled.
   */
  async receive(handle: (delivery: Delivery) => Promise<void> | void, options: { max?: number; idleMs?: number } = {}): Promise<number> {
    const consumer = await this.js.consumers.get(STREAMS.deliveries, this.member);
    const max = options.max ?? Number.POSITIVE_INFINITY;
    let handled = 0;
    while (handled < max) {
      const m = await consumer.next({ expires: Math.max(options.idleMs ?? 2000, 1000) });
      if (!m) break;
      await handle(toDelivery(m));
      await m.ackAck();
      handled++;
    }
    return handled;
  }

  /**
   * The hub's validation reports about the given records, waiting up to `waitMs` for the first one: each is
   * acknowledged (it is the answer to what this member just sent). Reading stops at the first delivery that is
   * not such a report, which is handed back at once (nak) for the member's own `receive`; `unread` then says that
   * a report about these records may still be waiting behind it.
   */
  async validationReports(recordIds: readonly string[], waitMs: number): Promise<{ reports: Delivery[]; unread: boolean }> {
    const wanted = new Set(recordIds);
    const consumer = await this.js.consumers.get(STREAMS.deliveries, this.member);
    const reports: Delivery[] = [];
    for (;;) {
      const m = await consumer.next({ expires: reports.length === 0 ? Math.max(waitMs, 1000) : 1000 });
      if (!m) return { reports, unread: false };
      const delivery = toDelivery(m);
      if (delivery.kind !== 'validation' || !wanted.has(String(delivery.payload.recordId))) {
        m.nak();
        return { reports, unread: true };
      }
      await m.ackAck();
      reports.push(delivery);
    }
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => {});
  }
}

function toDelivery(m: JsMsg): Delivery {
  const kind = m.headers?.get(HEADERS.kind);
  const profile = m.headers?.get('sharingProfile');
  return {
    kind: DELIVERY_KINDS.find((k) => k === kind) ?? 'record',
    ...(profile ? { profile } : {}),
    payload: m.json<Json>(),
    sequence: m.info.streamSequence,
  };
}
