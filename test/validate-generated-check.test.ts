/**
 * The generated verdict checks against their references: the schema check (src/generated/check-case-report-schema.js)
 * against the precompiled Ajv validator, and the rules check (src/generated/check-case-report-rules.js) against the
 * rules' findings — the same verdict on every example, every invalid fixture, thousands of generated valid and
 * mutated reports, and reports broken on purpose for each rule; and validateCaseReport, which uses both checks,
 * gives exactly the findings the Ajv path gives.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { rulesVerdictModule } from '../generators/validators/generate-rules-verdict.js';
import { verdictModule } from '../generators/validators/generate-verdict.js';
import runtimeModel from '../src/generated/runtime-model.js';
import { isFullDate } from '../src/validate/fast-formats.js';
import { passesRules } from '../src/generated/check-case-report-rules.js';
import { passesSchema } from '../src/generated/check-case-report-schema.js';
import validateSchema from '../src/generated/validate-case-report.js';
import { ruleFindings, SHAPE_SAFE_RULES } from '../src/validate/rules.js';
import { schemaFindings } from '../src/validate/schema-findings.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { arbitraryReport } from './helpers/arbitrary-report.js';
import { applyPatch, type PatchOperation } from './helpers/json-patch.js';
import { mutateReport, seededRandom } from './helpers/mutate-report.js';
import { makeAjvValidator } from './helpers/schema-validators.js';

/**
 * validateCaseReport without the generated checks: Ajv decides, and its errors become the findings, with those of
 * the rules that also read a rejected report (references, date order) at places Ajv did not name.
 */
function referenceFindings(data: unknown) {
  if (validateSchema(data)) return ruleFindings(data as Record<string, unknown>);
  const schema = schemaFindings(validateSchema.errors ?? [], data);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return schema;
  const placed = new Set(schema.map((f) => f.path));
  return [...schema, ...SHAPE_SAFE_RULES.flatMap((rule) => rule(data as Record<string, unknown>)).filter((f) => !placed.has(f.path))];
}

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}`, 'utf8')) as unknown;
const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).sort();
const fixtures = readdirSync('test/fixtures/invalid').filter((f) => f.endsWith('.json')).sort().map((file) => {
  const fx = JSON.parse(readFileSync(`test/fixtures/invalid/${file}`, 'utf8')) as { base: string; patch: PatchOperation[] };
  return { file, report: applyPatch(example(`${fx.base}.json`), fx.patch) };
});
// A second, independent reference for verdicts: Ajv compiled from the bundled schema itself (plain enums, no Set keyword).
const bundledAjv = makeAjvValidator();

/** The rule codes the rules check has been seen to catch, against the rules' own findings. */
const caughtRuleCodes = new Set<string>();

/** Checks one report; returns Ajv's verdict. */
function compare(report: unknown): boolean {
  const valid = validateSchema(report) as boolean;
  expect(passesSchema(report)).toBe(valid);
  expect(bundledAjv(report).valid).toBe(valid);
  expect(validateCaseReport(report)).toEqual(referenceFindings(report));
  if (valid) {
    // The rules run on reports that passed the schema, and so does their verdict check.
    const findings = ruleFindings(report as Record<string, unknown>);
    expect(passesRules(report as Record<string, unknown>)).toBe(findings.length === 0);
    for (const { code } of findings) caughtRuleCodes.add(code);
  }
  return valid;
}

type Json = Record<string, any>;
const catalogueOf = (status: string) => Object.keys(runtimeModel.indicators).find((id) => runtimeModel.indicators[id] === status)!;
const [PROVISIONAL, DEPRECATED, WITHDRAWN] = ['provisional', 'deprecated', 'withdrawn'].map(catalogueOf);
/** Valid copies of an example that each break one rule (or draw one warning), to show the rules check catches each. */
function ruleBreakers(base: Json): Json[] {
  const edit = (change: (r: Json) => void) => {
    const copy = structuredClone(base);
    change(copy);
    return copy;
  };
  return [
    edit((r) => r.persons.push({ ...r.persons[0] })), // a duplicate identifier
    edit((r) => (r.transactions[0].fromRef = 'NO-SUCH-ID')),
    edit((r) => r.indicators[0].evidenceRefs?.push('NO-SUCH-ID')),
    edit((r) => ([r.exploitationStart, r.exploitationEnd] = ['2026-03', '2025-02'])),
    edit((r) => (r.transactions[0].date = '2099-01-01')),
    edit((r) => (r.indicators[0].indicatorId = 'FINCEN-HT20-Z99')),
    // An observed or suspected provisional (unverified) indicator draws a warning; a deprecated or withdrawn one too.
    edit((r) => Object.assign(r.indicators[0], { indicatorId: PROVISIONAL, status: 'observed' })),
    edit((r) => Object.assign(r.indicators[0], { indicatorId: PROVISIONAL, status: 'suspected' })),
    edit((r) => (r.indicators[0].indicatorId = DEPRECATED)),
    edit((r) => (r.indicators[0].indicatorId = WITHDRAWN)),
    edit((r) => (r.transactions[0].amount.currency = 'ANG')),
    edit((r) => (r.persons[0].identifiers = [{ ...(r.persons[0].identifiers?.[0] ?? {}), type: 'messagingHandle', platform: 'NoSuchApp' }])),
    edit((r) => (r.sharing.tlp = 'TLP:CLEAR')),
    edit((r) => (r.sharing.fieldLevelTlp = [{ path: '/persons/99', tlp: 'TLP:RED' }])),
    edit((r) => (r.sharing.fieldLevelTlp = [{ path: '/persons/0', tlp: 'TLP:GREEN' }])),
  ];
}

describe('generated verdict check', () => {
  test.each(examples)('example %s: valid, as Ajv says', (name) => {
    expect(compare(example(name))).toBe(true);
  });

  test.each(fixtures)('invalid fixture $file: rejected, with the findings of the Ajv path', ({ report }) => {
    expect(compare(report)).toBe(false);
  });

  const generated = fc.sample(arbitraryReport(), { numRuns: 1000, seed: 12 });

  test('1,000 generated valid reports: valid, as Ajv says, with the same findings', () => {
    for (const report of generated) expect(compare(report)).toBe(true);
  });

  test('mutated reports: the same verdict and findings as the Ajv path, on at least 1,000 invalid ones', () => {
    const random = seededRandom(2026);
    const bases = [...examples.map(example), ...generated.slice(0, 200)];
    let invalid = 0;
    let valid = 0;
    for (let i = 0; i < 1500; i++) {
      if (compare(mutateReport(bases[i % bases.length], random))) valid++;
      else invalid++;
    }
    expect(invalid).toBeGreaterThanOrEqual(1000);
    // Some edits leave a report valid (an optional field removed): those must agree too.
    expect(valid).toBeGreaterThan(0);
  });

  test('reports broken for each rule: the rules check clears none of them, and every rule code is caught', () => {
    let checked = 0;
    for (const name of examples.filter((n) => n !== 'minimal.json')) {
      for (const report of ruleBreakers(example(name) as Json)) if (compare(report)) checked++;
    }
    expect(checked).toBeGreaterThan(50);
    // Every code the rules can write with this schema (no field is deprecated yet).
    for (const code of ['id-duplicate', 'reference-unresolved', 'date-order', 'date-after-report', 'indicator-unknown', 'indicator-unverified', 'indicator-deprecated', 'indicator-withdrawn', 'code-deprecated', 'code-not-in-open-list', 'direct-identifier-in-open-report', 'field-marking-unresolved', 'field-marking-not-stricter']) {
      expect(caughtRuleCodes, code).toContain(code);
    }
  });

  test('values only JavaScript callers can pass: undefined properties, non-finite numbers, sparse lists', () => {
    const base = example('minimal.json') as Record<string, unknown>;
    expect(compare({ ...base, caseStatus: undefined })).toBe(true);
    expect(compare({ ...base, recordId: undefined })).toBe(false);
    expect(compare({ ...base, victimCountBand: Number.NaN })).toBe(false);
    expect(compare({ ...base, exploitationTypes: new Array(2) })).toBe(false);
    expect(compare([base])).toBe(false);
    expect(compare(null)).toBe(false);
    expect(compare('report')).toBe(false);
  });
});

describe('verdict generator', () => {
  const object = (extra: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties: { a: { type: 'string', ...extra } } });

  test('refuses any keyword it does not translate, instead of ignoring a constraint', () => {
    expect(() => verdictModule(object({ not: { const: 'x' } }))).toThrow(/keyword "not"/);
    expect(() => verdictModule({ type: 'object', properties: {}, additionalProperties: true })).toThrow(/allow other properties/);
    expect(() => verdictModule({ type: 'array', items: { type: 'object', properties: {}, additionalProperties: false }, uniqueItems: true })).toThrow(/uniqueItems over items that are not text/);
    expect(() => verdictModule(object({ format: 'no-such-format' }))).toThrow(/format "no-such-format"/);
    expect(() => verdictModule({ type: 'object', additionalProperties: false, properties: {}, required: ['a'] })).toThrow(/"a" is required .* but not a property/);
  });

  test('the fast date format gives ajv-formats\' verdict on every day of four centuries and on near misses', () => {
    const ajvDate = (fullFormats.date as { validate: (s: string) => boolean }).validate;
    const candidates = ['', '2024-1-01', '2024-01-1', '2024/01/01', '2024-01-01 ', ' 2024-01-01', '２０２４-01-01', '2024-01-0a', '+024-01-01', '-024-01-01', '2024-00-10', '2024-13-10', '2024-10-00', '2024-10-32', '0000-02-29', '9999-12-31', '2024-01-01T00:00:00Z'];
    for (let year = 1899; year <= 2301; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) candidates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
    let valid = 0;
    for (const s of candidates) {
      if (isFullDate(s) !== ajvDate(s)) expect.fail(`${JSON.stringify(s)}: ${isFullDate(s)}, ajv-formats says ${ajvDate(s)}`);
      if (ajvDate(s)) valid++;
    }
    expect(valid).toBe(403 * 365 + 97 + 2); // 1899–2301: 403 years, 97 of them leap years; and 0000-02-29, 9999-12-31
  });

  test('translates the schema HTFDS uses without complaint', () => {
    expect(verdictModule({ $defs: {}, ...object({ minLength: 1, maxLength: 3, pattern: '^[a-z]+$' }) })).toContain('export function passesSchema');
  });
});

describe('rules verdict generator', () => {
  test('a deprecated field and a withdrawn indicator, which this schema has none of yet, are not cleared', async () => {
    // The same runtime model, with a field deprecated and an indicator withdrawn.
    const model = structuredClone(runtimeModel);
    const field = model.fields.find((f) => f.path === '/transactions/*/timeOfDayBand')!;
    field.deprecated = { since: '9.9.9', reason: 'A synthetic deprecation made by this test.' };
    const base = example('bank-alert.json') as Json;
    for (const transaction of base.transactions) delete transaction.timeOfDayBand;
    const withdrawn = Object.keys(model.indicators).find((id) => !JSON.stringify(base).includes(`"${id}"`))!;
    model.indicators[withdrawn] = 'withdrawn';
    // In the repository (the ignored .cache/), where the module's imports of the library resolve as from src/generated/.
    mkdirSync('.cache', { recursive: true });
    const dir = mkdtempSync(join('.cache', 'rules-verdict-'));
    try {
      const source = rulesVerdictModule(model).replaceAll("from '../", `from '${relative(dir, resolve('src'))}/`);
      writeFileSync(join(dir, 'check.js'), source);
      const { passesRules: passes } = (await import(pathToFileURL(resolve(dir, 'check.js')).href)) as { passesRules: (r: Json) => boolean };
      expect(passes(base)).toBe(true);
      const report = structuredClone(base);
      report.transactions[1].timeOfDayBand = 'night';
      expect(passes(report)).toBe(false);
      const alert = structuredClone(base);
      alert.indicators[0].indicatorId = withdrawn;
      expect(passes(alert)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
