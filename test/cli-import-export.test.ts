/** `htfds export` and `htfds import` as a user runs them: real processes, real files, exit codes and placed findings. Synthetic data only. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeFilledWorkbook, rowsOf } from './helpers/filled-workbook.js';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-cli-tabular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const examples = readdirSync('examples').sort().map((f) => JSON.parse(readFileSync(join('examples', f), 'utf8')) as Record<string, unknown>);
const ndjson = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as unknown);

describe('htfds export and import', () => {
  test('examples → workbook → reports: the same reports, exit 0', async () => {
    const book = join(dir, 'examples.xlsx');
    const exported = await htfds('export', 'examples', '--to', 'xlsx', '--out', book);
    expect(exported).toMatchObject({ code: 0, stdout: `${examples.length} reports written to ${book}\n` });
    const imported = await htfds('import', book);
    expect(imported.code).toBe(0);
    expect(ndjson(imported.stdout)).toStrictEqual(examples);
    expect(imported.stderr).toBe(`${examples.length} reports from 1 input: ${examples.length} valid, 0 invalid.\n`);
  });

  test('examples → CSV package → reports, written to a JSON file', async () => {
    const folder = join(dir, 'package');
    expect((await htfds('export', 'examples', '--to', 'csv', '--out', folder)).code).toBe(0);
    expect(readdirSync(folder)).toContain('datapackage.json');
    const out = join(dir, 'back.json');
    const imported = await htfds('import', folder, '--out', out);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toStrictEqual(examples);
    expect(imported.stdout).toContain(`${examples.length} reports from 1 input: ${examples.length} valid, 0 invalid.`);
  });

  test('an invalid workbook: exit 1, one line per problem with sheet, row, column and JSON pointer', async () => {
    const minimal = JSON.parse(readFileSync('examples/minimal.json', 'utf8'));
    const book = join(dir, 'filled.xlsx');
    await writeFilledWorkbook(book, { ...rowsOf(minimal), persons: [{ id: 'P1', personRole: 'victim', dateOfBirth: '31/12/1990', gender: 'Synthetic Name' }] });
    const r = await htfds('import', book, '--out', join(dir, 'filled.ndjson'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error date-format at ${book}, sheet "persons", row 4, column C (dateOfBirth) [/persons/0/dateOfBirth]: “Date of birth” must be a date written YYYY-MM-DD.`);
    expect(r.stdout).toMatch(new RegExp(`error code-unknown at ${book.replaceAll('.', '\\.')}, sheet "persons", row 4, column D \\(gender\\) \\[/persons/0/gender\\]`));
    expect(r.stdout).not.toContain('Synthetic Name');
    expect(r.stdout).toMatch(/1 report from 1 input: 0 valid, 1 invalid\./);
    const json = await htfds('import', book, '--format', 'json', '--out', join(dir, 'filled.ndjson'));
    const out = JSON.parse(json.stdout);
    expect(out.summary).toEqual({ inputs: 1, reports: 1, valid: 0, invalid: 1, unusable: 0 });
    expect(out.reports[0].findings).toContainEqual(expect.objectContaining({ code: 'date-format', path: '/persons/0/dateOfBirth', place: { file: book, sheet: 'persons', row: 4, column: 'C', field: 'dateOfBirth' } }));
  });

  test('unusable input: exit 2 and one line, no stack trace', async () => {
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'not a workbook');
    const r = await htfds('import', text, join(dir, 'missing-folder'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`htfds: ${text}: this is not an Excel workbook (.xlsx)`);
    expect(r.stderr).toContain(`htfds: ${join(dir, 'missing-folder')}: no such file or folder`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('export refuses reports that would not read back the same, and writes nothing', async () => {
    const odd = join(dir, 'odd.json');
    writeFileSync(odd, JSON.stringify({ ...examples[0], extra: { nested: true } }));
    const out = join(dir, 'odd.xlsx');
    const r = await htfds('export', odd, '--to', 'xlsx', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error at ${odd} [/extra]: This value cannot be written to the templates`);
    expect(existsSync(out)).toBe(false);
  });
});
