/** The report generator other property tests rely on: every report it makes is valid, and it reaches every part of the schema. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { currentLayout } from '../src/tabular/current-layout.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { valuesAt } from '../src/validate/paths.js';
import { arbitraryReport, arbitraryReports } from './helpers/arbitrary-report.js';

describe('arbitraryReport', () => {
  test('every generated report passes validateCaseReport', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        expect(validateCaseReport(report).filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('over a few hundred reports, every list of objects gets items and most data points get values', () => {
    const reports = fc.sample(arbitraryReport(), { numRuns: 300, seed: 1 });
    for (const table of currentLayout.tables.filter((t) => t.parent !== undefined)) {
      const path = `${table.path}/*`;
      expect(reports.some((r) => valuesAt(r, path).length > 0), table.key).toBe(true);
    }
    const fields = [...new Set(currentLayout.tables.flatMap((t) => t.columns.map((c) => c.field)).filter(Boolean))];
    const reached = fields.filter((f) => reports.some((r) => valuesAt(r, f).length > 0));
    expect(reached.length / fields.length).toBeGreaterThan(0.95);
  });

  test('several reports have distinct record identifiers', () => {
    fc.assert(
      fc.property(arbitraryReports({ maxReports: 5 }), (reports) => {
        expect(new Set(reports.map((r) => r.recordId)).size).toBe(reports.length);
      }),
      { numRuns: 20 },
    );
  });
});
