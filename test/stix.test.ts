/**
 * STIX 2.1 export: every object of the bundles validates against the OASIS STIX 2.1 JSON schemas (read from
 * ../shared/reference/stix-2.1-json-schemas, BSD-3-Clause, unmodified), every reference resolves inside the
 * bundle (which the schemas cannot check), TLP 2.0 markings travel in the bundle with the published ids, and ids
 * stay the same from one export to the next. The alerts come from the exchange's own message builder and from a
 * real synth → detect run; all data is synthetic.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFormats } from '../generators/validators/add-formats.js';
import { loadFieldModel } from '../generators/load-model.js';
import { createAlertMessage } from '../src/exchange/messages.js';
import type { CaseReport } from '../src/generated/case-report.js';
import { htfds } from './helpers/run-cli.js';

const STIX_SCHEMAS = join(process.cwd(), '..', 'shared', 'reference', 'stix-2.1-json-schemas', 'schemas');

/** The TLP 2.0 marking-definition ids as published (../shared/design/exchange-hub.md). */
const TLP2_IDS: Record<string, string> = {
  'TLP:CLEAR': 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'TLP:GREEN': 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'TLP:AMBER': 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'TLP:AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'TLP:RED': 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

type StixObject = Record<string, unknown> & { type: string; id: string };
interface Bundle {
  type: string;
  id: string;
  objects: StixObject[];
}

let validateBundle: ValidateFunction;
const validateObject = new Map<string, ValidateFunction>();

function loadStixSchemas(): void {
  // As the schemas' README says: Ajv 2020 compiles them only with unicodeRegExp off (their patterns escape "-").
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const files = readdirSync(STIX_SCHEMAS, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.json'));
  for (const e of files) ajv.addSchema(JSON.parse(readFileSync(join(e.parentPath, e.name), 'utf8')) as object);
  const base = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
  validateBundle = ajv.getSchema(`${base}/common/bundle.json`)!;
  for (const [type, path] of Object.entries({ identity: 'sdos/identity.json', indicator: 'sdos/indicator.json', sighting: 'sros/sighting.json', 'marking-definition': 'common/marking-definition.json' })) {
    validateObject.set(type, ajv.getSchema(`${base}/${path}`)!);
  }
}

function expectValidStix(bundle: Bundle): void {
  expect(validateBundle(bundle), JSON.stringify(validateBundle.errors?.slice(0, 3))).toBe(true);
  for (const o of bundle.objects) {
    const validate = validateObject.get(o.type);
    expect(validate, `no schema for ${o.type}`).toBeDefined();
    expect(validate!(o), `${o.id}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
  }
}

/** Every *_ref and *_refs value anywhere in the objects names an object of the bundle. */
function unresolvedRefs(bundle: Bundle): string[] {
  const ids = new Set(bundle.objects.map((o) => o.id));
  const missing: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      if (key.endsWith('_refs')) for (const v of value) if (typeof v !== 'string' || !ids.has(v)) missing.push(`${key}: ${String(v)}`);
      for (const v of value) if (typeof v === 'object') visit(v, '');
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    } else if (key.endsWith('_ref') && (typeof value !== 'string' || !ids.has(value))) missing.push(`${key}: ${String(value)}`);
  };
  for (const o of bundle.objects) visit(o, '');
  return missing;
}

let dir: string;
const model = loadFieldModel('schema');

beforeAll(() => {
  loadStixSchemas();
  dir = mkdtempSync(join(tmpdir(), 'htfds-stix-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stix(...args: string[]): Promise<Bundle> {
  const r = await htfds('stix', ...args);
  expect(r.stderr).toMatch(/STIX 2\.1 bundle/);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Bundle;
}

describe('the checks themselves', () => {
  it('the OASIS schemas reject an indicator without pattern_type and a sighting with a malformed reference', () => {
    const base = { spec_version: '2.1', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' };
    expect(validateObject.get('indicator')!({ ...base, type: 'indicator', id: 'indicator--0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60', pattern: 'x', valid_from: base.created })).toBe(false);
    expect(validateObject.get('sighting')!({ ...base, type: 'sighting', id: 'sighting--0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60', sighting_of_ref: 'indicator--not-a-uuid' })).toBe(false);
  });

  it('finds a sighting pointing at an indicator that is not in the bundle', () => {
    const bundle: Bundle = { type: 'bundle', id: 'bundle--1', objects: [{ type: 'sighting', id: 'sighting--1', sighting_of_ref: 'indicator--2', where_sighted_refs: ['identity--3'] }] };
    expect(unresolvedRefs(bundle)).toEqual(['sighting_of_ref: indicator--2', 'where_sighted_refs: identity--3']);
  });
});

describe('htfds stix --catalogue', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await stix('--catalogue', '--timestamp', '2026-03-01T00:00:00Z');
  });

  it('validates against the OASIS STIX 2.1 schemas, object by object, with every reference inside the bundle', () => {
    expectValidStix(bundle);
    expect(unresolvedRefs(bundle)).toEqual([]);
  });

  it('holds one indicator per catalogue entry, honest about being prose, with its source and verification', () => {
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    expect(indicators).toHaveLength(model.indicators.length);
    for (const entry of model.indicators) {
      const o = indicators.find((i) => (i.external_references as { source_name: string; external_id?: string }[])[0]!.external_id === entry.id)!;
      expect(o.pattern).toBe(entry.paraphrase);
      expect(o.pattern_type).toBe('htfds-prose');
      expect(o.pattern_version).toBe(model.version);
      expect(o.labels).toContain(`htfds-verification:${entry.verification}`);
      expect(o.revoked === true).toBe(entry.status === 'withdrawn');
      if (entry.verification === 'unverified') expect(o.description).toMatch(/Unverified/);
      for (const subject of entry.subject) expect(o.labels).toContain(`htfds-subject:${subject}`);
      expect(o.x_htfds_status).toBe(entry.status);
      expect(o.x_htfds_replaced_by).toBe(entry.replacedBy);
      if (entry.status === 'deprecated') expect(o.description).toContain(`use ${entry.replacedBy} instead`);
    }
    expect(model.indicators.some((e) => e.status === 'deprecated')).toBe(true);
  });

  it('carries the TLP 2.0 marking definition it uses, with the published id, date and extension', () => {
    const markings = bundle.objects.filter((o) => o.type === 'marking-definition');
    expect(markings).toEqual([
      { type: 'marking-definition', spec_version: '2.1', id: TLP2_IDS['TLP:CLEAR'], created: '2022-10-01T00:00:00.000Z', name: 'TLP:CLEAR', extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'clear' } } },
    ]);
    for (const o of bundle.objects.filter((x) => x.type !== 'marking-definition')) expect(o.object_marking_refs).toEqual([TLP2_IDS['TLP:CLEAR']]);
  });

  it('marks the indicators with the TLP asked for', async () => {
    const green = await stix('--catalogue', '--tlp', 'TLP:GREEN', '--timestamp', '2026-03-01T00:00:00Z');
    expect(green.objects.filter((o) => o.type === 'indicator').every((o) => (o.object_marking_refs as string[])[0] === TLP2_IDS['TLP:GREEN'])).toBe(true);
    expect(green.objects.filter((o) => o.type === 'marking-definition').map((o) => o.id).sort()).toEqual([TLP2_IDS['TLP:CLEAR'], TLP2_IDS['TLP:GREEN']].sort());
    expectValidStix(green);
  });

  it('keeps the same ids when exported again later, and the same bytes for the same timestamp', async () => {
    const again = await stix('--catalogue', '--timestamp', '2026-03-01T00:00:00Z');
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
    const later = await stix('--catalogue', '--timestamp', '2027-01-15T12:00:00Z');
    expect(later.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    expect(later.objects.find((o) => o.type === 'indicator')!.modified).toBe('2027-01-15T12:00:00.000Z');
  });
});

describe('htfds stix <alerts>', () => {
  const report = JSON.parse(readFileSync('examples/money-mule-operation.json', 'utf8')) as CaseReport;

  it('turns indicator-alert messages into sightings of catalogue indicators, marked with each alert’s TLP', async () => {
    const file = join(dir, 'alerts.ndjson');
    const alerts = ['IND-1', 'IND-2', 'IND-13'].map((id) => createAlertMessage(report, id));
    writeFileSync(file, alerts.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const bundle = await stix(file, '--timestamp', '2026-03-01T00:00:00Z');
    expectValidStix(bundle);
    expect(unresolvedRefs(bundle)).toEqual([]);
    const sightings = bundle.objects.filter((o) => o.type === 'sighting');
    expect(sightings).toHaveLength(3);
    const indicatorOf = new Map(bundle.objects.filter((o) => o.type === 'indicator').map((o) => [o.id, (o.external_references as { external_id: string }[])[0]!.external_id]));
    expect(sightings.map((s) => indicatorOf.get(s.sighting_of_ref as string)).sort()).toEqual(['FATF-HT18-03', 'FINCEN-HS14-S07', 'FINCEN-HT20-TY3']);
    for (const s of sightings) expect(s.object_marking_refs).toEqual([TLP2_IDS[report.sharing.tlp]]);
    // The report's observation IND-13 is "suspected" with medium confidence: 50 on the STIX scale.
    expect(sightings.map((s) => s.confidence).sort()).toEqual([50, 85, 85]);
    const identity = bundle.objects.find((o) => o.id === sightings[0]!.where_sighted_refs!.toString())!;
    expect(identity).toMatchObject({ type: 'identity', identity_class: 'class' });
  });

  it('names the reporting organisation when asked, and keeps sighting ids stable across exports', async () => {
    const file = join(dir, 'one.ndjson');
    writeFileSync(file, `${JSON.stringify(createAlertMessage(report, 'IND-1'))}\n`);
    const a = await stix(file, '--reporter', 'Synthetic Bank plc', '--timestamp', '2026-03-01T00:00:00Z');
    const b = await stix(file, '--timestamp', '2026-04-01T00:00:00Z');
    expectValidStix(a);
    expect(a.objects.find((o) => o.type === 'identity' && o.name === 'Synthetic Bank plc')).toMatchObject({ identity_class: 'organization' });
    expect(a.objects.find((o) => o.type === 'sighting')!.id).toBe(b.objects.find((o) => o.type === 'sighting')!.id);
  });

  it('exports the alerts of a real synth → detect run, with the evidence keys the alerts carry and nothing else', async () => {
    const data = join(dir, 'synth');
    expect((await htfds('synth', '--out', data, '--customers', '300', '--months', '3', '--seed', 'stix-test')).code).toBe(0);
    const alertsFile = join(dir, 'detected.ndjson');
    const detect = await htfds('detect', data, '--out', alertsFile);
    // detect exits 1 when it found something, which it must have here.
    expect(detect.code, detect.stderr).toBe(1);
    const messages = readFileSync(alertsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { headers: { tlp: string }; payload: { recordId: string; detection: { transactions: string[]; accounts: string[]; unverifiedIndicator: boolean } } });
    expect(messages.length).toBeGreaterThan(0);
    const bundle = await stix(alertsFile, '--timestamp', '2026-07-01T00:00:00Z');
    expectValidStix(bundle);
    expect(unresolvedRefs(bundle)).toEqual([]);
    const sightings = bundle.objects.filter((o) => o.type === 'sighting');
    expect(sightings).toHaveLength(messages.length);
    const evidence = new Set(messages.flatMap((m) => [...m.payload.detection.transactions, ...m.payload.detection.accounts]));
    for (const s of sightings) {
      for (const key of [...((s.x_htfds_evidence_transactions as string[]) ?? []), ...((s.x_htfds_evidence_accounts as string[]) ?? [])]) expect(evidence.has(key)).toBe(true);
      expect(s.object_marking_refs).toEqual([TLP2_IDS[messages[0]!.headers.tlp]]);
    }
    expect(sightings.filter((s) => s.x_htfds_unverified_indicator === true)).toHaveLength(messages.filter((m) => m.payload.detection.unverifiedIndicator).length);
  }, 120_000);
});

describe('htfds stix: unusable input', () => {
  it('exits 2 with one line naming the file and line of a message that is not an alert', async () => {
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, `${JSON.stringify(createAlertMessage(JSON.parse(readFileSync('examples/money-mule-operation.json', 'utf8')) as CaseReport, 'IND-1'))}\n{"headers": {"tlp": "TLP:PURPLE"}, "payload": {}}\n`);
    const r = await htfds('stix', file);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file} (line 2)`);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 for a line that is not JSON, a missing file, a bad TLP, and neither or both of --catalogue and files', async () => {
    const notJson = join(dir, 'not-json.ndjson');
    writeFileSync(notJson, 'hello\n');
    for (const args of [[notJson], [join(dir, 'missing.ndjson')], ['--catalogue', '--tlp', 'TLP:WHITE'], [], ['--catalogue', notJson], ['--catalogue', '--timestamp', 'yesterday']]) {
      const r = await htfds('stix', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
