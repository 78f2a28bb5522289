/**
 * Indicator alerts through the hub, end to end on a real nats-server: `htfds detect` (a real process, real DuckDB)
 * raises alerts over a hand-made synthetic bank export (test/helpers/detect-data.ts), the bank sends them with
 * `htfds send-alerts`, and each other recipient gets them as its profile, the alert's marking and its purposes
 * allow — the tactical one with the evidence as keyed hashes, the aggregate one with the observation alone, one
 * whose purposes the alert does not permit nothing — while alerts carrying the bank's own keys are refused.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { addFormats } from '../generators/validators/add-formats.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MemberClient, type Delivery } from '../src/hub/member.js';
import { loadNats } from '../src/hub/nats-client.js';
import { startHub, type HubEvent, type RunningHub } from '../src/hub/pipeline.js';
import { inboxPrefix, subjects } from '../src/hub/subjects.js';
import { parseHubConfig } from '../src/hub/config.js';
import { ANNOTATION_KEYWORDS } from './helpers/schema-validators.js';
import { dataset, planters, writeDataset } from './helpers/detect-data.js';
import { GROUP_KEY, GROUP_KEY_ID, passwordOf, receiveAll, startGroupServer, type HubServer } from './helpers/hub-fixture.js';
import { htfds } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-hub-alerts-'));
let group: HubServer;
let hub: RunningHub;
const events: HubEvent[] = [];
const clients: MemberClient[] = [];
let alerts: { headers: Record<string, unknown>; payload: { recordId: string; detection: { subject: { id: string }; accounts: string[]; transactions: string[] } } }[];

const config = parseHubConfig({
  configVersion: 1,
  group: { name: 'alert test group (synthetic)', keyId: GROUP_KEY_ID },
  nats: { servers: ['nats://127.0.0.1:4222'] },
  hub: { user: 'hub', password: 'hub-test-password' },
  limits: { ackWaitSeconds: 2 },
  members: [
    { id: 'bank1', password: 'bank1-test-password', roles: ['recipient'], profile: 'tactical' },
    { id: 'fiu1', password: 'fiu1-test-password', roles: ['recipient'], profile: 'tactical' },
    { id: 'bank2', password: 'bank2-test-password', roles: ['recipient'], profile: 'tactical', purposes: ['customerDueDiligence'] },
    { id: 'research1', password: 'research1-test-password', roles: ['recipient'], profile: 'aggregate' },
  ],
});

async function member(id: string) {
  const client = await MemberClient.connect({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id) });
  clients.push(client);
  return client;
}

const ajv = new Ajv2020({ strict: true, strictRequired: false, keywords: ANNOTATION_KEYWORDS });
addFormats(ajv);
const validateAlert = ajv.addSchema(JSON.parse(readFileSync('dist/schema/htfds-case-report.flat.schema.json', 'utf8'))).compile(JSON.parse(readFileSync('dist/schema/indicator-alert.schema.json', 'utf8')));

beforeAll(async () => {
  const data = writeDataset(join(scratch, 'export'), dataset(21, { customers: 150, months: 4, plant: Object.keys(planters) as (keyof typeof planters)[] }));
  const detected = await htfds('detect', data, '--tlp', 'TLP:AMBER', '--memory-limit', '512MB', '--out', join(scratch, 'alerts.ndjson'));
  expect(detected.code).toBe(1); // alerts raised
  alerts = readFileSync(join(scratch, 'alerts.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  group = await startGroupServer(config);
  hub = await startHub(group.config, { log: (e) => events.push(e) });
  writeFileSync(join(scratch, 'group.key'), Buffer.from(GROUP_KEY).toString('hex'));
  writeFileSync(join(scratch, 'bank1.json'), JSON.stringify({ servers: group.config.nats.servers, member: 'bank1', password: passwordOf(group.config, 'bank1'), groupKeyFile: 'group.key', groupKeyId: GROUP_KEY_ID }));
}, 120_000);

afterAll(async () => {
  for (const c of clients) await c.close();
  await hub?.stop();
  await group?.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const ownKeys = () => new Set(alerts.flatMap((a) => [a.payload.detection.subject.id, ...a.payload.detection.accounts, ...a.payload.detection.transactions]));
const carriesOwnKey = (d: Delivery) => {
  const text = JSON.stringify(d.payload);
  return [...ownKeys()].some((k) => text.includes(`"${k}"`));
};

describe('indicator alerts through the hub', () => {
  test('alerts from htfds detect reach each recipient allowed to have them, re-shaped for its profile', async () => {
    expect(alerts.length).toBeGreaterThan(5);
    const sent = await htfds('send-alerts', '--member', join(scratch, 'bank1.json'), join(scratch, 'alerts.ndjson'));
    expect(sent.stderr).toContain(`${alerts.length} alert(s) sent`);
    expect(sent.code).toBe(0);

    // Tactical: the detection with its evidence as keyed hashes under the group key (a member holding the key can match them).
    const atFiu = await receiveAll(await member('fiu1'), alerts.length);
    expect(atFiu).toHaveLength(alerts.length);
    expect(new Set(atFiu.map((d) => d.payload.recordId))).toEqual(new Set(alerts.map((a) => a.payload.recordId)));
    for (const d of atFiu) {
      expect(d.kind).toBe('alert');
      expect(d.profile).toBe('tactical');
      expect(validateAlert(d.payload), JSON.stringify(validateAlert.errors)).toBe(true);
      expect(carriesOwnKey(d)).toBe(false);
    }
    const original = alerts[0]!;
    const delivered = atFiu.find((d) => d.payload.recordId === original.payload.recordId)!;
    const expectedHash = createHmac('sha256', GROUP_KEY).update(`account:${original.payload.detection.accounts[0]}`).digest('hex');
    expect((delivered.payload.detection as { accounts: string[] }).accounts[0]).toBe(expectedHash);

    // Aggregate: the observation alone — which indicator, how confidently — never the rule's evidence.
    const atResearch = await receiveAll(await member('research1'), alerts.length);
    expect(atResearch).toHaveLength(alerts.length);
    for (const d of atResearch) {
      expect(d.profile).toBe('aggregate');
      expect(d.payload.detection).toBeUndefined();
      expect(validateAlert(d.payload), JSON.stringify(validateAlert.errors)).toBe(true);
    }

    // A recipient whose purposes the alerts do not permit gets none; the sender does not get its own alerts back.
    expect(await (await member('bank2')).receive(() => {}, { idleMs: 1000 })).toBe(0);
    expect(events.filter((e) => e.event === 'refused' && e.recipient === 'bank2')).toHaveLength(alerts.length);
    expect(await (await member('bank1')).receive(() => {}, { idleMs: 1000 })).toBe(0);
    expect(JSON.stringify(events)).not.toMatch(/"[0-9a-f]{64}"/);
  }, 120_000);

  test('an AMBER+STRICT alert does not reach the aggregate recipient; an alert with the bank\'s own keys is refused', async () => {
    const bank = await member('bank1');
    const strict = structuredClone(alerts[1]!);
    strict.headers.tlp = 'TLP:AMBER+STRICT';
    strict.payload.recordId = '00000000-0000-4000-8000-000000000501';
    await bank.sendAlert(strict, GROUP_KEY);
    const [atFiu] = await receiveAll(await member('fiu1'), 1);
    expect(atFiu!.payload.recordId).toBe(strict.payload.recordId);
    expect(await (await member('research1')).receive(() => {}, { idleMs: 1000 })).toBe(0);
    expect(events.some((e) => e.event === 'refused' && e.recipient === 'research1' && /AMBER\+STRICT/.test(e.reason))).toBe(true);

    // Sent without the member library, evidence keys as the bank holds them: refused, the bank told where.
    const nats = await loadNats();
    const nc = await nats.connect({ servers: group.config.nats.servers, user: 'bank1', pass: passwordOf(group.config, 'bank1'), inboxPrefix: inboxPrefix('bank1') });
    try {
      const raw = { ...alerts[2]!, payload: { ...alerts[2]!.payload, recordId: '00000000-0000-4000-8000-000000000502' } };
      await nats.js.jetstream(nc).publish(subjects.alert('bank1'), JSON.stringify(raw));
    } finally {
      await nc.close();
    }
    const [answer] = await receiveAll(bank, 1);
    expect(answer!.kind).toBe('validation');
    expect((answer!.payload.findings as { path: string }[])[0]!.path).toBe('/payload/detection/subject');
    expect(JSON.stringify(answer!.payload)).not.toContain(alerts[2]!.payload.detection.subject.id);
    expect(await (await member('fiu1')).receive(() => {}, { idleMs: 1000 })).toBe(0);
  }, 60_000);
});
