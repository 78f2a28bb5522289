/**
 * Who may do what, enforced by the server and the hub, tried with real credentials against a real nats-server:
 * a member cannot read another member's deliveries nor publish as another member; a record goes only to recipients
 * whose profile, marking, purposes and the record's consent allow it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MemberClient } from '../src/hub/member.js';
import { loadNats } from '../src/hub/nats-client.js';
import { startHub, type HubEvent, type RunningHub } from '../src/hub/pipeline.js';
import { inboxPrefix, STREAMS, subjects } from '../src/hub/subjects.js';
import { getProfile } from '../src/share/anonymise.js';
import { crowdReport, type HubServer, passwordOf, pseudonymisedExample, receiveAll, startGroupServer, testRecordId, TO_BANK } from './helpers/hub-fixture.js';

let group: HubServer;
let hub: RunningHub;
const events: HubEvent[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  group = await startGroupServer();
  hub = await startHub(group.config, { log: (e) => events.push(e) });
});
afterAll(async () => {
  for (const close of closers) await close();
  await hub?.stop();
  await group?.cleanup();
});

/** A raw connection as a member, with its own inbox prefix, as any client of theirs would make. */
async function rawAs(id: string) {
  const nats = await loadNats();
  const nc = await nats.connect({ servers: group.config.nats.servers, user: id, pass: passwordOf(group.config, id), inboxPrefix: inboxPrefix(id), maxReconnectAttempts: 0 });
  closers.push(() => nc.close());
  return { nc, js: nats.js.jetstream(nc, { timeout: 2000 }) };
}

async function member(id: string) {
  const client = await MemberClient.connect({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id) });
  closers.push(() => client.close());
  return client;
}

describe('permissions held by the server', () => {
  test("a member cannot read another member's deliveries", async () => {
    const ngo = await member('ngo1');
    // A crowd of k different people, so that the aggregate recipient's small-group release lets them through.
    const k = getProfile('aggregate').kAnonymity!.k;
    for (let i = 0; i < k; i++) await ngo.submit(crowdReport(i, testRecordId(120 + i)), TO_BANK);
    const { nc, js } = await rawAs('bank1');
    await expect(js.consumers.get(STREAMS.deliveries, 'research1').then((c) => c.next({ expires: 1000 }))).rejects.toThrow(/[Pp]ermission/);
    await expect(nc.request(`$JS.API.CONSUMER.MSG.NEXT.${STREAMS.deliveries}.research1`, JSON.stringify({ batch: 1, expires: 500_000_000 }), { timeout: 2000 })).rejects.toThrow(/[Pp]ermission/);
    // Nor listen on the subject it is delivered on.
    const sub = nc.subscribe(subjects.memberFilter('research1'));
    await expect(sub.closed).resolves.toBeInstanceOf(Error);
    // The real recipient still gets its record: nothing was taken from it.
    const research = await member('research1');
    expect(await receiveAll(research, k)).toHaveLength(k);
    expect(await receiveAll(await member('bank1'), k)).toHaveLength(k);
  });

  test('a member cannot publish as another member, and a recipient cannot submit at all', async () => {
    const { js } = await rawAs('ngo1');
    await expect(js.publish(subjects.submission('ngo2'), JSON.stringify(pseudonymisedExample('fishing', testRecordId(102))))).rejects.toThrow(/[Pp]ermission/);
    await expect(js.publish(subjects.withdrawal('ngo2'), JSON.stringify({ recordId: testRecordId(101) }))).rejects.toThrow(/[Pp]ermission/);
    await expect(js.publish(subjects.alert('bank1'), '{}')).rejects.toThrow(/[Pp]ermission/);
    // A member that only submits cannot send outcome updates either.
    await expect(js.publish(subjects.outcome('ngo1'), '{}')).rejects.toThrow(/[Pp]ermission/);
    const bank = await rawAs('bank1');
    await expect(bank.js.publish(subjects.submission('bank1'), '{}')).rejects.toThrow(/[Pp]ermission/);
    await expect(bank.js.publish(subjects.sharedRecord('research1', 'aggregate'), '{}')).rejects.toThrow(/[Pp]ermission/);
    expect(await (await member('research1')).receive(() => {}, { idleMs: 1000 })).toBe(0);
  });
});

describe('what the hub passes to whom', () => {
  test('a tactical-only record never reaches an aggregate recipient, and the refusal is logged without the record', async () => {
    const ngo = await member('ngo2');
    // Permitted only for investigation and due diligence: the aggregate profile allows neither.
    const tacticalOnly = pseudonymisedExample('forced-prostitution', testRecordId(103));
    // Marked AMBER+STRICT: the aggregate profile does not take it.
    const strict = pseudonymisedExample('online-child-sexual-exploitation', testRecordId(104));
    await ngo.submit(tacticalOnly, TO_BANK);
    await ngo.submit(strict, TO_BANK);
    const atBank = await receiveAll(await member('bank1'), 2);
    expect(atBank.map((d) => d.payload.recordId).sort()).toEqual([tacticalOnly.recordId, strict.recordId].sort());
    expect(await (await member('research1')).receive(() => {}, { idleMs: 1500 })).toBe(0);
    const refusals = events.filter((e) => e.event === 'refused' && e.recipient === 'research1');
    // The hub handles different records concurrently: the refusals are compared sorted ("none of…" before "the report…").
    const reasons = refusals.map((e) => (e as { reason: string }).reason).sort();
    expect(reasons).toEqual([expect.stringMatching(/permitted purposes/), expect.stringMatching(/TLP:AMBER\+STRICT/)]);
    expect(reasons).toHaveLength(2);
    expect(JSON.stringify(events)).not.toMatch(/Hmac|narrative/i);
  });

  test("a record goes only to members its consent covers", async () => {
    const ngo = await member('ngo1');
    const report = pseudonymisedExample('textile-manufacturing', testRecordId(105)) as { consent: { consentScope: string[] }; sharing: { permittedPurposes: string[]; retentionUntil: string } };
    report.consent.consentScope = ['shareWithSupportOrganisations'];
    // The example's own keep-until date has passed, which the hub refuses on its own account: not what this tests.
    report.sharing.retentionUntil = '2099-12-31';
    await ngo.submit(report as unknown as Record<string, unknown>, TO_BANK);
    const covered = pseudonymisedExample('fishing', testRecordId(106));
    await ngo.submit(covered, TO_BANK);
    // The bank receives only the second one: the first one's consent does not cover financial institutions.
    const atBank = await receiveAll(await member('bank1'), 1);
    expect(atBank.map((d) => d.payload.recordId)).toEqual([covered.recordId]);
    expect(events.some((e) => e.event === 'refused' && e.recipient === 'bank1' && /consent/.test(e.reason))).toBe(true);
    expect(await (await member('bank1')).receive(() => {}, { idleMs: 1000 })).toBe(0);
  });
});
