/**
 * The sharing hub's worker: takes submissions and withdrawals from the inbound work queue, one at a time and in
 * order, and for each
 *  - answers a submission it may not take with a validation report on the submitter's channel;
 *  - re-shapes an accepted one for every recipient under that recipient's profile and publishes it on a subject
 *    only that recipient can read, with a message ID derived from organisation, record, content and recipient, so
 *    a redelivered or resubmitted record is stored once;
 *  - records who received what (index for withdrawals, audit trail without personal data);
 *  - acknowledges the submission only after the server acknowledged everything it produced.
 * Whatever it cannot process goes, with the reason, to the dead-letter stream (after max_deliver attempts, or at
 * once when it can never be processed), and the hub keeps running. A failing broker is not the message's fault: the
 * work is tried again in hand while the broker recovers, without spending the message's attempts.
 */
import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import runtimeModel from '../generated/runtime-model.js';
import { createValidationReportMessage } from '../exchange/messages.js';
import { SharingRefusal } from '../share/refusal.js';
import type { Finding } from '../validate/finding.js';
import { anonymiseBatch } from '../share/batch.js';
import { admitAlert, prepareAlertChecks, shapeAlertFor } from './alerts.js';
import { BatchRelease, ReleaseAbandoned } from './batch-release.js';
import { admitSubmission, digest, factsOf, mayReceive, narrowPurposes, parseJson, receivesLeads, recordKey, type RecordFacts } from './checks.js';
import { mostPermissiveProfile, recipientsOf, type HubConfig, type HubMember } from './config.js';
import { connectAs, connectionOptions, loadNats } from './nats-client.js';
import { ShapingError, shapeOnThisThread, shapeOnWorkers, type Shaping } from './shaping-pool.js';
import { hasPassed, keepUntilOf, streamsOutlive, utcDay, type KeepUntilEntry } from './keep-until.js';
import { ensureStreams } from './streams.js';
import { HEADERS, HUB_CONSUMER, STREAMS, subjects } from './subjects.js';

type Json = Record<string, unknown>;

/** What the hub tells its operator: identifiers and reasons, never a record's content. */
export type HubEvent =
  | { event: 'started'; members: number }
  | { event: 'delivered'; submitter: string; recordId: string; recipients: string[] }
  /** Accepted, and no recipient may have it (refusals are logged apiece) or it was addressed to no lead recipient and the group has no other. */
  | { event: 'delivered-to-no-one'; submitter: string; recordId: string }
  | { event: 'refused'; submitter: string; recipient: string; reason: string }
  | { event: 'withheld'; submitter: string; recordId: string; recipient: string; reason: string }
  | { event: 'batch-released'; recipients: number; records: number; withheld: number }
  | { event: 'rejected'; submitter: string; findings: number; first: string }
  | { event: 'withdrawn'; submitter: string; recipients: string[] }
  /** A record's own keep-until date passed: what the hub held of it is removed. */
  | { event: 'retention-ended'; submitter: string; recordId: string; recipients: string[] }
  | { event: 'retention-sweep-failed'; reason: string }
  | { event: 'outcome'; from: string; to: string }
  | { event: 'alert'; from: string; recordId: string; recipients: string[] }
  | { event: 'dead-lettered'; sequence: number; reason: string }
  | { event: 'retrying'; sequence: number; attempt: number; reason: string }
  | { event: 'threads-unavailable'; reason: string }
  | { event: 'stopped' };

export interface HubOptions {
  /** Stream replicas (3 on a three-node cluster). */
  replicas?: number;
  /** Worker threads that validate and re-shape submissions; 0 (the default) does it on the hub's own thread. */
  threads?: number;
  log?: (event: HubEvent) => void;
  /** The clock the hub judges keep-until dates by (tests move it). */
  now?: () => Date;
  /** How often the hub removes records whose keep-until date passed (default: every 15 minutes, and at start). */
  retentionSweepMs?: number;
}

export interface RunningHub {
  stop(): Promise<void>;
  /** Resolves when the worker has stopped (after stop(), or when the connection closed). */
  done: Promise<void>;
}

/** One delivery of a record, as the index keeps it for withdrawals. */
interface Delivery {
  recipient: string;
  profile: string;
  seq: number;
  recordId: string;
}

/** A submission held for the recipients whose profile protects small groups, and what became of it there. */
interface Held {
  submitter: string;
  recordId: string;
  contentHash: string;
  report: Json;
}
interface HeldOutcome {
  deliveries: Delivery[];
  audit: Json[];
}

/** Why a record was left out of a small-group release (the batch library leaves it out without a word). */
const WITHHELD = 'fewer people than the profile\'s k share its quasi-identifiers in its release batch, even with every quasi-identifier suppressed';

export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<RunningHub> {
  const nats = await loadNats();
  await prepareAlertChecks();
  const nc = await connectAs(nats, await connectionOptions(config, config.hub.user, config.hub.password));
  const jsm = await nats.js.jetstreamManager(nc);
  await ensureStreams(jsm, config, options.replicas ? { replicas: options.replicas } : {});
  const js = jsm.jetstream();
  const worker = new HubWorker(config, js, jsm, nats.headers, options.log ?? (() => {}), options.threads ?? 0, options.now ?? (() => new Date()));
  // Records whose own keep-until date passed are removed at start, then on a timer.
  let sweeping = worker.removeExpired();
  const sweeper = setInterval(() => void (sweeping = sweeping.then(() => worker.removeExpired())), options.retentionSweepMs ?? 15 * 60_000);
  const advisories = nc.subscribe(subjects.maxDeliveriesAdvisory, { callback: (_, m) => void worker.onMaxDeliveries(m.data) });
  const consumer = await js.consumers.get(STREAMS.inbound, HUB_CONSUMER);
  const messages = await consumer.consume({ max_messages: 64 });
  let stopping = false;
  // Messages about different records are handled concurrently (their network round trips overlap); messages about
  // the same record by the same submitter stay in order, so a withdrawal never overtakes its submission.
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  const done = (async () => {
    for await (const m of messages) {
      // Messages already pulled when a stop came are handed back at once, not left to time out.
      if (stopping) {
        m.nak();
        continue;
      }
      // Parsed once here, for the ordering key and for the handling.
      const parsed = parseJson(m.data);
      const key = orderingKey(m, parsed);
      const next = (chains.get(key) ?? Promise.resolve()).then(() => worker.handle(m, parsed));
      chains.set(key, next);
      inFlight.add(next);
      void next.finally(() => {
        inFlight.delete(next);
        if (chains.get(key) === next) chains.delete(key);
      });
      // Submissions held for a small-group release wait without working: they do not count against the concurrency.
      if (inFlight.size >= CONCURRENCY + worker.heldCount) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  })();
  options.log?.({ event: 'started', members: config.members.length });
  return {
    done,
    async stop() {
      stopping = true;
      clearInterval(sweeper);
      worker.stopSweeping();
      await sweeping;
      messages.stop();
      worker.abandonHeld();
      await done.catch(() => {});
      advisories.unsubscribe();
      await worker.close();
      await nc.drain().catch(() => {});
      options.log?.({ event: 'stopped' });
    },
  };
}

const CONCURRENCY = 32;

/** The record ID a message names (a submission, a withdrawal), when its JSON has one of the right form. */
function recordIdOf(parsed: unknown): string | undefined {
  const id = parsed !== null && typeof parsed === 'object' ? (parsed as Json).recordId : undefined;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

/** Submitter and record a message is about (the same for a submission and its withdrawal). */
function orderingKey(m: JsMsg, parsed: unknown): string {
  const submitter = m.subject.split('.')[2] ?? '';
  const id = parsed !== null && typeof parsed === 'object' ? (parsed as { recordId?: unknown }).recordId : undefined;
  return typeof id === 'string' ? `${submitter}/${id.toLowerCase()}` : `${submitter}/#${m.info.streamSequence}`;
}

/**
 * Why handling failed, for the log and the dead-letter header: a NATS error says what went wrong at the broker; any
 * other error may quote the message it choked on (a SyntaxError does), so only its kind is kept.
 */
function failureReason(error: unknown): string {
  if (error instanceof SharingRefusal) return error.reason;
  if (error instanceof ShapingError) return error.message; // names the kind of error only
  if (isNatsError(error)) return `${error.name}: ${error.message.slice(0, 200)}`;
  return `${error instanceof Error ? error.name : 'unexpected failure'} while handling the message (details withheld: they could quote it)`;
}

const isNatsError = (error: unknown): error is Error => error instanceof Error && /^(Nats|JetStream|Request|Timeout|Connection|Permission|NoResponders)/.test(error.name);

/** A failure of the broker that passes (no stream leader yet, no responders, a timeout); a refused permission does not. */
const isBrokerError = (error: unknown): boolean => isNatsError(error) && !/^Permission/.test(error.name) && !/permission|maximum payload|size/i.test(error.message);

/** How long a message waits, in hand, for the broker to recover before it is handed back as a failed attempt. */
const BROKER_RECOVERY_MS = 60_000;

type HeadersFactory = Awaited<ReturnType<typeof loadNats>>['headers'];

class HubWorker {
  private readonly members: Map<string, HubMember>;
  /** Recipients that get each record as it comes. */
  private readonly oneByOne: HubMember[];
  /** Recipients whose profile protects small groups: they get records in batches. */
  private readonly inBatches: HubMember[];
  private readonly smallGroups: BatchRelease<Held, HeldOutcome> | undefined;
  private readonly strictestNeeded: string;
  private readonly shaping: Shaping;
  private stopping = false;
  /** Set when the hub stops: a sweep under way ends after the removal in hand. */
  private sweepStopped = false;

  constructor(
    private readonly config: HubConfig,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly headers: HeadersFactory,
    private readonly log: (event: HubEvent) => void,
    threads: number,
    private readonly now: () => Date,
  ) {
    this.members = new Map(config.members.map((m) => [m.id, m]));
    const protectsSmallGroups = (m: HubMember) => runtimeModel.profiles[m.profile!]!.kAnonymity !== undefined;
    this.oneByOne = recipientsOf(config).filter((m) => !protectsSmallGroups(m));
    this.inBatches = recipientsOf(config).filter(protectsSmallGroups);
    const { batchSize, windowSeconds } = config.smallGroupRelease;
    this.smallGroups = this.inBatches.length > 0 ? new BatchRelease({ batchSize, windowMs: windowSeconds * 1000 }, (batch) => this.releaseSmallGroups(batch)) : undefined;
    this.strictestNeeded = mostPermissiveProfile(config);
    this.shaping = threads > 0 ? shapeOnWorkers(threads, config, this.strictestNeeded, this.oneByOne, (reason) => log({ event: 'threads-unavailable', reason })) : shapeOnThisThread(config, this.strictestNeeded, this.oneByOne);
  }

  stopSweeping(): void {
    this.sweepStopped = true;
  }

  close(): Promise<void> {
    return this.shaping.close();
  }

  get heldCount(): number {
    return this.smallGroups?.size ?? 0;
  }

  /** The hub is stopping: held submissions are handed back (not acknowledged) and come again to a later batch. */
  abandonHeld(): void {
    this.stopping = true;
    this.smallGroups?.abandon();
  }

  async handle(m: JsMsg, parsed: unknown = parseJson(m.data)): Promise<void> {
    // A submission may wait for its small-group batch longer than the ack wait: tell the server it is in hand.
    const heartbeat = setInterval(() => m.working(), (this.config.limits.ackWaitSeconds * 1000) / 3);
    try {
      const [, kind, submitter] = m.subject.split('.');
      const member = submitter ? this.members.get(submitter) : undefined;
      const role = kind === 'outcomes' ? 'recipient' : kind === 'alerts' ? undefined : 'submitter';
      if (!member || (role && !member.roles.includes(role))) {
        // Parked with its reason, then acknowledged: in a work queue only an acknowledgement removes a message.
        await this.deadLetter(m.data, m.subject, m.info.streamSequence, `the subject names no ${role ?? 'member'} of this group`);
        await m.ackAck();
        return;
      }
      const work = () => {
        if (kind === 'withdrawals') return this.withdraw(member, m.data, m.info.streamSequence);
        if (kind === 'outcomes') return this.passOutcome(member, m.data);
        if (kind === 'alerts') return this.passAlert(member, m.data);
        return this.submit(member, m.data, parsed, m.headers?.get(HEADERS.to) || undefined);
      };
      await this.whileBrokerRecovers(m.info.streamSequence, work);
      // Everything it produced is stored; a lost acknowledgement only brings a duplicate the message IDs absorb.
      m.ack();
    } catch (error) {
      if (error instanceof ReleaseAbandoned) {
        m.nak();
        return;
      }
      const reason = failureReason(error);
      if (m.info.deliveryCount >= this.config.limits.maxDeliver) {
        await this.deadLetter(m.data, m.subject, m.info.streamSequence, reason).then(
          () => m.ackAck(),
          () => m.nak(1000),
        );
      } else {
        this.log({ event: 'retrying', sequence: m.info.streamSequence, attempt: m.info.deliveryCount, reason });
        m.nak(Math.min(250 * 2 ** m.info.deliveryCount, 10_000));
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Runs the work again while the broker, not the message, is what fails (a cluster electing a new stream leader, a
   * server restarting): the message keeps its delivery attempts for faults of its own, so a slow election never
   * parks a good submission. Running the work again is safe: everything it publishes carries a message ID.
   */
  private async whileBrokerRecovers(sequence: number, work: () => Promise<void>): Promise<void> {
    const giveUpAt = Date.now() + BROKER_RECOVERY_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!isBrokerError(error) || this.stopping || Date.now() >= giveUpAt) throw error;
        this.log({ event: 'retrying', sequence, attempt, reason: failureReason(error) });
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 5_000)));
      }
    }
  }

  /** The server gave up redelivering a submission (the hub stopped while handling it too often): park it. */
  async onMaxDeliveries(data: Uint8Array): Promise<void> {
    try {
      const advisory = JSON.parse(new TextDecoder().decode(data)) as { stream_seq?: number; deliveries?: number };
      if (typeof advisory.stream_seq !== 'number') return;
      const stored = await this.jsm.streams.getMessage(STREAMS.inbound, { seq: advisory.stream_seq }).catch(() => null);
      if (!stored) return;
      await this.deadLetter(stored.data, stored.subject, stored.seq, `not processed after ${advisory.deliveries ?? this.config.limits.maxDeliver} deliveries`);
      await this.jsm.streams.deleteMessage(STREAMS.inbound, stored.seq).catch(() => false);
    } catch {
      // The advisory is a hint; a message it names stays in the work queue and is handled on the next start.
    }
  }

  private async deadLetter(data: Uint8Array, subject: string, sequence: number, reason: string): Promise<void> {
    const h = this.headers();
    h.set(HEADERS.reason, reason);
    h.set(HEADERS.sourceSequence, String(sequence));
    h.set(HEADERS.sourceSubject, subject);
    const submitter = subject.split('.')[2] || 'unknown';
    const recordId = recordIdOf(parseJson(data));
    await this.js.publish(subjects.deadLetter(submitter, recordId ? recordKey(submitter, recordId) : 'unplaced'), data, { msgID: `dead-${STREAMS.inbound}-${sequence}`, headers: h });
    this.log({ event: 'dead-lettered', sequence, reason });
  }

  private async submit(member: HubMember, data: Uint8Array, parsed: unknown, to: string | undefined): Promise<void> {
    const contentHash = digest(data);
    const keepUntil = keepUntilOf(parsed);
    const today = utcDay(this.now());
    if (keepUntil !== undefined && hasPassed(keepUntil, today)) {
      const finding: Finding = { code: 'hub-refused', severity: 'error', path: '/sharing/retentionUntil', message: 'The report\'s keep-until date has passed: recipients would have to delete it on arrival, so the hub does not pass it on.', hint: 'If the report may still be kept, set a later keep-until date and submit it again.' };
      await this.rejectWith(member, recordIdOf(parsed), [finding], contentHash);
      return;
    }
    const addressee = to === undefined ? undefined : this.members.get(to);
    if (to !== undefined && (addressee === undefined || addressee.id === member.id || !addressee.roles.includes('recipient') || !receivesLeads(addressee))) {
      // The header is the submitter's own text: the answer names the header, not what it says.
      const finding: Finding = { code: 'hub-refused', severity: 'error', path: '', message: `The submission is addressed (${HEADERS.to}) to no other member of this group that receives leads.`, hint: 'Address it to a recipient whose profile is for leads (a bank or FIU under the tactical profile), or leave the address out to share it only with recipients of anonymised records.' };
      await this.rejectWith(member, recordIdOf(parsed), [finding], contentHash);
      return;
    }
    const prepared = await this.shaping.prepare(data, member.id, addressee?.id, parsed);
    if (!prepared.ok) {
      await this.rejectWith(member, prepared.recordId, prepared.findings, contentHash);
      return;
    }
    const { recordId } = prepared;
    const deliveries: Delivery[] = [];
    const audit: Json[] = [];
    await Promise.all(
      prepared.shaped.map(async (shaped) => {
        const recipient = this.members.get(shaped.recipient)!;
        if ('refusal' in shaped) {
          this.refuse(member.id, recipient, shaped.refusal, audit);
          return;
        }
        const delivery = await this.deliver(member.id, recordId, contentHash, recipient, shaped.payload, shaped.facts);
        deliveries.push(delivery);
        audit.push({ event: 'delivered', recipient: recipient.id, profile: recipient.profile, recordId: delivery.recordId, tlp: shaped.facts.tlp });
      }),
    );
    // Indexed at once: a recipient may answer with an outcome update before the small-group batch goes.
    const indexing = this.remember(member.id, recordId, digest(contentHash, 'at once'), deliveries);
    // Acknowledged only once its batch went out: a hub that stops before then gets the submission again.
    if (this.smallGroups) {
      await indexing;
      // The same content already released in a batch (a lead addressed again, a submission redelivered) is not
      // weighed a second time: a record counted twice towards k would weaken the small-group protection. Submissions
      // of one record are handled one after another (the ordering chains), so the index answers for the earlier one.
      const released = await this.jsm.streams.getMessage(STREAMS.index, { last_by_subj: `${this.indexPrefix(member.id, recordId)}.${digest(contentHash, 'batch')}` }).catch(() => null);
      // Admitted, so the submission parsed as one report (the preparation parsed the same bytes).
      const held = released ? { deliveries: [], audit: [] } : await this.smallGroups.hold({ submitter: member.id, recordId, contentHash, report: parsed as Json });
      deliveries.push(...held.deliveries);
      audit.push(...held.audit);
      await Promise.all([this.remember(member.id, recordId, digest(contentHash, 'batch'), held.deliveries), this.writeAudit(member.id, recordId, contentHash, audit)]);
    } else {
      await Promise.all([indexing, this.writeAudit(member.id, recordId, contentHash, audit)]);
    }
    // What went out of a version whose own date comes before the streams would let it go is removed on that date; a
    // later version keeps its own date. One entry per version (its subject keeps one message), so a repeat is harmless.
    if (deliveries.length > 0 && keepUntil !== undefined && streamsOutlive(keepUntil, today, this.config.retention.recordDays)) {
      const entry: KeepUntilEntry = { submitter: member.id, recordId, keepUntil, versions: [digest(contentHash, 'at once'), digest(contentHash, 'batch')] };
      await this.js.publish(subjects.keepUntil(member.id, recordKey(member.id, recordId), contentHash), JSON.stringify(entry));
    }
    this.log(deliveries.length > 0 ? { event: 'delivered', submitter: member.id, recordId, recipients: deliveries.map((d) => d.recipient) } : { event: 'delivered-to-no-one', submitter: member.id, recordId });
  }

  private refuse(submitter: string, recipient: HubMember, reason: string, audit: Json[]): void {
    this.log({ event: 'refused', submitter, recipient: recipient.id, reason });
    audit.push({ event: 'refused', recipient: recipient.id, profile: recipient.profile, reason });
  }

  /** Publishes one re-shaped record to its recipient; the message ID makes a repeat a no-op. */
  private async deliver(submitter: string, recordId: string, contentHash: string, recipient: HubMember, payload: string, facts: RecordFacts): Promise<Delivery> {
    const msgID = digest('record', submitter, recordId, contentHash, recipient.id);
    const ack = await this.js.publish(subjects.sharedRecord(recipient.id, recipient.profile!), payload, { msgID, headers: this.recordHeaders(facts, recipient.profile!, 'record') });
    // A redelivered submission is stored once: what the recipient holds is the first copy, with its identifiers.
    const held = ack.duplicate ? await this.storedRecordId(ack.seq) : undefined;
    return { recipient: recipient.id, profile: recipient.profile!, seq: ack.seq, recordId: held ?? String(facts.recordId) };
  }

  /**
   * One small-group release: for each such recipient, the held records it may have go through the anonymiser's
   * batch release together; what it generalises or suppresses goes out so, what it withholds is logged and audited
   * as withheld, without the record.
   */
  private async releaseSmallGroups(batch: Held[]): Promise<HeldOutcome[]> {
    const outcomes = batch.map((): HeldOutcome => ({ deliveries: [], audit: [] }));
    let withheld = 0;
    await Promise.all(
      this.inBatches.map(async (recipient) => {
        const eligible: { index: number; purposes: string[] }[] = [];
        batch.forEach((h, index) => {
          if (h.submitter === recipient.id) return;
          const purposes = mayReceive(h.report, recipient);
          if (purposes instanceof SharingRefusal) this.refuse(h.submitter, recipient, purposes.reason, outcomes[index]!.audit);
          else eligible.push({ index, purposes });
        });
        const open = async function* () {
          for (const [place, e] of eligible.entries()) yield { data: batch[e.index]!.report, place: String(place) };
        };
        const released = new Set<number>();
        const publishing: Promise<void>[] = [];
        for await (const event of anonymiseBatch(open, { profile: recipient.profile!, keyId: this.config.group.keyId, recordIdsKeyedBySubmitter: true })) {
          const { index, purposes } = eligible[Number(event.place)]!;
          const h = batch[index]!;
          released.add(index);
          const outcome = outcomes[index]!;
          if (event.type === 'refused') {
            this.refuse(h.submitter, recipient, event.reason, outcome.audit);
            continue;
          }
          const shaped = narrowPurposes(event.report, purposes);
          publishing.push(
            this.deliver(h.submitter, h.recordId, h.contentHash, recipient, JSON.stringify(shaped), factsOf(shaped)).then((delivery) => {
              outcome.deliveries.push(delivery);
              outcome.audit.push({ event: 'delivered', recipient: recipient.id, profile: recipient.profile, recordId: delivery.recordId, tlp: (shaped.sharing as Json).tlp, kAnonymityThreshold: (shaped.sharing as Json).kAnonymityThreshold });
            }),
          );
        }
        await Promise.all(publishing);
        for (const { index } of eligible) {
          if (released.has(index)) continue;
          withheld++;
          this.log({ event: 'withheld', submitter: batch[index]!.submitter, recordId: batch[index]!.recordId, recipient: recipient.id, reason: WITHHELD });
          outcomes[index]!.audit.push({ event: 'withheld', recipient: recipient.id, profile: recipient.profile, reason: WITHHELD });
        }
      }),
    );
    this.log({ event: 'batch-released', recipients: this.inBatches.length, records: batch.length, withheld });
    return outcomes;
  }

  private async storedRecordId(seq: number): Promise<string | undefined> {
    const stored = await this.jsm.streams.getMessage(STREAMS.deliveries, { seq }).catch(() => null);
    const id = stored ? (stored.json() as Json).recordId : undefined;
    return typeof id === 'string' ? id : undefined;
  }

  private recordHeaders(facts: RecordFacts, profile: string, kind: string) {
    const h = this.headers();
    h.set('schemaVersion', runtimeModel.version);
    h.set('tlp', facts.tlp);
    h.set('sharingProfile', profile);
    h.set('permittedPurposes', facts.permittedPurposes.join(','));
    if (facts.recordType !== undefined) h.set('recordType', facts.recordType);
    if (facts.recordId !== undefined) h.set(HEADERS.recordId, facts.recordId);
    h.set(HEADERS.kind, kind);
    return h;
  }

  private async rejectWith(member: HubMember, recordId: string | undefined, findings: Finding[], contentHash: string): Promise<void> {
    const message = createValidationReportMessage(recordId, findings);
    const h = this.headers();
    h.set('schemaVersion', message.headers.schemaVersion);
    h.set('tlp', message.headers.tlp);
    h.set(HEADERS.kind, 'validation');
    await this.js.publish(subjects.validation(member.id), JSON.stringify(message.payload), { msgID: digest('validation', member.id, contentHash), headers: h });
    await this.writeAudit(member.id, recordId ?? 'none', contentHash, [{ event: 'rejected', findings: findings.length }]);
    this.log({ event: 'rejected', submitter: member.id, findings: findings.length, first: findings[0]?.path ?? '' });
  }

  /**
   * The index of a record's deliveries: one message per version of the record (content) and part (at once, or in
   * a small-group batch), under the record's prefix, so that recording deliveries needs no read; a withdrawal,
   * which is rare, reads them all. (A message right at the prefix is an index written by an earlier hub.)
   */
  private indexPrefix = (submitter: string, recordId: string) => subjects.submittedIndex(submitter, recordKey(submitter, recordId));

  /** The deliveries of a record, of every version or of the `versions` given. */
  private async deliveriesOf(submitter: string, recordId: string, versions?: readonly string[]): Promise<Delivery[]> {
    const prefix = this.indexPrefix(submitter, recordId);
    const indexed = versions ? versions.map((v) => `${prefix}.${v}`) : [prefix, ...Object.keys((await this.jsm.streams.info(STREAMS.index, { subjects_filter: `${prefix}.*` })).state.subjects ?? {})];
    const stored = await Promise.all(indexed.map((subject) => this.jsm.streams.getMessage(STREAMS.index, { last_by_subj: subject }).catch(() => null)));
    const all = stored.flatMap((m) => (m ? (m.json() as Delivery[]) : []));
    return [...new Map(all.map((d) => [`${d.recipient}/${d.seq}`, d])).values()];
  }

  private async remember(submitter: string, recordId: string, version: string, fresh: Delivery[]): Promise<void> {
    if (fresh.length === 0) return;
    await Promise.all([
      this.js.publish(`${this.indexPrefix(submitter, recordId)}.${version}`, JSON.stringify(fresh)),
      ...fresh.map((d) => this.js.publish(this.deliveredSubject(d.recipient, d.recordId), JSON.stringify({ submitter, recordId }))),
    ]);
  }

  private deliveredSubject = (recipient: string, deliveredId: string) => subjects.deliveredIndex(recipient, digest(recipient, deliveredId.toLowerCase()));

  /**
   * An outcome update from a recipient about a record it received goes to the organisation that submitted that
   * record, naming the record as the submitter knows it; a member can reach only originators of what it received.
   */
  private async passOutcome(member: HubMember, data: Uint8Array): Promise<void> {
    const contentHash = digest(data);
    const admission = admitSubmission(data, this.config, this.strictestNeeded);
    if (!admission.ok) return this.rejectWith(member, admission.recordId, admission.findings, contentHash);
    const relatesTo = admission.report.relatesToRecordId;
    const stored = typeof relatesTo === 'string' && admission.report.recordType === 'outcomeUpdate' ? await this.jsm.streams.getMessage(STREAMS.index, { last_by_subj: this.deliveredSubject(member.id, relatesTo) }).catch(() => null) : null;
    if (!stored) {
      const finding: Finding = { code: 'hub-refused', severity: 'error', path: '/relatesToRecordId', message: 'The outcome update does not name a record the hub delivered to you.', hint: 'Send a report of type outcomeUpdate whose relatesToRecordId is the record ID as you received it.' };
      return this.rejectWith(member, admission.recordId, [finding], contentHash);
    }
    const origin = stored.json<{ submitter: string; recordId: string }>();
    const update = structuredClone(admission.shaped);
    update.relatesToRecordId = origin.recordId;
    await this.js.publish(subjects.outcomeUpdate(origin.submitter), JSON.stringify(update), { msgID: digest('outcome', member.id, admission.recordId, contentHash), headers: this.recordHeaders(factsOf(update), this.strictestNeeded, 'outcome') });
    await this.writeAudit(member.id, admission.recordId, contentHash, [{ event: 'outcome', recipient: origin.submitter, relatesTo: origin.recordId }]);
    this.log({ event: 'outcome', from: member.id, to: origin.submitter });
  }

  /** An indicator alert goes to every other recipient whose profile and purposes allow it, re-shaped for that profile. */
  private async passAlert(member: HubMember, data: Uint8Array): Promise<void> {
    const contentHash = digest(data);
    const alert = admitAlert(data, this.config.limits.maxSubmissionBytes);
    if (!alert.ok) return this.rejectWith(member, alert.recordId, alert.findings, contentHash);
    const recordId = String(alert.payload.recordId);
    const audit: Json[] = [];
    const sentTo: string[] = [];
    await Promise.all(
      [...this.oneByOne, ...this.inBatches]
        .filter((r) => r.id !== member.id)
        .map(async (recipient) => {
          const shaped = shapeAlertFor(alert, recipient);
          if (shaped instanceof SharingRefusal) return this.refuse(member.id, recipient, shaped.reason, audit);
          const h = this.headers();
          h.set('schemaVersion', shaped.headers.schemaVersion);
          h.set('tlp', shaped.headers.tlp);
          h.set('sharingProfile', shaped.headers.sharingProfile);
          h.set('permittedPurposes', shaped.headers.permittedPurposes.join(','));
          h.set('recordType', 'indicatorAlert');
          h.set(HEADERS.kind, 'alert');
          await this.js.publish(subjects.alertDelivery(recipient.id), JSON.stringify(shaped.payload), { msgID: digest('alert', member.id, recordId, contentHash, recipient.id), headers: h });
          sentTo.push(recipient.id);
          audit.push({ event: 'alert', recipient: recipient.id, profile: recipient.profile, tlp: shaped.headers.tlp });
        }),
    );
    await this.writeAudit(member.id, recordId, contentHash, audit);
    this.log({ event: 'alert', from: member.id, recordId, recipients: sentTo });
  }

  private async writeAudit(submitter: string, recordId: string, contentHash: string, entries: Json[]): Promise<void> {
    const at = new Date().toISOString();
    await Promise.all(
      entries.map((entry, i) =>
        this.js.publish(subjects.audit, JSON.stringify({ at, submitter, submittedRecordId: recordId, ...entry }), { msgID: digest('audit', submitter, recordId, contentHash, String(entry.event), String(entry.recipient ?? ''), String(i)) }),
      ),
    );
  }

  private async withdraw(member: HubMember, data: Uint8Array, sequence: number): Promise<void> {
    const recordId = recordIdOf(parseJson(data));
    const contentHash = digest(data);
    if (recordId === undefined) {
      await this.rejectWith(member, undefined, [{ code: 'hub-refused', severity: 'error', path: '/recordId', message: 'The withdrawal does not name a record identifier.', hint: 'Send {"recordId": "<the identifier you submitted>"}.' }], contentHash);
      return;
    }
    const at = new Date().toISOString();
    const deliveries = await this.removeRecord(member.id, recordId, { onEach: async (d) => {
      const h = this.headers();
      h.set('schemaVersion', runtimeModel.version);
      h.set(HEADERS.kind, 'withdrawn');
      await this.js.publish(subjects.withdrawn(d.recipient), JSON.stringify({ recordId: d.recordId, withdrawn: true, at }), { msgID: digest('withdrawn', member.id, recordId, d.recipient, String(d.seq)), headers: h });
    } });
    // Every withdrawal of a record has the same body: its place in the queue tells a second request from a repeat of the first.
    await this.writeAudit(
      member.id,
      recordId,
      digest(contentHash, String(sequence)),
      deliveries.map((d) => ({ event: 'withdrawn', recipient: d.recipient, profile: d.profile, recordId: d.recordId })),
    );
    this.log({ event: 'withdrawn', submitter: member.id, recipients: deliveries.map((d) => d.recipient) });
  }

  /**
   * Removes what the hub holds of a submitter's record: each delivery (after `onEach` for it, which a withdrawal
   * uses to tell the recipient) and its index entries; for the whole record (no `versions`) also its keep-until
   * entries and a copy parked as a dead letter. The index goes last, so that a removal cut short is finished by the
   * next one. Returns the deliveries removed.
   */
  private async removeRecord(submitter: string, recordId: string, options: { versions?: readonly string[]; onEach?: (d: Delivery) => Promise<void> } = {}): Promise<Delivery[]> {
    const deliveries = await this.deliveriesOf(submitter, recordId, options.versions);
    await Promise.all(
      deliveries.map(async (d) => {
        await this.jsm.streams.deleteMessage(STREAMS.deliveries, d.seq).catch(() => false); // already expired or deleted
        await options.onEach?.(d);
      }),
    );
    const key = recordKey(submitter, recordId);
    const prefix = this.indexPrefix(submitter, recordId);
    for (const d of deliveries) await this.jsm.streams.purge(STREAMS.index, { filter: this.deliveredSubject(d.recipient, d.recordId) });
    if (options.versions) {
      for (const v of options.versions) await this.jsm.streams.purge(STREAMS.index, { filter: `${prefix}.${v}` });
      return deliveries;
    }
    await this.jsm.streams.purge(STREAMS.index, { filter: prefix });
    await this.jsm.streams.purge(STREAMS.index, { filter: `${prefix}.>` });
    await this.jsm.streams.purge(STREAMS.deadLetter, { filter: subjects.deadLetter(submitter, key) });
    await this.jsm.streams.purge(STREAMS.index, { filter: subjects.keepUntil(submitter, key, '>') });
    return deliveries;
  }

  /** Removes each version of a record whose own keep-until date has passed; a failure leaves the entry for the next sweep. */
  async removeExpired(): Promise<void> {
    try {
      const today = utcDay(this.now());
      const info = await this.jsm.streams.info(STREAMS.index, { subjects_filter: subjects.keepUntils });
      for (const subject of Object.keys(info.state.subjects ?? {})) {
        if (this.sweepStopped) return;
        const stored = await this.jsm.streams.getMessage(STREAMS.index, { last_by_subj: subject }).catch(() => null);
        const entry = stored?.json<KeepUntilEntry>();
        if (!entry || !hasPassed(entry.keepUntil, today)) continue;
        const deliveries = await this.removeRecord(entry.submitter, entry.recordId, { versions: entry.versions });
        await this.jsm.streams.purge(STREAMS.index, { filter: subject });
        // The entry's subject stands in for the content in the audit entries' message IDs: one removal per version.
        await this.writeAudit(entry.submitter, entry.recordId, digest(subject), deliveries.map((d) => ({ event: 'retention-ended', recipient: d.recipient, profile: d.profile, recordId: d.recordId })));
        this.log({ event: 'retention-ended', submitter: entry.submitter, recordId: entry.recordId, recipients: deliveries.map((d) => d.recipient) });
      }
    } catch (error) {
      this.log({ event: 'retention-sweep-failed', reason: failureReason(error) });
    }
  }
}
