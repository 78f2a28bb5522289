/**
 * The blank case report: every section and data point is there, answers that may be missing say "not asked"
 * (valid), and every place that needs a decision holds null, which the validator points at one by one.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadFieldModel } from '../generators/load-model.js';
import { blankCaseReport } from '../generators/forms/blank-json/generate-blank-json.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { isValid } from '../src/validate/finding.js';
import { valuesAt } from '../src/validate/paths.js';

const model = loadFieldModel('schema');
const blank = blankCaseReport(model);

/** JSON pointers of every null in a value. */
function nulls(value: unknown, pointer = ''): string[] {
  if (value === null) return [pointer];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${pointer}/${i}`));
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([k, v]) => nulls(v, `${pointer}/${k}`));
  return [];
}

/** The blank without its nulls and its lists of objects. */
function withoutDecisions(value: unknown): unknown {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || (Array.isArray(v) && v.some((item) => typeof item === 'object'))) continue;
    out[k] = withoutDecisions(v);
  }
  return out;
}

describe('blank case report', () => {
  test('has a place for every data point that is not deprecated', () => {
    for (const field of model.fields.filter((f) => !f.deprecated)) {
      expect(valuesAt(blank, field.path).length, field.path).toBe(1);
    }
  });

  test('answers that may be missing are "not asked"; the others are null; the schema version is this version', () => {
    for (const field of model.fields.filter((f) => !f.deprecated)) {
      const value = valuesAt(blank, field.path)[0]!.value;
      if (field.path === '/schemaVersion') expect(value).toBe(model.version);
      else expect(value, field.path).toEqual(field.acceptsMissing ? { missing: 'notAsked' } : null);
    }
  });

  test('the validator points at every null and at nothing else', () => {
    const findings = validateCaseReport(blank);
    const places = nulls(blank);
    expect(places.length).toBeGreaterThan(30);
    expect(places).toContain('/sharing/tlp');
    expect(new Set(findings.map((f) => f.path))).toEqual(new Set(places));
  });

  test('once the decisions are made, the "not asked" answers make a valid report', () => {
    const minimal = JSON.parse(readFileSync('examples/minimal.json', 'utf8')) as Record<string, Record<string, unknown>>;
    const filled = withoutDecisions(blank) as Record<string, Record<string, unknown>>;
    for (const [key, value] of Object.entries(minimal)) {
      filled[key] = typeof value === 'object' && !Array.isArray(value) ? { ...filled[key], ...value } : value;
    }
    const findings = validateCaseReport(filled);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(isValid(findings)).toBe(true);
  });
});
