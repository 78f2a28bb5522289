/**
 * "No silent loss", command by command: the same filled template gives the same findings and the same exit code in
 * `import`, `validate`, `upgrade`, `anonymise` and `stats` — an extra sheet or CSV file (a warning), a value typed
 * in a heading row, a value under no heading, a CSV record with more fields than the header (errors). Synthetic data.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htfds } from './helpers/run-cli.js';
import { editSheet, rowsOf, writeFilledWorkbook } from './helpers/filled-workbook.js';
import { exportCsvPackage } from '../src/tabular/export-tabular.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-loss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A report the aggregate profile takes, so that `stats` counts it when nothing else is wrong.
const report = JSON.parse(readFileSync('examples/fishing.json', 'utf8')) as Record<string, unknown>;

/** Every command on one input: its exit code and everything it said. */
async function everyCommand(input: string) {
  return {
    import: await htfds('import', input, '--out', join(dir, `import-${Math.random()}.ndjson`)),
    validate: await htfds('validate', input),
    upgrade: await htfds('upgrade', input),
    anonymise: await htfds('anonymise', '--profile', 'internal', input),
    stats: await htfds('stats', '--threshold', '2', '--budget-file', join(dir, `budget-${Math.random()}.json`), input),
  };
}

describe('the same filled template, every command', () => {
  test('an extra sheet: a warning everywhere, exit 0, the report still goes through', async () => {
    const file = join(dir, 'extra-sheet.xlsx');
    await writeFilledWorkbook(file, { ...rowsOf(report), 'my notes': [{ note: 'synthetic note' }] });
    const runs = await everyCommand(file);
    for (const [name, r] of Object.entries(runs)) {
      expect(r.code, name).toBe(0);
      expect(`${r.stdout}${r.stderr}`, name).toContain('table-unknown');
    }
    expect(runs.anonymise.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('a value typed in a heading row and one under no heading: errors everywhere, exit 1, never a stack trace', async () => {
    const rows = rowsOf(report);
    const file = join(dir, 'heading.xlsx');
    await writeFilledWorkbook(file, { ...rows, case: [{ ...rows.case![0], '': 'synthetic stray value' }] });
    await editSheet(file, 'case', (sheet) => void (sheet.getCell(3, 2).value = 'synthetic value typed over a title'));
    const runs = await everyCommand(file);
    for (const [name, r] of Object.entries(runs)) {
      expect(r.code, name).toBe(1);
      expect(`${r.stdout}${r.stderr}`, name).toContain('heading-changed');
      expect(`${r.stdout}${r.stderr}`, name).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
    }
    // Where it says the cell, it names the sheet and row; the sharing commands do not repeat the importer's words.
    expect(runs.import.stdout).toContain('sheet "case", row 3, column B');
    expect(runs.validate.stdout).toContain('sheet "case", row 3, column B');
    expect(runs.anonymise.stderr).not.toContain('synthetic');
    // The value under no heading makes the report itself invalid, so the sharing commands refuse it.
    expect(runs.validate.stdout).toContain('cell-without-column');
    expect(runs.anonymise.stdout).toBe('');
  });

  test('a CSV package with an extra file and a record with more fields than the header', async () => {
    const folder = join(dir, 'csv');
    mkdirSync(folder);
    for (const f of exportCsvPackage([report])) writeFileSync(join(folder, f.path), f.content);
    writeFileSync(join(folder, 'notes.csv'), 'note\r\nsynthetic\r\n');
    const caseCsv = join(folder, 'case.csv');
    const text = readFileSync(caseCsv, 'utf8').trimEnd();
    writeFileSync(caseCsv, `${text},synthetic extra field\r\n`);
    const runs = await everyCommand(folder);
    for (const [name, r] of Object.entries(runs)) {
      expect(r.code, name).toBe(1);
      expect(`${r.stdout}${r.stderr}`, name).toContain('table-unknown');
    }
    expect(runs.import.stdout).toContain('cell-without-column');
    expect(runs.validate.stdout).toContain('cell-without-column');
    expect(runs.anonymise.stdout).toBe('');
  });
});
