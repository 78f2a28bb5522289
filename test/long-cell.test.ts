/**
 * A very long cell, in a CSV package and in a workbook: import completes and gives the one finding it should
 * (`too-long`, placed on the cell), with the text kept whole. How time grows with the cell is measured in
 * bench/long-cell.ts; here the size only has to be far beyond any real cell. Synthetic text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateImported } from '../src/cli/import-command.js';
import type { ImportedRecord } from '../src/io/imported-record.js';
import { exportCsvPackage } from '../src/tabular/export-tabular.js';
import { importCsvPackage, importWorkbook } from '../src/tabular/import-tabular.js';
import { rowsOf, writeFilledWorkbook } from './helpers/filled-workbook.js';
import { longText } from './helpers/long-text.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A report with a short summary, whose cell the tests fill with the long text.
const report = { ...(JSON.parse(readFileSync('examples/minimal.json', 'utf8')) as Record<string, unknown>), narrativeSummary: 'short', narrativeRedacted: true };
const MB = 1024 * 1024;

async function validated(records: AsyncIterable<ImportedRecord>) {
  const out = [];
  for await (const r of records) out.push(validateImported(r));
  return out;
}

describe('a cell of 8 MB', () => {
  const text = longText(8 * MB);

  test('in a CSV package: read whole, one too-long finding on its line and column', async () => {
    const folder = join(dir, 'csv');
    mkdirSync(folder);
    for (const f of exportCsvPackage([report])) writeFileSync(join(folder, f.path), f.path === 'case.csv' ? f.content.replace('short', `"${text.replaceAll('"', '""')}"`) : f.content);
    const [result] = await validated(importCsvPackage(folder));
    expect((result!.record as { narrativeSummary: string }).narrativeSummary).toBe(text);
    expect(result!.all.map((f) => [f.code, f.path, f.place?.line, f.place?.field])).toEqual([['too-long', '/narrativeSummary', 2, 'narrativeSummary']]);
  });

  test('in a workbook: read whole, one too-long finding on its cell', { timeout: 120_000 }, async () => {
    const file = join(dir, 'long.xlsx');
    const rows = rowsOf(report);
    await writeFilledWorkbook(file, { ...rows, case: [{ ...rows.case![0], narrativeSummary: text }] });
    const [result] = await validated(importWorkbook(file));
    expect((result!.record as { narrativeSummary: string }).narrativeSummary).toBe(text.replaceAll('\r\n', '\n'));
    expect(result!.all.map((f) => [f.code, f.path, f.place?.sheet, f.place?.row])).toEqual([['too-long', '/narrativeSummary', 'case', 4]]);
  });
});
