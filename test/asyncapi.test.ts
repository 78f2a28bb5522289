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
