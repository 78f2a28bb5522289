/**
 * The hub's configuration as data: defaults filled in, and each kind of mistake answered with the place in the
 * config and what to do. Also the library change the hub needs: re-shaping a submission a member already
 * pseudonymised under the group key, without the key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { HubConfigError, loadHubConfig, mostPermissiveProfile, parseHubConfig } from '../src/hub/config.js';
import { memberPermissions, natsServerConfig } from '../src/hub/nats-config.js';
import { anonymiseReport, SharingRefusal } from '../src/share/anonymise.js';
import { example, GROUP_KEY_ID, groupConfig, pseudonymisedExample, testRecordId } from './helpers/hub-fixture.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-hub-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const base = () => JSON.parse(JSON.stringify(groupConfig())) as Record<string, any>;

function errorOf(value: unknown): HubConfigError {
  try {
    parseHubConfig(value);
  } catch (error) {
    if (error instanceof HubConfigError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('hub configuration', () => {
  test('defaults are filled in and the most permissive profile is found', () => {
    const config = parseHubConfig({ ...base(), retention: undefined, limits: undefined, smallGroupRelease: undefined });
    expect(config.retention).toEqual({ recordDays: 90, auditDays: 400 });
    expect(config.limits.maxDeliver).toBe(5);
    expect(config.smallGroupRelease).toEqual({ batchSize: 200, windowSeconds: 60 });
    expect(mostPermissiveProfile(config)).toBe('tactical');
    const aggregateOnly = base();
    aggregateOnly.members = aggregateOnly.members.filter((m: { profile?: string }) => m.profile !== 'tactical');
    expect(mostPermissiveProfile(parseHubConfig(aggregateOnly))).toBe('aggregate');
  });

  test('each mistake names its place in the config', () => {
    const unknown = base();
    unknown.members[1].colour = 'blue';
    expect(errorOf(unknown).message).toBe('/members/1/colour: is not a setting of the hub configuration; remove it or check its spelling');
    const duplicate = base();
    duplicate.members[3].id = 'ngo1';
    expect(errorOf(duplicate).message).toMatch(/^\/members\/3\/id: "ngo1" is also the ID of \/members\/0/);
    const noProfile = base();
    delete noProfile.members[2].profile;
    expect(errorOf(noProfile).message).toBe('/members/2: add "profile"');
    const internal = base();
    internal.members[2].profile = 'internal';
    expect(errorOf(internal).message).toBe('/members/2/profile: use one of: aggregate, tactical');
    const purpose = base();
    purpose.members[3].purposes = ['investigation'];
    expect(errorOf(purpose).message).toMatch(/^\/members\/3\/purposes\/0: "investigation" is not allowed under the aggregate profile/);
    const badId = base();
    badId.members[0].id = 'NGO.1';
    expect(errorOf(badId).message).toMatch(/^\/members\/0\/id: use 1 to 32 lower-case letters/);
    const shortPassword = base();
    shortPassword.hub.password = 'short';
    expect(errorOf(shortPassword).place).toBe('/hub/password');
  });

  test('a file that is not JSON, or a bad config in a file, is named with the file', async () => {
    const notJson = join(scratch, 'broken.json');
    writeFileSync(notJson, '{ "configVersion": 1,');
    await expect(loadHubConfig(notJson)).rejects.toThrow(new RegExp(`^${notJson}: is not JSON`));
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...base(), configVersion: 2 }));
    await expect(loadHubConfig(bad)).rejects.toThrow(`${bad}#/configVersion: must be equal to constant`);
    await expect(loadHubConfig(join(scratch, 'missing.json'))).rejects.toThrow(/does not exist or cannot be read/);
  });
});

describe('generated nats-server configuration', () => {
  test('each member may publish only its own submissions and pull only its own consumer', () => {
    const config = groupConfig();
    const text = natsServerConfig(config, { listen: '127.0.0.1:-1', storeDir: '/tmp/x' });
    for (const m of config.members) expect(text).toContain(`user: "${m.id}"`);
    const ngo = memberPermissions('ngo1', ['submitter']);
    expect(ngo.publish.filter((s) => s.includes('ngo2') || s.includes('bank1'))).toEqual([]);
    expect(ngo.subscribe).toEqual(['_INBOX_ngo1.>']);
    // A recipient that does not submit cannot publish submissions at all: only outcome updates and alerts, under its own ID.
    expect(memberPermissions('bank1', ['recipient']).publish.filter((s) => s.startsWith('htfds.'))).toEqual(['htfds.outcomes.bank1', 'htfds.alerts.bank1']);
  });
});

describe('re-shaping a pseudonymised submission without the key', () => {
  const submitted = pseudonymisedExample('money-mule-operation', testRecordId(90));

  test('without the option the keyed profile still refuses, as before', () => {
    expect(() => anonymiseReport(submitted, { profile: 'tactical', keyId: GROUP_KEY_ID })).toThrow(SharingRefusal);
    expect(() => anonymiseReport(submitted, { profile: 'tactical', keyId: GROUP_KEY_ID })).toThrow(/derives record identifiers/);
  });

  test('with it the member\'s keyed record ID and hashes are kept, and nothing else changes', () => {
    const notes = {};
    const shaped = anonymiseReport(submitted, { profile: 'tactical', keyId: GROUP_KEY_ID, recordIdsKeyedBySubmitter: true }, notes);
    expect(shaped).toEqual(submitted);
    expect(notes).toEqual({});
  });

  test('profiles that issue fresh identifiers still do, and a raw report is not vouched for by the option', () => {
    const aggregate = anonymiseReport(submitted, { profile: 'aggregate', keyId: GROUP_KEY_ID, recordIdsKeyedBySubmitter: true, freshRecordId: () => testRecordId(91) });
    expect(aggregate.recordId).toBe(testRecordId(91));
    const notes: Record<string, number> = {};
    anonymiseReport({ ...example('fishing'), recordId: testRecordId(92) }, { profile: 'tactical', keyId: GROUP_KEY_ID, recordIdsKeyedBySubmitter: true }, notes);
    expect(Object.keys(notes).length).toBeGreaterThan(0);
  });
});

describe('the exchange description matches what the hub runs', () => {
  test('records and validation reports are addressed to one member, on the subjects the hub uses', async () => {
    const { loadFieldModel } = await import('../generators/load-model.js');
    const { asyncapiDocument } = await import('../generators/asyncapi/generate-asyncapi.js');
    const { subjects } = await import('../src/hub/subjects.js');
    const model = loadFieldModel('schema');
    const channels = asyncapiDocument(model, []).channels as Record<string, { address: string; parameters?: Record<string, unknown> }>;
    const at = (channel: string, parameter: string) => channels[channel]!.address.replace(`{${parameter}}`, 'bank1');
    for (const profile of ['tactical', 'aggregate']) {
      expect(Object.keys(channels[`shared.${profile}`]!.parameters ?? {})).toEqual(['recipientId']);
      expect(at(`shared.${profile}`, 'recipientId')).toBe(subjects.sharedRecord('bank1', profile));
    }
    expect(at('validationReports', 'organisationId')).toBe(subjects.validation('bank1'));
    expect(at('submissions', 'organisationId')).toBe(subjects.submission('bank1'));
    expect(at('withdrawals', 'organisationId')).toBe(subjects.withdrawal('bank1'));
    expect(at('withdrawalNotices', 'recipientId')).toBe(subjects.withdrawn('bank1'));
    expect(at('outcomes', 'organisationId')).toBe(subjects.outcome('bank1'));
    expect(at('outcomeDeliveries', 'organisationId')).toBe(subjects.outcomeUpdate('bank1'));
    expect(at('alerts', 'organisationId')).toBe(subjects.alert('bank1'));
    expect(at('alertDeliveries', 'recipientId')).toBe(subjects.alertDelivery('bank1'));
  });
});
