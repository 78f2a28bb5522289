/**
 * Leads are addressed, not broadcast: in a group with two banks under the tactical profile, a submission addressed
 * to one bank reaches that bank alone; one addressed to no one reaches neither (only recipients of anonymised
 * records); one addressed to a member that takes no leads, to itself or to a stranger is answered with a
 * validation report and reaches no one. On a real nats-server, with synthetic reports.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHubConfig } from '../src/hub/config.js';
import { MemberClient } from '../src/hub/member.js';
import { waitFor } from '../src/hub/nats-server.js';
import { startHub, type HubEvent, type RunningHub } from '../src/hub/pipeline.js';
import { getProfile } from '../src/share/anonymise.js';
import { crowdReport, groupConfig, passwordOf, pseudonymisedExample, receiveAll, startGroupServer, testRecordId, type HubServer } from './helpers/hub-fixture.js';

let group: HubServer;
let hub: RunningHub;
const events: HubEvent[] = [];
const clients = new Map<string, MemberClient>();

async function member(id: string): Promise<MemberClient> {
  const known = clients.get(id);
  if (known) return known;
  const client = await MemberClient.connect({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id) });
  clients.set(id, client);
  return client;
}

beforeAll(async () => {
  const base = groupConfig();
  const bank2 = { ...base.members.find((m) => m.id === 'bank1')!, id: 'bank2', password: 'bank2-test-password' };
  group = await startGroupServer(parseHubConfig(JSON.parse(JSON.stringify({ ...base, members: [...base.members, bank2] }))));
  hub = await startHub(group.config, { log: (e) => events.push(e) });
});

afterAll(async () => {
  for (const c of clients.values()) await c.close();
  await hub?.stop();
  await group?.cleanup();
});

describe('addressing leads', () => {
  test('a lead addressed to one bank reaches that bank alone', async () => {
    const report = pseudonymisedExample('fishing', testRecordId(801));
    await (await member('ngo1')).submit(report, { to: 'bank2' });
    const [atBank2] = await receiveAll(await member('bank2'), 1);
    expect(atBank2).toMatchObject({ kind: 'record', profile: 'tactical', payload: { recordId: report.recordId } });
    expect(await (await member('bank1')).receive(() => {}, { idleMs: 1500 })).toBe(0);
  });

  test('the same lead addressed to a second bank reaches it, and is not released again to the anonymised records', async () => {
    const ngo = await member('ngo1');
    const research = await member('research1');
    const k = getProfile('aggregate').kAnonymity!.k;
    // k people sharing every quasi-identifier (synthetic), so that their batch is released to the aggregate recipient.
    const crowd = Array.from({ length: k }, (_, i) => crowdReport(i, testRecordId(820 + i)));
    await Promise.all(crowd.map((r) => ngo.submit(r, { to: 'bank1' })));
    expect(await receiveAll(research, k)).toHaveLength(k);
    expect(await receiveAll(await member('bank1'), k)).toHaveLength(k);
    // One of them addressed again, to the other bank: it gets it; the aggregate recipient does not get it twice (it
    // would count twice towards k in a later batch, and twice in any statistics).
    const mark = events.length;
    await ngo.submit(crowd[0]!, { to: 'bank2' });
    expect((await receiveAll(await member('bank2'), 1))[0]).toMatchObject({ kind: 'record', payload: { recordId: crowd[0]!.recordId } });
    await waitFor('the second submission to be handled', () => events.filter((e) => e.event === 'delivered' && e.recordId === crowd[0]!.recordId).length === 2 || undefined, 15_000);
    expect(await research.receive(() => {}, { idleMs: 2500 })).toBe(0);
    // Not held for a batch at all (a copy would be stopped at the delivery stream for a day, but not from the weighing).
    await new Promise((r) => setTimeout(r, 1500)); // longer than the test group's batch window
    expect(events.slice(mark).filter((e) => e.event === 'batch-released' || e.event === 'withheld')).toEqual([]);
  });

  test('a submission addressed to no one reaches no bank', async () => {
    const report = pseudonymisedExample('fishing', testRecordId(802));
    await (await member('ngo1')).submit(report);
    // Held for the aggregate recipient's batch, where a record alone is withheld: no one gets it, and the log says so.
    await waitFor('the hub to finish with it', () => events.find((e) => e.event === 'delivered-to-no-one' && e.recordId === report.recordId), 15_000);
    for (const bank of ['bank1', 'bank2']) expect(await (await member(bank)).receive(() => {}, { idleMs: 1000 })).toBe(0);
  });

  test('an address that names no other lead recipient is answered with a validation report, and nothing goes out', async () => {
    const ngo = await member('ngo1');
    const addresses = ['research1', 'ngo1', 'no-such-member'];
    const reports = addresses.map((_, i) => pseudonymisedExample('fishing', testRecordId(810 + i)));
    for (const [i, to] of addresses.entries()) await ngo.submit(reports[i]!, { to });
    const answers = await receiveAll(ngo, addresses.length);
    expect(answers.map((a) => a.kind)).toEqual(addresses.map(() => 'validation'));
    expect(new Set(answers.map((a) => a.payload.recordId))).toEqual(new Set(reports.map((r) => r.recordId)));
    for (const answer of answers) {
      const [finding] = answer.payload.findings as { code: string; message: string }[];
      expect(finding).toMatchObject({ code: 'hub-refused', message: expect.stringMatching(/addressed \(Htfds-To\) to no other member of this group that receives leads/) });
      // The answer names the header, never what the submitter wrote in it.
      expect(JSON.stringify(answer.payload)).not.toContain('no-such-member');
    }
    for (const id of ['bank1', 'bank2']) expect(await (await member(id)).receive(() => {}, { idleMs: 1000 })).toBe(0);
  });
});
