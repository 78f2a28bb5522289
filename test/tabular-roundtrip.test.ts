/**
 * Export is the exact inverse of import: any valid report (generated from the schema, synthetic) written to a
 * workbook or a CSV package by `export` reads back deep-equal, with its missing values and their reasons,
 * empty lists and sections, several values per cell, awkward and non-ASCII text, in the real files.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ImportedRecord } from '../src/io/imported-record.js';
import { exportCsvPackage, exportWorkbook, ExportRefused } from '../src/tabular/export-tabular.js';
import { importCsvPackage, importWorkbook } from '../src/tabular/import-tabular.js';
import { arbitraryReport, arbitraryReports } from './helpers/arbitrary-report.js';
import { applyPatch, type PatchOperation } from './helpers/json-patch.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function collect(records: AsyncIterable<ImportedRecord>): Promise<ImportedRecord[]> {
  const out: ImportedRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

async function viaWorkbook(reports: unknown[]): Promise<ImportedRecord[]> {
  const file = join(dir, `r${n++}.xlsx`);
  writeFileSync(file, await exportWorkbook(reports));
  try {
    return await collect(importWorkbook(file));
  } finally {
    rmSync(file);
  }
}

async function viaCsv(reports: unknown[]): Promise<ImportedRecord[]> {
  const folder = join(dir, `p${n++}`);
  mkdirSync(folder);
  for (const file of exportCsvPackage(reports)) writeFileSync(join(folder, file.path), file.content);
  try {
    return await collect(importCsvPackage(folder));
  } finally {
    rmSync(folder, { recursive: true });
  }
}

const RUNS = 200;
const examples = readdirSync('examples').map((f) => JSON.parse(readFileSync(join('examples', f), 'utf8')) as unknown);

describe.each([
  ['workbook', viaWorkbook],
  ['CSV package', viaCsv],
] as const)('round trip through a %s', (_, via) => {
  test(`any valid report → export → import gives the same report (${RUNS} generated reports)`, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const back = await via([report]);
        expect(back).toHaveLength(1);
        expect(back[0]!.findings).toEqual([]);
        expect(back[0]!.record).toStrictEqual(report);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  test('several reports in one file come back in order, each with its own rows', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReports({ maxReports: 4, maxItems: 2 }), async (reports) => {
        const back = await via(reports);
        expect(back.map((r) => r.record)).toStrictEqual(reports);
        expect(back.flatMap((r) => r.findings)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  test('the example reports come back the same, all in one file', async () => {
    const back = await via(examples);
    expect(back.map((r) => r.record)).toStrictEqual(examples);
  });
});

describe('invalid reports, exported for correction by a colleague', () => {
  test('come back exactly as they were, with import naming the problems, or are refused with the pointer of what has no place', async () => {
    const fixtures = readdirSync('test/fixtures/invalid').map((f) => JSON.parse(readFileSync(join('test/fixtures/invalid', f), 'utf8')) as { base: string; patch: PatchOperation[] });
    let exported = 0;
    for (const fixture of fixtures) {
      const report = applyPatch(JSON.parse(readFileSync(join('examples', `${fixture.base}.json`), 'utf8')), fixture.patch);
      let back: ImportedRecord[];
      try {
        back = await viaWorkbook([report]);
      } catch (error) {
        expect(error).toBeInstanceOf(ExportRefused);
        expect((error as ExportRefused).problems[0]!.path).not.toBe('');
        continue;
      }
      expect(back.map((r) => r.record)).toStrictEqual([report]);
      exported++;
    }
    // Only what no column can hold is refused: unknown fields, a required section left out, a value of the wrong shape.
    expect(exported).toBeGreaterThanOrEqual(fixtures.length - 8);
  });
});
