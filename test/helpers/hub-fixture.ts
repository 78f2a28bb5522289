/**
 * A sharing group for the hub tests, with synthetic members and a synthetic group key, and a real nats-server
 * started for it on a port it chooses. Reports are the repository's synthetic examples, pseudonymised as a member
 * would before submitting.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import runtimeModel from '../../src/generated/runtime-model.js';
import { parseHubConfig, type HubConfig } from '../../src/hub/config.js';
import { pseudonymiseForGroup, type Delivery, type MemberClient } from '../../src/hub/member.js';
import { loadNats } from '../../src/hub/nats-client.js';
import { readAudit } from '../../src/hub/operator-reads.js';
import { startNatsServer, type RunningServer } from '../../src/hub/nats-server.js';
import { HEADERS, STREAMS } from '../../src/hub/subjects.js';

/** Synthetic: a fixed test key, never a real group's. */
// Synthetic test key: 32 different bytes (a key of one repeated byte is refused as guessable).
export const GROUP_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);
export const GROUP_KEY_ID = 'test-group-key';

export function groupConfig(overrides: Partial<HubConfig['limits']> = {}, release: Partial<HubConfig['smallGroupRelease']> = {}): HubConfig {
  return parseHubConfig({
    configVersion: 1,
    group: { name: 'test group (synthetic)', keyId: GROUP_KEY_ID },
    nats: { servers: ['nats://127.0.0.1:4222'] },
    hub: { user: 'hub', password: 'hub-test-password' },
    limits: { ackWaitSeconds: 2, ...overrides },
    // Short, so that tests do not wait long for small-group batches.
    smallGroupRelease: { windowSeconds: 1, ...release },
    members: [
      { id: 'ngo1', password: 'ngo1-test-password', roles: ['submitter'] },
      { id: 'ngo2', password: 'ngo2-test-password', roles: ['submitter'] },
      { id: 'bank1', password: 'bank1-test-password', roles: ['recipient'], profile: 'tactical', consentScope: 'shareWithFinancialInstitutions' },
      { id: 'research1', password: 'research1-test-password', roles: ['recipient'], profile: 'aggregate' },
    ],
  });
}

export const passwordOf = (config: HubConfig, id: string) => config.members.find((m) => m.id === id)!.password;

export const example = (name: string) => JSON.parse(readFileSync(join('examples', `${name}.json`), 'utf8')) as Record<string, unknown>;

/** An example, with a fresh record ID so that tests do not collide, pseudonymised as a member submits it. */
export function pseudonymisedExample(name: string, recordId: string): Record<string, unknown> {
  return pseudonymiseForGroup({ ...example(name), recordId }, { profile: 'tactical', key: GROUP_KEY, keyId: GROUP_KEY_ID });
}

const CODES = (list: string) => Object.keys(runtimeModel.codelists[list]!.codes);

/**
 * A synthetic report of a crowd: the smallest report, permitted for monitoring tuning too (both profiles allow it), with the same quasi-identifiers
 * as every other crowd member (country, dates) but a different exploitation and sector, so that each counts as a
 * different person. Pseudonymised as a member submits it.
 */
export function crowdReport(n: number, recordId: string, reportingCountry = 'GB'): Record<string, unknown> {
  const types = CODES('exploitationType');
  const sectors = CODES('sector');
  const base = example('minimal');
  return pseudonymiseForGroup(
    { ...base, recordId, reportingCountry, exploitationTypes: [types[n % types.length]], sectors: [sectors[Math.floor(n / types.length) % sectors.length]], sharing: { ...(base.sharing as object), permittedPurposes: ['investigation', 'transactionMonitoringTuning'] } },
    { profile: 'tactical', key: GROUP_KEY, keyId: GROUP_KEY_ID },
  );
}

export interface HubServer {
  config: HubConfig;
  server: RunningServer;
  dir: string;
  cleanup(): Promise<void>;
}

export async function startGroupServer(config = groupConfig()): Promise<HubServer> {
  const dir = mkdtempSync(join(tmpdir(), 'htfds-hub-test-'));
  const server = await startNatsServer(config, dir);
  config.nats.servers = [server.url];
  return {
    config,
    server,
    dir,
    async cleanup() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A UUID (v4 shape) from a counter, so that each test's records are distinct and reproducible. */
export const testRecordId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Receives until `count` deliveries arrived or `attempts` bounded waits of a second each ended. */
export async function receiveAll(client: MemberClient, count: number, attempts = 20): Promise<Delivery[]> {
  const got: Delivery[] = [];
  for (let i = 0; i < attempts && got.length < count; i++) await client.receive((d) => void got.push(d), { max: count - got.length, idleMs: 1000 });
  return got;
}

/** The test group's lead recipient, as a submission addresses a lead to it (leads go to no other member). */
export const TO_BANK = { to: 'bank1' } as const;

/** Headers that address a submission published by hand as a lead, as MemberClient.submit does with `to`. */
export async function leadHeaders(to = TO_BANK.to) {
  const h = (await loadNats()).headers();
  h.set(HEADERS.to, to);
  return h;
}

/** Submits as a lead for the test group's bank, retrying while the broker is unreachable (the message ID makes a repeated attempt harmless). */
export async function submitWithRetry(client: MemberClient, report: Record<string, unknown>, attempts = 40) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.submit(report, TO_BANK);
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Every entry of the hub's audit trail, read with the hub's own credentials, as `htfds hub audit` reads it. */
export async function auditEntries(config: HubConfig): Promise<Record<string, unknown>[]> {
  const entries: Record<string, unknown>[] = [];
  for await (const entry of readAudit(config)) entries.push(entry);
  return entries;
}
