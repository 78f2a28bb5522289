/**
 * A record's own retention (sharing.retentionUntil) at the hub, on a real nats-server with a clock the test moves:
 * a record whose keep-until date has passed is refused with a validation report and reaches no one; one whose date
 * comes before the group's retention is delivered, then removed from every stream of the hub when its date passes,
 * with an audit entry; one whose date comes after the group's retention is left to the streams' own expiry.
 * Synthetic reports only.
 */
import type { JetStreamManager } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordKey } from '../src/hub/checks.js';
import { MemberClient, pseudonymiseForGroup } from '../src/hub/member.js';
import { loadNats } from '../src/hub/nats-client.js';
import { waitFor } from '../src/hub/nats-server.js';
import { startHub, type HubEvent, type RunningHub } from '../src/hub/pipeline.js';
import { STREAMS, subjects } from '../src/hub/subjects.js';
import { auditEntries, example, GROUP_KEY, GROUP_KEY_ID, passwordOf, receiveAll, startGroupServer, testRecordId, TO_BANK, type HubServer } from './helpers/hub-fixture.js';

const DAY = 86_400_000;
let clock = Date.now();
let group: HubServer;
let hub: RunningHub;
const events: HubEvent[] = [];
const clients: MemberClient[] = [];
const day = (offsetDays: number) => new Date(clock + offsetDays * DAY).toISOString().slice(0, 10);

async function member(id: string) {
  const client = await MemberClient.connect({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id) });
  clients.push(client);
  return client;
}

/** Runs `look` with the hub's own view of its streams. */
async function withHubStreams(look: (jsm: JetStreamManager) => Promise<void>): Promise<void> {
  const nats = await loadNats();
  const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
  try {
    await look(await nats.js.jetstreamManager(nc));
  } finally {
    await nc.close();
  }
}

/** The fishing example kept until `keepUntil`, pseudonymised as a member submits it. */
function keptUntil(keepUntil: string, n: number): Record<string, unknown> {
  const report = example('fishing');
  return pseudonymiseForGroup({ ...report, recordId: testRecordId(n), sharing: { ...(report.sharing as object), retentionUntil: keepUntil } }, { profile: 'tactical', key: GROUP_KEY, keyId: GROUP_KEY_ID });
}

beforeAll(async () => {
  group = await startGroupServer();
  hub = await startHub(group.config, { log: (e) => events.push(e), now: () => new Date(clock), retentionSweepMs: 200 });
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await hub?.stop();
  await group?.cleanup();
});

describe("a record's keep-until date", () => {
  test('a record whose keep-until date has passed is refused with a validation report, and reaches no one', async () => {
    const ngo = await member('ngo1');
    const report = keptUntil(day(-1), 901);
    await ngo.submit(report, TO_BANK);
    const [answer] = await receiveAll(ngo, 1);
    expect(answer).toMatchObject({ kind: 'validation', payload: { recordId: report.recordId } });
    expect((answer!.payload.findings as { path: string }[])[0]!.path).toBe('/sharing/retentionUntil');
    expect(await (await member('bank1')).receive(() => {}, { idleMs: 1000 })).toBe(0);
  });

  test('a record kept until today is delivered, and removed from every stream of the hub once the day has passed', async () => {
    const ngo = await member('ngo1');
    const bank = await member('bank1');
    const report = keptUntil(day(0), 902);
    await ngo.submit(report, TO_BANK);
    const [delivered] = await receiveAll(bank, 1);
    expect(delivered).toMatchObject({ kind: 'record', payload: { sharing: { retentionUntil: day(0) } } });

    await withHubStreams(async (jsm) => {
      const keepUntilPrefix = subjects.keepUntil('ngo1', recordKey('ngo1', String(report.recordId)), '');
      const indexSubjects = async () => Object.keys((await jsm.streams.info(STREAMS.index, { subjects_filter: '>' })).state.subjects ?? {});
      await waitFor('the keep-until entry', async () => ((await indexSubjects()).some((s) => s.startsWith(keepUntilPrefix)) ? true : undefined), 5_000);
      // Still held today, by the sweeps that run meanwhile.
      await new Promise((r) => setTimeout(r, 600));
      expect(await jsm.streams.getMessage(STREAMS.deliveries, { seq: delivered!.sequence }).catch(() => null)).not.toBeNull();

      clock += 2 * DAY;
      const ended = await waitFor('the record to be removed', () => events.find((e) => e.event === 'retention-ended' && e.recordId === report.recordId), 10_000, 100);
      expect(ended).toMatchObject({ submitter: 'ngo1', recipients: ['bank1'] });
      expect(await jsm.streams.getMessage(STREAMS.deliveries, { seq: delivered!.sequence }).catch(() => null)).toBeNull();
      // Nothing of the record is left in the index (deliveries, the recipient's entry, the keep-until entry).
      const key = recordKey('ngo1', String(report.recordId));
      expect((await indexSubjects()).filter((s) => s.includes(key) || s.includes(recordKey('bank1', String(delivered!.payload.recordId))))).toEqual([]);
      const audit = await auditEntries(group.config);
      expect(audit.filter((a) => a.event === 'retention-ended' && a.submittedRecordId === report.recordId)).toEqual([expect.objectContaining({ recipient: 'bank1', recordId: delivered!.payload.recordId })]);
    });
  });

  test('each version keeps its own date: a correction with a later date stays when the first version\'s date passes', async () => {
    const ngo = await member('ngo1');
    const bank = await member('bank1');
    const first = keptUntil(day(0), 904);
    await ngo.submit(first, TO_BANK);
    const [firstCopy] = await receiveAll(bank, 1);
    // The corrected version, kept a year longer than the group keeps records: no date of its own at the hub.
    const corrected = { ...first, dateReported: day(0), sharing: { ...(first.sharing as object), retentionUntil: day(400) } };
    await ngo.submit(corrected, TO_BANK);
    const [correctedCopy] = await receiveAll(bank, 1);
    expect(correctedCopy!.payload.dateReported).toBe(day(0));

    clock += 2 * DAY;
    await waitFor('the first version to be removed', () => events.find((e) => e.event === 'retention-ended' && e.recordId === first.recordId), 10_000, 100);
    await withHubStreams(async (jsm) => {
      expect(await jsm.streams.getMessage(STREAMS.deliveries, { seq: firstCopy!.sequence }).catch(() => null)).toBeNull();
      expect(await jsm.streams.getMessage(STREAMS.deliveries, { seq: correctedCopy!.sequence }).catch(() => null)).not.toBeNull();
    });
  });

  test('a record kept beyond the group\'s retention leaves it to the streams: no entry of its own', async () => {
    const ngo = await member('ngo1');
    const report = keptUntil(day(group.config.retention.recordDays + 30), 903);
    await ngo.submit(report, TO_BANK);
    await receiveAll(await member('bank1'), 1);
    await waitFor('the delivery to be logged', () => events.find((e) => e.event === 'delivered' && e.recordId === report.recordId), 5_000);
    await withHubStreams(async (jsm) => {
      const info = await jsm.streams.info(STREAMS.index, { subjects_filter: subjects.keepUntils });
      const keepUntilPrefix = subjects.keepUntil('ngo1', recordKey('ngo1', String(report.recordId)), '');
      expect(Object.keys(info.state.subjects ?? {}).filter((s) => s.startsWith(keepUntilPrefix))).toEqual([]);
    });
  });
});
