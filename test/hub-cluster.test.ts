/**
 * The hub on a three-node JetStream cluster (real nats-server processes on loopback ports chosen at run time), streams
 * with three replicas, and one node killed during a load: every record still reaches the recipient exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MemberClient, type Delivery } from '../src/hub/member.js';
import { startNatsCluster } from '../src/hub/nats-server.js';
import { startHub } from '../src/hub/pipeline.js';
import { loadNats } from '../src/hub/nats-client.js';
import { STREAMS } from '../src/hub/subjects.js';
import { groupConfig, passwordOf, pseudonymisedExample, submitWithRetry, testRecordId } from './helpers/hub-fixture.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-hub-cluster-'));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(scratch, { recursive: true, force: true });
});

describe('three-node cluster', () => {
  test('R3 streams, one node killed during a load: nothing lost, nothing twice', async () => {
    const config = groupConfig();
    const nodes = await startNatsCluster(config, scratch, 3);
    for (const node of nodes) cleanups.push(() => node.stop());
    config.nats.servers = nodes.map((n) => n.url);

    const first = await startHub(config, { replicas: 3 });
    const nats = await loadNats();
    const nc = await nats.connect({ servers: config.nats.servers, user: 'hub', pass: config.hub.password });
    cleanups.push(() => nc.close());
    const jsm = await nats.js.jetstreamManager(nc);
    const replicas = async () => Promise.all(Object.values(STREAMS).map(async (s) => (await jsm.streams.info(s)).config.num_replicas));
    expect(await replicas()).toEqual([3, 3, 3, 3, 3]);
    // Restarted without saying how many replicas: the streams keep the three they have, never fewer.
    await first.stop();
    const hub = await startHub(config);
    cleanups.push(() => hub.stop());
    expect(await replicas()).toEqual([3, 3, 3, 3, 3]);

    const ngo = await MemberClient.connect({ servers: config.nats.servers, member: 'ngo1', password: passwordOf(config, 'ngo1') });
    cleanups.push(() => ngo.close());
    const reports = Array.from({ length: 60 }, (_, i) => pseudonymisedExample('fishing', testRecordId(600 + i)));
    for (const [i, report] of reports.entries()) {
      if (i === 30) nodes[1]!.process.kill('SIGKILL'); // a node dies in the middle of the load
      await submitWithRetry(ngo, report);
    }

    const bank = await MemberClient.connect({ servers: config.nats.servers, member: 'bank1', password: passwordOf(config, 'bank1') });
    cleanups.push(() => bank.close());
    const got: Delivery[] = [];
    for (let attempt = 0; attempt < 60 && got.length < reports.length; attempt++) {
      await bank.receive((d) => void got.push(d), { max: reports.length - got.length, idleMs: 1000 }).catch(() => 0);
    }
    await bank.receive((d) => void got.push(d), { idleMs: 3000 });
    expect(got).toHaveLength(reports.length);
    expect(new Set(got.map((d) => d.payload.recordId))).toEqual(new Set(reports.map((r) => r.recordId)));
  }, 240_000);
});
