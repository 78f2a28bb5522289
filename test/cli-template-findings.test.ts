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

  test('a value typed in a heading row alone makes the report invalid in every command, as a value under no heading does', async () => {
    const rows = rowsOf(report);
    // Text in cell D2 of countriesInvolved (its section-heading row), and nothing else wrong.
    const heading = join(dir, 'heading-only.xlsx');
    await writeFilledWorkbook(heading, rows);
    await editSheet(heading, 'countriesInvolved', (sheet) => void (sheet.getCell(2, 4).value = 'synthetic text typed over a heading'));
    // For comparison: a value under no heading, and nothing else wrong.
    const noColumn = join(dir, 'no-column-only.xlsx');
    await writeFilledWorkbook(noColumn, { ...rows, case: [{ ...rows.case![0], '': 'synthetic stray value' }] });

    const verdicts = async (input: string) => {
      const upgraded = join(dir, `upgraded-${Math.random()}.ndjson`);
      const runs = {
        import: await htfds('import', input, '--out', join(dir, `import-${Math.random()}.ndjson`)),
        validate: await htfds('validate', input),
        upgrade: await htfds('upgrade', input, '--out', upgraded),
        anonymise: await htfds('anonymise', '--profile', 'aggregate', input),
        stats: await htfds('stats', '--threshold', '2', '--budget-file', join(dir, `budget-${Math.random()}.json`), input),
      };
      return {
        runs,
        upgradedText: readFileSync(upgraded, 'utf8'),
        summary: {
          codes: Object.fromEntries(Object.entries(runs).map(([name, r]) => [name, r.code])),
          import: runs.import.stdout.trim().split('\n').at(-1),
          validate: runs.validate.stdout.trim().split('\n').at(-1),
          upgrade: runs.upgrade.stderr.trim().split('\n').at(-1),
          anonymise: [runs.anonymise.stdout, runs.anonymise.stderr.trim().split('\n').at(-1)],
          // The first error's code is named in the sharing commands' refusals; compared apart.
          stats: runs.stats.stderr.split('\n').filter((l) => l.includes('left out of the counts')).map((l) => l.replace(/first [a-z-]+ at/, 'first <code> at')),
        },
      };
    };
    const typed = await verdicts(heading);
    expect(typed.summary).toEqual({
      codes: { import: 1, validate: 1, upgrade: 1, anonymise: 1, stats: 1 },
      import: '1 report from 1 input: 0 valid, 1 invalid.',
      validate: '1 report in 1 file: 0 valid, 1 invalid.',
      upgrade: '0 report(s) upgraded to 0.2.0, 1 not.',
      anonymise: ['', '0 report(s) shared under the aggregate profile, 1 refused.'],
      stats: ['htfds: 1 report(s) left out of the counts: the report is not valid (1 error(s), first <code> at /)'],
    });
    expect(typed.upgradedText).toBe('');
    expect(typed.runs.import.stdout).toContain('error heading-changed at');
    expect(typed.runs.stats.stderr).toContain('first heading-changed at /');
    expect(typed.runs.anonymise.stderr).toContain('first heading-changed at /');
    expect(typed.runs.upgrade.stderr).toContain('(heading-changed at');
    expect(typed.runs.import.stdout).toContain('sheet "countriesInvolved", row 2, column D');
    for (const r of Object.values(typed.runs)) expect(`${r.stdout}${r.stderr}`).not.toContain('synthetic text');
    // The same verdicts as for a value under no heading.
    expect((await verdicts(noColumn)).summary).toEqual(typed.summary);
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
