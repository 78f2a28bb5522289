/**
 * Faults, each with nothing lost and nothing delivered twice, on a real nats-server: the hub process killed in
 * the middle of a batch and started again; malformed, oversized, wrong-version and unprocessable messages among
 * good ones; the broker restarted under the hub; a recipient offline while records arrive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MemberClient, type Delivery } from '../src/hub/member.js';
import { loadNats } from '../src/hub/nats-client.js';
import { startNatsServer, waitFor } from '../src/hub/nats-server.js';
import { startHub, type HubEvent } from '../src/hub/pipeline.js';
import { ensureStreams } from '../src/hub/streams.js';
import { HEADERS, inboxPrefix, STREAMS, subjects } from '../src/hub/subjects.js';
import { recordKey } from '../src/hub/checks.js';
import { getProfile } from '../src/share/anonymise.js';
import { auditEntries, crowdReport, example, groupConfig, leadHeaders, type HubServer, passwordOf, pseudonymisedExample, receiveAll, startGroupServer, submitWithRetry, testRecordId, TO_BANK } from './helpers/hub-fixture.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-hub-faults-'));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(scratch, { recursive: true, force: true });
});

async function member(group: HubServer, id: string) {
  const client = await MemberClient.connect({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id) });
  cleanups.push(() => client.close());
  return client;
}

/** Receives until `count` deliveries arrived (bounded), then checks that nothing more comes after the ack wait. */
async function receiveExactly(client: MemberClient, count: number, attempts = 30): Promise<Delivery[]> {
  const got = await receiveAll(client, count, attempts);
  await client.receive((d) => void got.push(d), { idleMs: 3000 }); // longer than the hub's ack wait: a redelivery would show
  return got;
}

const distinct = (deliveries: Delivery[]) => new Set(deliveries.map((d) => String(d.payload.recordId))).size;

function startHubProcess(configFile: string): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'hub', 'start', '--config', configFile]);
  let log = '';
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  cleanups.push(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
  return { child, log: () => log };
}

describe('hub faults', () => {
  test('the hub killed mid-batch and restarted: every record delivered once', async () => {
    const group = await startGroupServer();
    cleanups.push(() => group.cleanup());
    const configFile = join(scratch, 'hub-kill.json');
    writeFileSync(configFile, JSON.stringify(group.config));
    const first = startHubProcess(configFile);
    await waitFor('the hub to start', () => first.log().includes('"event":"started"'), 30_000);
    const ngo = await member(group, 'ngo1');
    const total = 60;
    // Different people (synthetic crowd reports), so that the aggregate recipient's small-group batches can release them.
    const submitted = Array.from({ length: total }, (_, i) => crowdReport(i, testRecordId(200 + i)));
    for (const report of submitted) await ngo.submit(report, TO_BANK);
    await waitFor('the hub to be in the middle of the batch', () => (first.log().match(/"event":"delivered"/g)?.length ?? 0) >= 5, 30_000, 5);
    first.child.kill('SIGKILL');
    const delivered = first.log().match(/"event":"delivered"/g)?.length ?? 0;
    expect(delivered).toBeLessThan(total); // it really was killed mid-batch
    const second = startHubProcess(configFile);
    await waitFor('the second hub to start', () => second.log().includes('"event":"started"'), 30_000);
    const atBank = await receiveExactly(await member(group, 'bank1'), total);
    expect(atBank).toHaveLength(total);
    expect(distinct(atBank)).toBe(total);
    // The aggregate recipient gets each record at most once; every record is accounted for there, delivered or
    // withheld by small-group protection (the batches differ before and after the kill).
    const atResearch = await receiveExactly(await member(group, 'research1'), total, 5);
    expect(distinct(atResearch)).toBe(atResearch.length);
    expect(atResearch.length).toBeGreaterThanOrEqual(getProfile('aggregate').kAnonymity!.k);
    const audit = await auditEntries(group.config);
    const accounted = new Set(audit.filter((e) => e.recipient === 'research1' && (e.event === 'delivered' || e.event === 'withheld')).map((e) => e.submittedRecordId));
    expect(submitted.filter((r) => !accounted.has(r.recordId))).toEqual([]);
    const deliveredOnce = audit.filter((e) => e.recipient === 'research1' && e.event === 'delivered');
    expect(new Set(deliveredOnce.map((e) => e.recordId)).size).toBe(atResearch.length);
    second.child.kill('SIGTERM');
  }, 120_000);

  test('malformed, oversized, wrong-version and unprocessable messages among good ones', async () => {
    const group = await startGroupServer(groupConfig({ maxSubmissionBytes: 64 * 1024 }));
    cleanups.push(() => group.cleanup());
    const events: HubEvent[] = [];
    const hub = await startHub(group.config, { log: (e) => events.push(e) });
    cleanups.push(() => hub.stop());
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'ngo1', pass: passwordOf(group.config, 'ngo1'), inboxPrefix: inboxPrefix('ngo1') });
    cleanups.push(() => nc.close());
    const js = nats.js.jetstream(nc);
    const good = [0, 1, 2].map((i) => pseudonymisedExample('scam-compound', testRecordId(300 + i)));
    await js.publish(subjects.submission('ngo1'), JSON.stringify(good[0]), { headers: await leadHeaders() });
    await js.publish(subjects.submission('ngo1'), '{"recordId": "not closed');
    await js.publish(subjects.submission('ngo1'), JSON.stringify(good[1]), { headers: await leadHeaders() });
    // Larger than the group's limit: the broker itself refuses it, the submitter is told at once.
    await expect(js.publish(subjects.submission('ngo1'), JSON.stringify({ ...good[2], padding: 'x'.repeat(70 * 1024) }))).rejects.toThrow(/size/i);
    await js.publish(subjects.submission('ngo1'), JSON.stringify({ ...example('minimal'), schemaVersion: '0.0.1', recordId: testRecordId(399) }));
    // A message the hub can never process (an operator published for a member that does not exist).
    const hubNc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    cleanups.push(() => hubNc.close());
    await nats.js.jetstream(hubNc).publish(subjects.submission('stranger'), JSON.stringify(good[2]));
    await js.publish(subjects.submission('ngo1'), JSON.stringify(good[2]), { headers: await leadHeaders() });

    const atBank = await receiveExactly(await member(group, 'bank1'), 3);
    // Different records are handled concurrently: compare as sets, not in order.
    expect(atBank.map((d) => String(d.payload.recordId)).sort()).toEqual(good.map((g) => String(g.recordId)).sort());
    const answers = await receiveExactly(await member(group, 'ngo1'), 2);
    expect(answers.map((d) => d.kind)).toEqual(['validation', 'validation']);
    const byPath = new Map(answers.map((d) => [(d.payload.findings as { path: string }[])[0]!.path, d.payload]));
    expect([...byPath.keys()].sort()).toEqual(['', '/schemaVersion']);
    expect(byPath.get('/schemaVersion')!.recordId).toBe(testRecordId(399));
    // The unprocessable one is parked with its reason, and the hub went on.
    const jsm = await nats.js.jetstreamManager(hubNc);
    const parked = await jsm.streams.getMessage(STREAMS.deadLetter, { last_by_subj: subjects.deadLetter('stranger', recordKey('stranger', String(good[2]!.recordId))) });
    expect(parked!.header.get(HEADERS.reason)).toBe('the subject names no submitter of this group');
    expect((await jsm.streams.info(STREAMS.inbound)).state.messages).toBe(0);
    expect(events.filter((e) => e.event === 'dead-lettered')).toHaveLength(1);
  }, 120_000);

  test('the broker restarted under the hub, and a recipient offline meanwhile: nothing lost, nothing twice', async () => {
    const config = groupConfig();
    const dir = join(scratch, 'restart');
    let server = await startNatsServer(config, dir);
    cleanups.push(() => server.stop());
    config.nats.servers = [server.url];
    const group = { config, server, dir, cleanup: async () => {} } as HubServer;
    const hub = await startHub(config);
    cleanups.push(() => hub.stop());
    const ngo = await member(group, 'ngo2');
    const reports = Array.from({ length: 40 }, (_, i) => pseudonymisedExample('money-mule-operation', testRecordId(400 + i)));
    for (const r of reports.slice(0, 20)) await submitWithRetry(ngo, r);
    await server.stop();
    server = await startNatsServer(config, dir, { listen: server.url.replace('nats://', '') });
    for (const r of reports.slice(20)) await submitWithRetry(ngo, r);
    const atBank = await receiveExactly(await member(group, 'bank1'), 40, 60);
    expect(atBank).toHaveLength(40);
    expect(new Set(atBank.map((d) => d.payload.recordId))).toEqual(new Set(reports.map((r) => r.recordId)));
  }, 180_000);

  test('records waiting for their small-group batch when the hub stops come again to the next hub: none lost, none twice', async () => {
    const group = await startGroupServer(groupConfig({}, { windowSeconds: 60 }));
    cleanups.push(() => group.cleanup());
    const events: HubEvent[] = [];
    const first = await startHub(group.config, { log: (e) => events.push(e) });
    const ngo = await member(group, 'ngo1');
    const k = getProfile('aggregate').kAnonymity!.k;
    const crowd = Array.from({ length: k }, (_, i) => crowdReport(i, testRecordId(800 + i)));
    for (const report of crowd) await ngo.submit(report, TO_BANK);
    // The tactical recipient has them at once; for the aggregate one they wait (longer than the ack wait) for the batch.
    const bank = await member(group, 'bank1');
    expect(await receiveExactly(bank, k)).toHaveLength(k);
    const research = await member(group, 'research1');
    expect(await research.receive(() => {}, { idleMs: 500 })).toBe(0);
    await first.stop();
    expect(events.filter((e) => e.event === 'batch-released')).toEqual([]);
    // The next hub gets the held submissions again and releases them in its first batch.
    const second = await startHub({ ...group.config, smallGroupRelease: { batchSize: k, windowSeconds: 60 } }, { log: (e) => events.push(e) });
    cleanups.push(() => second.stop());
    const atResearch = await receiveExactly(research, k);
    expect(atResearch).toHaveLength(k);
    expect(distinct(atResearch)).toBe(k);
    expect(events.filter((e) => e.event === 'batch-released')).toEqual([{ event: 'batch-released', recipients: 1, records: k, withheld: 0 }]);
    // Handled twice, delivered once: the bank's copies were not sent again.
    expect(await bank.receive(() => {}, { idleMs: 1000 })).toBe(0);
  }, 90_000);

  test('a broker that cannot store for a while does not spend a submission\'s attempts: with one attempt, it is delivered once the broker recovers, not parked', async () => {
    const group = await startGroupServer(groupConfig({ maxDeliver: 1 }));
    cleanups.push(() => group.cleanup());
    const events: HubEvent[] = [];
    const hub = await startHub(group.config, { log: (e) => events.push(e) });
    cleanups.push(() => hub.stop());
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    cleanups.push(() => nc.close());
    const jsm = await nats.js.jetstreamManager(nc);
    // The audit trail's stream is gone (as while a cluster elects its leader, nothing answers for it): the hub's
    // last write for a submission fails until it is back.
    await jsm.streams.delete(STREAMS.audit);
    const report = pseudonymisedExample('fishing', testRecordId(520));
    await (await member(group, 'ngo1')).submit(report, TO_BANK);
    await waitFor('the hub to retry', () => events.find((e) => e.event === 'retrying'), 30_000, 50);
    await ensureStreams(jsm, group.config);
    const atBank = await receiveExactly(await member(group, 'bank1'), 1);
    expect(atBank.map((d) => d.payload.recordId)).toHaveLength(1);
    await waitFor('the submission to be acknowledged', async () => (await jsm.streams.info(STREAMS.inbound)).state.messages === 0, 30_000, 100);
    expect(events.filter((e) => e.event === 'dead-lettered')).toEqual([]);
    expect((await auditEntries(group.config)).filter((e) => e.recipient === 'bank1' && e.event === 'delivered')).toHaveLength(1);
  }, 60_000);

  test('a submission taken by a hub that died, with no attempts left, is parked on the max-deliveries advisory', async () => {
    const group = await startGroupServer(groupConfig({ maxDeliver: 1 }));
    cleanups.push(() => group.cleanup());
    // Set up the streams, then stop: the next hub starts after the submission was taken.
    const setup = await startHub(group.config);
    await setup.stop();
    const ngo = await member(group, 'ngo1');
    const report = pseudonymisedExample('fishing', testRecordId(500));
    await ngo.submit(report, TO_BANK);
    // A hub instance takes the submission and dies before acknowledging it: its one attempt is spent.
    const nats = await loadNats();
    const dying = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    const taken = await (await nats.js.jetstream(dying).consumers.get(STREAMS.inbound, 'hub')).next({ expires: 5000 });
    expect(taken?.info.deliveryCount).toBe(1);
    await dying.close();
    const events: HubEvent[] = [];
    const hub = await startHub(group.config, { log: (e) => events.push(e) });
    cleanups.push(() => hub.stop());
    await waitFor('the submission to be parked', () => events.find((e) => e.event === 'dead-lettered'), 30_000, 50);
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    cleanups.push(() => nc.close());
    const jsm = await nats.js.jetstreamManager(nc);
    const parkedAt = subjects.deadLetter('ngo1', recordKey('ngo1', String(report.recordId)));
    const parked = await jsm.streams.getMessage(STREAMS.deadLetter, { last_by_subj: parkedAt });
    expect(parked!.header.get(HEADERS.reason)).toBe('not processed after 1 deliveries');
    expect(parked!.json<{ recordId: string }>().recordId).toBe(report.recordId);
    expect((await jsm.streams.info(STREAMS.inbound)).state.messages).toBe(0);
    // Withdrawn by its submitter: the parked copy goes too, so nothing of the record is left in the hub.
    await ngo.withdraw(String(report.recordId));
    await waitFor('the withdrawal to be handled', () => events.find((e) => e.event === 'withdrawn'), 30_000, 50);
    expect(await jsm.streams.getMessage(STREAMS.deadLetter, { last_by_subj: parkedAt }).catch(() => null)).toBeNull();
  }, 60_000);
});
