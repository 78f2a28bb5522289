/**
 * Invalid fixtures in the style of BODS: each is a valid example with one deliberate defect, and must give
 * exactly one error, with the expected keyword at the expected place. Both validators must reject it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyPatch, type PatchOperation } from './helpers/json-patch.js';
import { makeAjvValidator, makeHyperjumpValidator } from './helpers/schema-validators.js';
import { VALIDATION_CODES } from '../src/validate/finding.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';

interface InvalidFixture {
  description: string;
  base: string;
  patch: PatchOperation[];
  expectedError: { keyword: string; instancePath: string };
}

const DIR = 'test/fixtures/invalid';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const fixture = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as InvalidFixture;
    const base = JSON.parse(readFileSync(`examples/${fixture.base}.json`, 'utf8'));
    return { file, fixture, record: applyPatch(base, fixture.patch) };
  });

describe('invalid fixtures', () => {
  const ajv = makeAjvValidator();
  const hyperjumpReady = makeHyperjumpValidator();

  test('there are at least 40', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  test.each(fixtures)('$file gives exactly its one expected error', ({ fixture, record }) => {
    const verdict = ajv(record);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.map((e) => ({ keyword: e.keyword, instancePath: e.instancePath }))).toEqual([fixture.expectedError]);
  });

  test.each(fixtures)('$file is rejected by Hyperjump too', async ({ record }) => {
    const hyperjump = await hyperjumpReady;
    expect(hyperjump(record)).toBe(false);
  });

  test('every finding the runtime gives for them has a code of the published FindingCode union', () => {
    const codes = new Set(fixtures.flatMap(({ record }) => validateCaseReport(record).map((f) => f.code)));
    expect(codes.size).toBeGreaterThan(5);
    expect([...codes].filter((code) => !(VALIDATION_CODES as readonly string[]).includes(code) && !code.startsWith('schema-'))).toEqual([]);
  });

  test.each(fixtures)('$file is the base example plus a defect (the base itself is valid)', ({ fixture }) => {
    const base = JSON.parse(readFileSync(`examples/${fixture.base}.json`, 'utf8'));
    expect(ajv(base).valid).toBe(true);
    expect(fixture.description.length).toBeGreaterThan(10);
  });
});
