/**
 * Retention observed, not only configured: on a real nats-server with a retention of two seconds, a record the
 * hub delivered, its index and its audit entries are gone from the hub's streams once the time is up, and a
 * recipient that was offline meanwhile finds nothing left to pull.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MemberClient } from '../src/hub/member.js';
import { loadNats } from '../src/hub/nats-client.js';
import { waitFor } from '../src/hub/nats-server.js';
import { startHub, type RunningHub } from '../src/hub/pipeline.js';
import { STREAMS } from '../src/hub/subjects.js';
import { groupConfig, type HubServer, passwordOf, pseudonymisedExample, startGroupServer, testRecordId, TO_BANK } from './helpers/hub-fixture.js';

const RETENTION_SECONDS = 2;
let group: HubServer;
let hub: RunningHub;
const clients: MemberClient[] = [];

beforeAll(async () => {
  const config = groupConfig();
  config.retention = { recordDays: RETENTION_SECONDS / 86_400, auditDays: RETENTION_SECONDS / 86_400 };
  group = await startGroupServer(config);
  hub = await startHub(group.config);
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await hub?.stop();
  await group?.cleanup();
});

describe('retention', () => {
  test('delivered records, their index and the audit trail expire from the streams after max_age', async () => {
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    try {
      const jsm = await nats.js.jetstreamManager(nc);
      expect((await jsm.streams.info(STREAMS.deliveries)).config.max_age).toBe(RETENTION_SECONDS * 1e9);
      const ngo = await MemberClient.connect({ servers: group.config.nats.servers, member: 'ngo1', password: passwordOf(group.config, 'ngo1') });
      clients.push(ngo);
      const submittedAt = Date.now();
      await ngo.submit(pseudonymisedExample('fishing', testRecordId(701)), TO_BANK);
      const counts = async () => Promise.all([STREAMS.deliveries, STREAMS.index, STREAMS.audit].map(async (s) => (await jsm.streams.info(s)).state.messages));
      // Held by the hub while the retention runs: the bank's copy, the index entries and the audit entries.
      const held = await waitFor('the delivery to be stored', async () => {
        const c = await counts();
        return c.every((n) => n > 0) ? c : undefined;
      });
      expect(held.every((n) => n > 0)).toBe(true);
      // Then the server removes them by itself (nothing deletes them here).
      await waitFor('the streams to expire their messages', async () => ((await counts()).every((n) => n === 0) ? true : undefined), 20_000, 200);
      expect(Date.now() - submittedAt).toBeGreaterThanOrEqual(RETENTION_SECONDS * 1000 - 100);
      // The bank never pulled in time: nothing is left for it.
      const bank = await MemberClient.connect({ servers: group.config.nats.servers, member: 'bank1', password: passwordOf(group.config, 'bank1') });
      clients.push(bank);
      expect(await bank.receive(() => {}, { idleMs: 1000 })).toBe(0);
    } finally {
      await nc.close();
    }
  }, 60_000);
});
