/**
 * The exchange description: generated from the model and the profiles, parsed by @asyncapi/parser with no
 * diagnostics, every example message checked with our own validators (the parser does not validate 2020-12
 * payloads), the typed helpers round-trip, and a schema change reaches the payloads with no other edit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { addFormats } from '../generators/validators/add-formats.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAsyncapi } from '../generators/asyncapi/generate-asyncapi.js';
import { generateMessageSchemas } from '../generators/asyncapi/message-schemas.js';
import { buildAll } from '../generators/build.js';
import { generateProfileSchemas } from '../generators/profiles/generate-profile-schemas.js';
import { parse as parseYaml } from 'yaml';
import { createAlertMessage, createSubmissionMessage, createValidationReportMessage, isValid, MessageError, parseAlertMessage, parseSubmissionMessage, validateCaseReport } from '../src/index.js';
import { EXAMPLE_RECIPIENT, EXAMPLE_SUBMITTER } from '../generators/asyncapi/generate-asyncapi.js';
import { MESSAGE_ID_HEADER } from '../generators/asyncapi/exchange-headers.js';
import { loadFieldModel } from '../generators/load-model.js';
import { admitAlert, shapeAlertFor } from '../src/hub/alerts.js';
import type { HubConfig } from '../src/hub/config.js';
import { MemberClient } from '../src/hub/member.js';
import { memberPermissions } from '../src/hub/nats-config.js';
import { ensureStreams, streamConfigs } from '../src/hub/streams.js';
import { parseHubConfig } from '../src/hub/config.js';
import { loadNats } from '../src/hub/nats-client.js';
import { startGroupServer } from './helpers/hub-fixture.js';
import { DELIVERY_KINDS, HEADERS, STREAMS, subjects } from '../src/hub/subjects.js';
import { ANNOTATION_KEYWORDS } from './helpers/schema-validators.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-asyncapi-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The exchange description and the schema files it refers to; the other generators make nothing it reads.
const EXCHANGE_GENERATORS = [generateProfileSchemas, generateMessageSchemas, generateAsyncapi];

async function buildAndParse(schemaDir: string, out: string) {
  const result = await buildAll(schemaDir, out, join(out, 'src-generated'), EXCHANGE_GENERATORS);
  expect(result.findings).toEqual([]);
  return fromFile(new Parser(), join(out, 'asyncapi.yaml')).parse();
}

const dist = join(scratch, 'dist');
let parsed: Awaited<ReturnType<typeof buildAndParse>>;
beforeAll(async () => {
  parsed = await buildAndParse('schema', dist);
}, 120_000);

/** Ajv over a generated schema file of dist/, resolving its relative references to the other files. */
function distValidator(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, keywords: ANNOTATION_KEYWORDS });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(dist, 'schema/htfds-case-report.flat.schema.json'), 'utf8')));
  return ajv.compile(JSON.parse(readFileSync(join(dist, file), 'utf8')));
}

/** The document as written (examples and schemas exactly as generated, before the parser annotates them). */
let rawDocument: any;
const raw = () => (rawDocument ??= parseYaml(readFileSync(join(dist, 'asyncapi.yaml'), 'utf8')));

describe('dist/asyncapi.yaml', () => {
  test('parses with no diagnostics', () => {
    expect(parsed.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message}`)).toEqual([]);
    expect(parsed.document).toBeDefined();
  });

  test('has the channels, roles and security the exchange needs', () => {
    const doc = parsed.document!;
    expect(doc.channels().all().map((c) => c.id()).sort()).toEqual(['alertDeliveries', 'alerts', 'outcomeDeliveries', 'outcomes', 'shared.aggregate', 'shared.tactical', 'submissions', 'validationReports', 'withdrawalNotices', 'withdrawals']);
    expect(doc.servers().all()[0]!.protocol()).toBe('nats');
    expect(doc.components().securitySchemes().all().map((s) => s.type()).sort()).toEqual(['X509', 'userPassword']);
    const roles = new Set(doc.operations().all().flatMap((o) => o.tags().all().map((t) => t.name())));
    for (const role of ['reportingOrganisation', 'sharingHub', 'financialInstitution', 'financialIntelligenceUnit']) expect(roles).toContain(role);
  });

  test('every example message validates with our validators: headers and payload', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const component = (name: string) => ajv.compile(raw().components.schemas[name]);
    const headersOf = (message: string) => component(raw().components.messages[message].headers.$ref.split('/').pop());
    const envelopeHeaders = component('MessageHeaders');
    const alertPayload = distValidator('schema/indicator-alert.schema.json');
    const payloadValidators: Record<string, (payload: unknown) => boolean> = {
      SubmittedRecord: (p) => isValid(validateCaseReport(p)),
      Withdrawal: component('Withdrawal'),
      SharedRecordAggregate: distValidator('schema/profiles/aggregate.schema.json'),
      SharedRecordTactical: distValidator('schema/profiles/tactical.schema.json'),
      WithdrawalNotice: component('WithdrawalNotice'),
      OutcomeUpdate: distValidator('schema/profiles/tactical.schema.json'),
      DeliveredOutcomeUpdate: distValidator('schema/profiles/tactical.schema.json'),
      RaisedIndicatorAlert: (p: any) => Object.keys(p).sort().join() === 'headers,payload' && envelopeHeaders(p.headers) && alertPayload(p.payload),
      IndicatorAlert: alertPayload,
      ValidationReport: distValidator('schema/validation-report.schema.json'),
    };
    let checked = 0;
    for (const message of parsed.document!.components().messages().all()) {
      const validate = payloadValidators[message.id()];
      const validHeaders = headersOf(message.id());
      expect(validate, message.id()).toBeDefined();
      expect(message.examples().all().length, `${message.id()} has examples`).toBeGreaterThan(0);
      for (const example of message.examples().all()) {
        expect(validate!(example.payload()), `${message.id()} ${example.name()}`).toBe(true);
        expect(validHeaders(example.headers()), `${message.id()} headers: ${ajv.errorsText(validHeaders.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  test('changing a field in the schema changes the payload after a build, with no other edit', async () => {
    const copy = join(scratch, 'changed');
    cpSync('schema', join(copy, 'schema'), { recursive: true });
    cpSync('examples', join(copy, 'examples'), { recursive: true });
    const path = join(copy, 'schema/transaction.schema.json');
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    schema.$defs.Transaction.properties.settlementDelayDays = {
      title: 'Settlement delay', description: 'Days between the order and the settlement of the payment.', anyOf: [{ type: 'integer', minimum: 0 }, { $ref: 'common.schema.json#/$defs/MissingValue' }],
      'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'],
    };
    (await import('node:fs')).writeFileSync(path, JSON.stringify(schema, null, 2) + '\n');
    const before = parsed.document!.components().messages().all().find((m) => m.id() === 'SubmittedRecord')!.payload()!.json() as any;
    const changed = await buildAndParse(join(copy, 'schema'), join(copy, 'dist'));
    const after = changed.document!.components().messages().all().find((m) => m.id() === 'SubmittedRecord')!.payload()!.json() as any;
    expect(before.$defs.Transaction.properties.settlementDelayDays).toBeUndefined();
    expect(after.$defs.Transaction.properties.settlementDelayDays.title).toBe('Settlement delay');
    const tactical = changed.document!.components().messages().all().find((m) => m.id() === 'SharedRecordTactical')!.payload()!.json() as any;
    expect(tactical.$defs.Transaction.properties.settlementDelayDays).toBeDefined();
  }, 120_000);
});

/** A NATS subject filter (`*` one token, `>` the rest) against a subject. */
function subjectMatches(filter: string, subject: string): boolean {
  const f = filter.split('.');
  const s = subject.split('.');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '>') return s.length > i;
    if (i >= s.length || (f[i] !== '*' && f[i] !== s[i])) return false;
  }
  return f.length === s.length;
}

describe('dist/asyncapi.yaml matches what the hub runs (src/hub/)', () => {
  const MEMBER = 'member-x';
  /** Subject builders for the hub's own bookkeeping, never read or written by members: not channels of the exchange. */
  const HUB_INTERNAL = ['audit', 'deadLetter', 'deadLetters', 'keepUntil', 'keepUntils', 'deliveredIndex', 'maxDeliveriesAdvisory', 'memberFilter', 'submittedIndex'];
  const sharedProfiles = loadFieldModel('schema').profiles.filter((p) => p.outputTlp !== 'unchanged').map((p) => p.name);

  /** Every subject a member publishes on or the hub delivers on, built by src/hub/subjects.ts for one member. */
  function memberSubjects(member: string): Map<string, string> {
    const built = new Map<string, string>();
    for (const [name, subject] of Object.entries(subjects)) {
      if (HUB_INTERNAL.includes(name)) continue;
      if (name === 'sharedRecord') for (const profile of sharedProfiles) built.set(`sharedRecord ${profile}`, subjects.sharedRecord(member, profile));
      else built.set(name, (subject as (member: string) => string)(member));
    }
    return built;
  }

  /** Each channel's address with its parameter filled in, after checking the parameter is declared. */
  function filledAddresses(member: string): Map<string, string> {
    return new Map(
      parsed.document!.channels().all().map((channel) => {
        const declared = channel.parameters().all().map((p) => p.id());
        const address = channel.address()!.replace(/\{([^}]+)\}/g, (_, name: string) => {
          expect(declared, `${channel.id()} declares {${name}}`).toContain(name);
          return member;
        });
        expect(address, channel.id()).not.toMatch(/[{}]/);
        return [channel.id(), address];
      }),
    );
  }

  /** Channels by who sends on them: the hub receives what members send, and sends what members receive. */
  function channelsWhere(action: 'send' | 'receive', byHub: boolean): string[] {
    return parsed.document!.operations().all()
      .filter((o) => o.action() === action && o.tags().all().some((t) => t.name() === 'sharingHub') === byHub)
      .map((o) => o.channels().all()[0]!.id());
  }

  test('the subject builders are all either exchange channels or the hub\'s own bookkeeping', () => {
    for (const name of HUB_INTERNAL) expect(subjects, name).toHaveProperty(name);
    expect(memberSubjects(MEMBER).size).toBeGreaterThanOrEqual(9);
  });

  test('every channel address is a subject the hub code uses, and every such subject has a channel', () => {
    const used = memberSubjects(MEMBER);
    const addresses = filledAddresses(MEMBER);
    for (const [channel, address] of addresses) expect([...used.values()], `channel ${channel} (${address})`).toContain(address);
    for (const [builder, subject] of used) expect([...addresses.values()], `subjects.${builder} (${subject}) has a channel`).toContain(subject);
    expect(new Set(addresses.values()).size).toBe(addresses.size);
  });

  test('members may publish on the channels they send on, into the inbound work queue; the hub delivers under the member filter', () => {
    const addresses = filledAddresses(MEMBER);
    const config = { limits: { duplicateWindowMinutes: 1440, maxSubmissionBytes: 262144 }, retention: { recordDays: 30, auditDays: 365 } } as unknown as HubConfig;
    const streams = new Map(streamConfigs(config).map((s) => [s.name, s.subjects ?? []]));
    const publish = memberPermissions(MEMBER, ['submitter', 'recipient']).publish;
    const memberSent = channelsWhere('send', false);
    const hubSent = channelsWhere('send', true);
    expect(memberSent.sort()).toEqual(['alerts', 'outcomes', 'submissions', 'withdrawals']);
    expect(channelsWhere('receive', true).sort()).toEqual(memberSent.sort());
    expect(channelsWhere('receive', false).sort()).toEqual([...new Set(hubSent)].sort());
    for (const channel of memberSent) {
      const subject = addresses.get(channel)!;
      expect(publish, channel).toContain(subject);
      expect(streams.get(STREAMS.inbound)!.some((f) => subjectMatches(f, subject)), channel).toBe(true);
    }
    for (const channel of hubSent) {
      const subject = addresses.get(channel)!;
      expect(subjectMatches(subjects.memberFilter(MEMBER), subject), channel).toBe(true);
      expect(subjectMatches(subjects.memberFilter('member-y'), subject), channel).toBe(false);
      expect(streams.get(STREAMS.deliveries)!.some((f) => subjectMatches(f, subject)), channel).toBe(true);
    }
  });

  test('withdrawals and outcome updates each have a channel in both directions, with send and receive operations', () => {
    const operations = new Map(parsed.document!.operations().all().map((o) => [o.id(), { action: o.action(), channel: o.channels().all()[0]!.id(), roles: o.tags().all().map((t) => t.name()) }]));
    expect(operations.get('withdrawRecord')).toEqual({ action: 'send', channel: 'withdrawals', roles: ['reportingOrganisation'] });
    expect(operations.get('receiveWithdrawal')).toEqual({ action: 'receive', channel: 'withdrawals', roles: ['sharingHub'] });
    expect(operations.get('publishWithdrawalNotice')).toEqual({ action: 'send', channel: 'withdrawalNotices', roles: ['sharingHub'] });
    expect(operations.get('receiveWithdrawalNotice')).toMatchObject({ action: 'receive', channel: 'withdrawalNotices' });
    expect(operations.get('sendOutcome')).toMatchObject({ action: 'send', channel: 'outcomes' });
    expect(operations.get('receiveOutcomeUpdate')).toEqual({ action: 'receive', channel: 'outcomes', roles: ['sharingHub'] });
    expect(operations.get('publishOutcome')).toEqual({ action: 'send', channel: 'outcomeDeliveries', roles: ['sharingHub'] });
    expect(operations.get('receiveOutcome')).toEqual({ action: 'receive', channel: 'outcomeDeliveries', roles: ['reportingOrganisation'] });
    const addresses = filledAddresses(MEMBER);
    expect(addresses.get('withdrawals')).toBe(subjects.withdrawal(MEMBER));
    expect(addresses.get('withdrawalNotices')).toBe(subjects.withdrawn(MEMBER));
    expect(addresses.get('outcomes')).toBe(subjects.outcome(MEMBER));
    expect(addresses.get('outcomeDeliveries')).toBe(subjects.outcomeUpdate(MEMBER));
    const schemas = raw().components.schemas;
    for (const name of ['Withdrawal', 'WithdrawalNotice']) {
      expect(schemas[name].additionalProperties, name).toBe(false);
      expect(schemas[name].properties.recordId).toMatchObject({ format: 'uuid', pattern: expect.any(String) });
    }
    expect(schemas.WithdrawalNotice.required.sort()).toEqual(['at', 'recordId', 'withdrawn']);
    const tactical = parsed.document!.channels().get('shared.tactical')!.description()!;
    expect(tactical).toMatch(/Each copy is addressed to one recipient .*on that recipient's own subject/);
  });

  test('headers: a message ID on what members publish, the kind and record ID on what the hub delivers, the addressees on a submission', () => {
    const headerSchema = (message: string) => raw().components.schemas[raw().components.messages[message].headers.$ref.split('/').pop()];
    for (const message of ['SubmittedRecord', 'Withdrawal', 'OutcomeUpdate', 'RaisedIndicatorAlert']) {
      expect(headerSchema(message).properties[MESSAGE_ID_HEADER].description, message).toMatch(/digest.*duplicate window.*no-op/s);
    }
    expect(MESSAGE_ID_HEADER).toBe('Nats-Msg-Id');
    expect(headerSchema('SubmittedRecord').properties[HEADERS.to]).toMatchObject({ type: 'string', pattern: expect.any(String) });
    expect(headerSchema('SubmittedRecord').required ?? []).not.toContain(HEADERS.to);
    const kinds: Record<string, string> = { SharedRecordAggregate: 'record', SharedRecordTactical: 'record', WithdrawalNotice: 'withdrawn', ValidationReport: 'validation', DeliveredOutcomeUpdate: 'outcome', IndicatorAlert: 'alert' };
    for (const [message, kind] of Object.entries(kinds)) {
      const schema = headerSchema(message);
      expect(schema.properties[HEADERS.kind].const, message).toBe(kind);
      expect(schema.required, message).toContain(HEADERS.kind);
    }
    expect(new Set(Object.values(kinds))).toEqual(new Set(DELIVERY_KINDS));
    for (const message of ['SharedRecordTactical', 'DeliveredOutcomeUpdate']) expect(headerSchema(message).required, message).toContain(HEADERS.recordId);
  });

  test('a member client publishes each example where the document says, with the message ID the example shows (on a real nats-server)', async () => {
    const config = parseHubConfig({
      configVersion: 1,
      group: { name: 'AsyncAPI examples (synthetic)', keyId: 'demonstration' },
      nats: { servers: ['nats://127.0.0.1:4222'] },
      hub: { user: 'hub', password: 'hub-test-password' },
      members: [
        { id: EXAMPLE_SUBMITTER, password: 'submitter-test-password', roles: ['submitter'] },
        { id: EXAMPLE_RECIPIENT, password: 'recipient-test-password', roles: ['recipient'], profile: 'tactical' },
      ],
    });
    const group = await startGroupServer(config);
    const nats = await loadNats();
    const hubConnection = await nats.connect({ servers: config.nats.servers, user: 'hub', pass: config.hub.password });
    const clients: MemberClient[] = [];
    try {
      // The hub's streams, with no hub running: what members publish stays in the work queue to be read back.
      const jsm = await nats.js.jetstreamManager(hubConnection);
      await ensureStreams(jsm, config);
      const client = async (member: string) => {
        const c = await MemberClient.connect({ servers: config.nats.servers, member, password: config.members.find((m) => m.id === member)!.password });
        clients.push(c);
        return c;
      };
      const stored = async (subject: string) => (await jsm.streams.getMessage(STREAMS.inbound, { last_by_subj: subject }))!;
      const first = (message: string) => raw().components.messages[message].examples[0];
      const submitter = await client(EXAMPLE_SUBMITTER);
      const recipient = await client(EXAMPLE_RECIPIENT);
      const cases: [string, string, string, (example: any) => Promise<unknown>][] = [
        ['SubmittedRecord', 'submissions', EXAMPLE_SUBMITTER, (e) => submitter.submit(e.payload, { to: e.headers[HEADERS.to] })],
        ['OutcomeUpdate', 'outcomes', EXAMPLE_RECIPIENT, (e) => recipient.sendOutcome(e.payload, e.payload.relatesToRecordId)],
        ['RaisedIndicatorAlert', 'alerts', EXAMPLE_RECIPIENT, (e) => recipient.sendAlert(e.payload, new Uint8Array(32))],
      ];
      for (const [message, channel, member, send] of cases) {
        const example = first(message);
        await send(example);
        const got = await stored(filledAddresses(member).get(channel)!);
        expect(got.header.get(MESSAGE_ID_HEADER), message).toBe(example.headers[MESSAGE_ID_HEADER]);
        for (const [name, value] of Object.entries(example.headers as Record<string, string>)) expect(got.header.get(name), `${message} ${name}`).toBe(value);
      }
      // A withdrawal's ID has a request ID of its own: the same record withdrawn twice is two requests, both stored.
      const withdrawal = first('Withdrawal');
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        expect((await submitter.withdraw(withdrawal.payload.recordId)).duplicate).toBe(false);
        ids.push((await stored(filledAddresses(EXAMPLE_SUBMITTER).get('withdrawals')!)).header.get(MESSAGE_ID_HEADER));
      }
      const pattern = new RegExp(raw().components.schemas.WithdrawalHeaders.properties[MESSAGE_ID_HEADER].pattern);
      expect(ids[0]).not.toBe(ids[1]);
      for (const id of [...ids, withdrawal.headers[MESSAGE_ID_HEADER]]) expect(id).toMatch(pattern);
    } finally {
      for (const c of clients) await c.close();
      await hubConnection.close();
      await group.cleanup();
    }
  }, 60_000);

  test('the alert examples are what the hub admits and what it delivers to a tactical recipient', () => {
    const raised = raw().components.messages.RaisedIndicatorAlert.examples[0].payload;
    const admitted = admitAlert(new TextEncoder().encode(JSON.stringify(raised)), 262144);
    expect(admitted.ok).toBe(true);
    const shaped = shapeAlertFor(admitted as Extract<typeof admitted, { ok: true }>, { id: EXAMPLE_RECIPIENT, password: 'x', roles: ['recipient'], profile: 'tactical' }) as { headers: any; payload: unknown };
    const delivered = raw().components.messages.IndicatorAlert.examples[0];
    expect(delivered.payload).toEqual(shaped.payload);
    expect(delivered.headers).toEqual({ ...shaped.headers, permittedPurposes: shaped.headers.permittedPurposes.join(','), [HEADERS.kind]: 'alert' });
  });
});

describe('typed message helpers', () => {
  const report = JSON.parse(readFileSync('examples/forced-prostitution.json', 'utf8'));

  test('a submission round-trips through NATS-style text headers', () => {
    const message = createSubmissionMessage(report);
    const headers = { ...message.headers, permittedPurposes: message.headers.permittedPurposes.join(',') };
    const received = parseSubmissionMessage({ headers, payload: JSON.stringify(message.payload) });
    expect(received.payload).toEqual(report);
    expect(received.headers.tlp).toBe(report.sharing.tlp);
  });

  test('an alert round-trips, and a tampered one is rejected with the place', () => {
    const observed = report.indicators.find((i: any) => i.status === 'observed');
    const alert = createAlertMessage(report, observed.id);
    expect(parseAlertMessage(alert).payload.observation.indicatorId).toBe(observed.indicatorId);
    const tampered = { ...alert, payload: { ...alert.payload, observation: { ...alert.payload.observation, indicatorId: 'NOT-A-REAL-ID' } } };
    try {
      parseAlertMessage(tampered);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(MessageError);
      expect((error as MessageError).findings.map((f) => `${f.code}@${f.path}`)).toEqual(['indicator-unknown@/observation/indicatorId']);
    }
    expect(() => parseAlertMessage({ ...alert, headers: { ...alert.headers, tlp: 'TLP:WHITE' } })).toThrow(/headers are not valid/);
  });

  test('a validation report carries findings, not values', () => {
    const message = createValidationReportMessage(report.recordId, validateCaseReport({ ...report, reportingCountry: 'gb' }));
    expect(message.payload.valid).toBe(false);
    expect(JSON.stringify(message)).not.toContain('"gb"');
  });
});
