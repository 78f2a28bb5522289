/**
 * The sharing hub end to end on a real nats-server: a member submits a pseudonymised synthetic report, each
 * recipient receives it re-shaped under its own profile, a submission the hub may not take comes back as a
 * validation report, a resubmission is not delivered twice, and a withdrawal removes the record and tells
 * every recipient.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAgainstProfileSchema } from '../src/share/profile-schema-check.js';
import { getProfile } from '../src/share/anonymise.js';
import { MemberClient } from '../src/hub/member.js';
import { startHub, type HubEvent, type RunningHub } from '../src/hub/pipeline.js';
import { HEADERS, STREAMS } from '../src/hub/subjects.js';
import { waitFor } from '../src/hub/nats-server.js';
import { auditEntries, crowdReport, example, type HubServer, passwordOf, pseudonymisedExample, receiveAll, startGroupServer, testRecordId, TO_BANK } from './helpers/hub-fixture.js';
import { loadNats } from '../src/hub/nats-client.js';

let group: HubServer;
let hub: RunningHub;
const events: HubEvent[] = [];
const clients: MemberClient[] = [];

async function member(id: string) {
  const client = await MemberClient.connect({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id) });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  group = await startGroupServer();
  // On a worker thread: the other hub tests run the preparation on the hub's own thread.
  hub = await startHub(group.config, { threads: 1, log: (e) => events.push(e) });
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await hub?.stop();
  await group?.cleanup();
});

describe('hub pipeline on a real nats-server', () => {
  test('a submission reaches each recipient re-shaped under its profile, valid against that profile', async () => {
    const ngo = await member('ngo1');
    const bank = await member('bank1');
    const research = await member('research1');
    const submitted = pseudonymisedExample('money-mule-operation', testRecordId(1));
    await ngo.submit(submitted, TO_BANK);
    const [atBank] = await receiveAll(bank, 1);
    const [atResearch] = await receiveAll(research, 1, 3);
    expect(atBank!.kind).toBe('record');
    expect(atBank!.profile).toBe('tactical');
    // Tactical: the member's keyed record ID is kept (the hub holds no key to derive it again).
    expect(atBank!.payload.recordId).toBe(submitted.recordId);
    expect(() => checkAgainstProfileSchema(atBank!.payload, getProfile('tactical'))).not.toThrow();
    // The record ID travels in a header too, for consumers that deduplicate without parsing the record.
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    const stored = await (await nats.js.jetstreamManager(nc)).streams.getMessage(STREAMS.deliveries, { seq: atBank!.sequence });
    expect(stored!.header.get(HEADERS.recordId)).toBe(submitted.recordId);
    await nc.close();
    // Aggregate: a record alone is a group of one, smaller than k: it is withheld, and the hub says so without the record.
    expect(atResearch).toBeUndefined();
    await waitFor('the withheld event', () => events.some((e) => e.event === 'withheld' && e.recordId === submitted.recordId), 10_000);
    expect(events.find((e) => e.event === 'withheld' && e.recordId === submitted.recordId)).toMatchObject({ recipient: 'research1', reason: expect.stringMatching(/quasi-identifiers/) });
  });

  test('aggregate recipients get records in batches with small-group protection: a group smaller than k never reaches them', async () => {
    const ngo = await member('ngo1');
    const research = await member('research1');
    const k = getProfile('aggregate').kAnonymity!.k;
    // k different people sharing every quasi-identifier, and one who stands out by country (synthetic reports).
    const crowd = Array.from({ length: k }, (_, i) => crowdReport(i, testRecordId(30 + i)));
    const outlier = crowdReport(k, testRecordId(30 + k), 'FR');
    await Promise.all([...crowd, outlier].map((r) => ngo.submit(r, TO_BANK)));
    const got = await receiveAll(research, k + 1, 4);
    expect(got).toHaveLength(k);
    // The tactical recipient got all of them at once, one by one (drained here for the tests that follow).
    expect(await receiveAll(await member('bank1'), k + 1)).toHaveLength(k + 1);
    for (const d of got) {
      expect(d.profile).toBe('aggregate');
      expect(d.payload.reportingCountry).toBe('GB');
      expect((d.payload.sharing as { kAnonymityThreshold?: number }).kAnonymityThreshold).toBe(k);
      expect(() => checkAgainstProfileSchema(d.payload, getProfile('aggregate'))).not.toThrow();
      expect(JSON.stringify(d.payload)).not.toMatch(/Hmac/);
    }
    // Nothing is lost: the outlier is accounted for as withheld, in the log and the audit trail, without its content.
    const withheld = events.filter((e) => e.event === 'withheld' && e.recordId === outlier.recordId);
    expect(withheld).toHaveLength(1);
    expect(JSON.stringify(withheld)).not.toMatch(/FR|exploitation/i);
    const entries = await auditEntries(group.config);
    const ofOutlier = entries.filter((e) => e.submittedRecordId === outlier.recordId && e.recipient === 'research1');
    expect(ofOutlier.map((e) => e.event)).toEqual(['withheld']);
    expect(entries.filter((e) => e.recipient === 'research1' && e.event === 'delivered' && crowd.some((c) => c.recordId === e.submittedRecordId))).toHaveLength(k);
    // A withdrawal reaches the aggregate recipient too, naming the record as it received it.
    await ngo.withdraw(String(crowd[0]!.recordId));
    const [notice] = await receiveAll(research, 1);
    expect(await receiveAll(await member('bank1'), 1)).toHaveLength(1);
    expect(notice!.kind).toBe('withdrawn');
    expect(got.map((d) => d.payload.recordId)).toContain(notice!.payload.recordId);
  });

  test('a report with a direct identifier is refused with a validation report to its submitter only', async () => {
    const ngo = await member('ngo2');
    const bank = await member('bank1');
    const report = pseudonymisedExample('fishing', testRecordId(2)) as { persons?: Record<string, unknown>[] };
    report.persons![0]!.fullName = 'Synthetic Name';
    await ngo.submit(report as Record<string, unknown>, TO_BANK);
    const [answer] = await receiveAll(ngo, 1);
    expect(answer!.kind).toBe('validation');
    expect(answer!.payload.valid).toBe(false);
    const findings = answer!.payload.findings as { path: string; message: string }[];
    expect(findings[0]!.path).toBe('/persons/0/fullName');
    expect(JSON.stringify(answer!.payload)).not.toContain('Synthetic Name');
    expect(await bank.receive(() => {}, { idleMs: 1000 })).toBe(0);
  });

  test('an un-pseudonymised report is refused: the hub never holds more than the group lets leave', async () => {
    const ngo = await member('ngo1');
    await ngo.submit({ ...example('fishing'), recordId: testRecordId(3) }, TO_BANK);
    const [answer] = await receiveAll(ngo, 1);
    expect(answer!.kind).toBe('validation');
    expect((answer!.payload.findings as { message: string }[])[0]!.message).toMatch(/would not let leave/);
  });

  test('a resubmission of the same content is not delivered twice', async () => {
    const ngo = await member('ngo1');
    const bank = await member('bank1');
    const report = pseudonymisedExample('scam-compound', testRecordId(4));
    const first = await ngo.submit(report, TO_BANK);
    const second = await ngo.submit(report, TO_BANK);
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    const got = await receiveAll(bank, 1);
    expect(got.map((d) => d.payload.recordId)).toEqual([report.recordId]);
    expect(await bank.receive(() => {}, { idleMs: 1000 })).toBe(0);
    // Held for the aggregate recipient once, accounted for once (withheld: a group of one).
    await waitFor('the withheld event', () => events.some((e) => e.event === 'withheld' && e.recordId === report.recordId), 10_000);
    expect(events.filter((e) => e.event === 'withheld' && e.recordId === report.recordId)).toHaveLength(1);
  });

  test('a withdrawal removes the record from the hub streams and notifies each recipient', async () => {
    const ngo = await member('ngo2');
    const bank = await member('bank1');
    const report = pseudonymisedExample('agriculture-labour-contractor', testRecordId(5));
    await ngo.submit(report, TO_BANK);
    const [atBank] = await receiveAll(bank, 1);
    await ngo.withdraw(String(report.recordId));
    const [bankNotice] = await receiveAll(bank, 1);
    expect(bankNotice).toMatchObject({ kind: 'withdrawn', payload: { recordId: atBank!.payload.recordId, withdrawn: true } });
    // Nothing of the record is left in the hub's streams.
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    const jsm = await nats.js.jetstreamManager(nc);
    for (const seq of [atBank!.sequence]) expect(await jsm.streams.getMessage(STREAMS.deliveries, { seq }).catch(() => null)).toBeNull();
    // The withdrawal request is acknowledged only after the notices it produced are, so the inbound stream empties
    // a moment after the notice arrives; a submission of the record left there would keep it from emptying.
    await waitFor('the inbound stream to empty', async () => (await jsm.streams.info(STREAMS.inbound)).state.messages === 0 || undefined, 5_000);
    await nc.close();
  });

  test('a record submitted again after its withdrawal can be withdrawn again: each withdrawal is its own request', async () => {
    const ngo = await member('ngo2');
    const bank = await member('bank1');
    const report = pseudonymisedExample('fishing', testRecordId(6));
    await ngo.submit(report, TO_BANK);
    await receiveAll(bank, 1);
    expect((await ngo.withdraw(String(report.recordId))).duplicate).toBe(false);
    expect((await receiveAll(bank, 1))[0]!.kind).toBe('withdrawn');
    // Corrected and submitted again, then withdrawn again: the second request is not taken for a repeat of the first.
    const corrected = { ...report, dateReported: '2026-01-02' };
    await ngo.submit(corrected, TO_BANK);
    const [again] = await receiveAll(bank, 1);
    expect(again!.kind).toBe('record');
    expect((await ngo.withdraw(String(report.recordId))).duplicate).toBe(false);
    const [notice] = await receiveAll(bank, 1);
    expect(notice).toMatchObject({ kind: 'withdrawn', payload: { recordId: again!.payload.recordId, withdrawn: true } });
    // Each withdrawal is in the audit trail, though the two requests have the same body (written after the notices go).
    const withdrawals = async () => (await auditEntries(group.config)).filter((a) => a.event === 'withdrawn' && a.submittedRecordId === report.recordId && a.recipient === 'bank1');
    await waitFor('both withdrawals in the audit trail', async () => ((await withdrawals()).length >= 2 ? true : undefined), 10_000, 200);
    expect((await withdrawals()).map((a) => a.recordId)).toEqual([expect.any(String), again!.payload.recordId]);
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    const jsm = await nats.js.jetstreamManager(nc);
    expect(await jsm.streams.getMessage(STREAMS.deliveries, { seq: again!.sequence }).catch(() => null)).toBeNull();
    await nc.close();
  });

  test('an outcome update from a recipient reaches the organisation that submitted the record, and only for records it received', async () => {
    const ngo = await member('ngo1');
    const bank = await member('bank1');
    const submitted = pseudonymisedExample('money-mule-operation', testRecordId(7));
    await ngo.submit(submitted, TO_BANK);
    const [atBank] = await receiveAll(bank, 1);
    // The bank writes what happened, pseudonymised with the group key like any submission (synthetic).
    const update: Record<string, unknown> = { ...pseudonymisedExample('money-mule-operation', testRecordId(8)), recordType: 'outcomeUpdate' };
    await bank.sendOutcome(update, String(atBank!.payload.recordId));
    const [atNgo] = await receiveAll(ngo, 1);
    expect(atNgo!.kind).toBe('outcome');
    expect(atNgo!.payload.relatesToRecordId).toBe(submitted.recordId);
    expect(atNgo!.payload.recordId).toBe(update.recordId);
    // An outcome about a record the bank never received goes nowhere; the bank is told why.
    await bank.sendOutcome({ ...update, recordId: testRecordId(9) }, testRecordId(10));
    const [answer] = await receiveAll(bank, 1);
    expect(answer!.kind).toBe('validation');
    expect((answer!.payload.findings as { path: string }[])[0]!.path).toBe('/relatesToRecordId');
    expect(await ngo.receive(() => {}, { idleMs: 1000 })).toBe(0);
  });

  test('streams and consumers follow the configuration: retention by max_age, one filter per member, idempotent, a removed member loses its consumer', async () => {
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    const jsm = await nats.js.jetstreamManager(nc);
    try {
      const day = 86_400 * 1e9;
      expect((await jsm.streams.info(STREAMS.deliveries)).config.max_age).toBe(group.config.retention.recordDays * day);
      expect((await jsm.streams.info(STREAMS.audit)).config.max_age).toBe(group.config.retention.auditDays * day);
      const bank = await jsm.consumers.info(STREAMS.deliveries, 'bank1');
      expect(bank.config.filter_subject).toBe('htfds.member.bank1.>');
      // Running the set-up again changes nothing; dropping a member from the configuration removes its consumer.
      const { ensureStreams } = await import('../src/hub/streams.js');
      await ensureStreams(jsm, group.config);
      expect((await jsm.consumers.info(STREAMS.deliveries, 'bank1')).config).toEqual(bank.config);
      await ensureStreams(jsm, { ...group.config, members: group.config.members.filter((m) => m.id !== 'ngo2') });
      await expect(jsm.consumers.info(STREAMS.deliveries, 'ngo2')).rejects.toThrow(/not found/i);
    } finally {
      await nc.close();
    }
  });
});
