/**
 * A key given twice, or a `__proto__` key, in a report's JSON: every command that reads reports treats it the same
 * way — a finding placed by file, line and JSON pointer, and the report is not used — and nothing else is lost.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const minimal = JSON.parse(readFileSync('examples/minimal.json', 'utf8')) as Record<string, unknown>;
// Synthetic: the minimal example on line 2 with its country given twice, between two clean copies.
const line = JSON.stringify(minimal);
const twice = line.replace('"reportingCountry":', '"reportingCountry":"GB","reportingCountry":');
const input = join(dir, 'reports.ndjson');
writeFileSync(input, `${line}\n${twice}\n${line}\n`);

describe('a key given twice', () => {
  test('validate: a key-duplicate finding at file:line and pointer, the other reports valid, exit 1', async () => {
    const r = await htfds('validate', '--format', 'json', input);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ records: 3, valid: 2, invalid: 1, unusable: 0 });
    expect(out.findings).toEqual([expect.objectContaining({ line: 2, code: 'key-duplicate', path: '/reportingCountry', severity: 'error' })]);
  });

  test('upgrade, anonymise and stats refuse that report and name its place; the others go through', async () => {
    const upgrade = await htfds('upgrade', input);
    expect(upgrade.code).toBe(1);
    expect(upgrade.stdout.trim().split('\n')).toHaveLength(2);
    expect(upgrade.stderr).toContain(`${input}:2: after upgrading, 1 error(s) remain, first at /reportingCountry`);

    const anonymise = await htfds('anonymise', '--profile', 'internal', input);
    expect(anonymise.code).toBe(1);
    expect(anonymise.stdout.trim().split('\n')).toHaveLength(2);
    expect(anonymise.stderr).toContain(`refused 1 report(s), first at ${input}:2: the report is not valid (1 error(s), first key-duplicate at /reportingCountry)`);

    const stats = await htfds('stats', '--threshold', '2', '--budget-file', join(dir, 'budget.json'), input);
    expect(stats.code).toBe(1);
    expect(stats.stderr).toContain('1 report(s) left out of the counts: the report is not valid (1 error(s), first key-duplicate at /reportingCountry)');
    for (const r of [upgrade, anonymise, stats]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('in a pretty-printed JSON array, the finding names the report and the line of the text', async () => {
    const path = join(dir, 'pretty.json');
    writeFileSync(path, JSON.stringify([minimal, minimal], null, 2).replace(/("recordId": "[^"]+",)(?![\s\S]*"recordId")/, '$1\n    "recordId": "x",'));
    const r = await htfds('validate', path);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error key-duplicate \(1×\): This key is given more than once in the same object \(again at line \d+, column 5 of the text\)/);
    expect(r.stdout).toContain(`at ${path}[1] /recordId`);
  });
});

describe('a __proto__ key', () => {
  test('is a placed finding in validate, and no command turns it into a prototype', async () => {
    const path = join(dir, 'proto.ndjson');
    writeFileSync(path, `${line.replace('{', '{"__proto__":{"isAdmin":true},')}\n`);
    const validate = await htfds('validate', path);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('error key-not-allowed');
    expect(validate.stdout).toContain(`at ${path}:1 /__proto__`);
    const anonymise = await htfds('anonymise', '--profile', 'internal', path);
    expect(anonymise.code).toBe(1);
    expect(anonymise.stdout).toBe('');
    expect(anonymise.stderr).toContain('the report is not valid (1 error(s), first key-not-allowed at / (in a field the schema does not have))');
  });
});
