/** `htfds validate` as a user runs it: a real process, real files, exit codes and one-line messages. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const minimal = readFileSync('examples/minimal.json', 'utf8');

describe('htfds validate', () => {
  test('valid examples: exit 0 and a summary', async () => {
    const r = await htfds('validate', 'examples');
    expect(r.code).toBe(0);
    const n = readdirSync('examples').filter((f) => f.endsWith('.json')).length;
    expect(r.stdout).toContain(`${n} reports in ${n} files: ${n} valid, 0 invalid.`);
  });

  test('an invalid report: exit 1, findings grouped by rule with places', async () => {
    const bad = JSON.parse(minimal);
    bad.exploitationTypes = ['ForcedLabor'];
    bad.reportingCountry = 'gb';
    const r = await htfds('validate', file('bad.json', JSON.stringify(bad)));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error code-unknown (2×)');
    expect(r.stdout).toContain('bad.json /exploitationTypes/0');
    expect(r.stdout).toContain('0 valid, 1 invalid');
  });

  test('NDJSON: one report per line, places by line, machine output with --format json', async () => {
    const bad = JSON.parse(minimal);
    delete bad.consent;
    const path = file('reports.ndjson', `${JSON.stringify(JSON.parse(minimal))}\n\n${JSON.stringify(bad)}\n`);
    const r = await htfds('validate', '--format', 'json', path);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 1, records: 2, valid: 1, invalid: 1, unusable: 0 });
    expect(out.findings).toEqual([expect.objectContaining({ line: 3, code: 'required-missing', path: '/consent', severity: 'error' })]);
  });

  const hostile: [string, string, string | Buffer, RegExp][] = [
    ['truncated JSON', 'truncated.json', minimal.slice(0, 200), /truncated\.json \(line \d+, column \d+\): the JSON ends too early/],
    ['an empty file', 'empty.json', '', /empty\.json: the file is empty/],
    ['a binary file', 'binary.json', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), /binary\.json: this looks like a binary file/],
    ['invalid UTF-8', 'latin1.json', Buffer.concat([Buffer.from('{\n"dataQualityNote": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]), /latin1\.json \(line 2\): the text is not valid UTF-8/],
    ['nesting 10,000 deep', 'deep.json', '['.repeat(10_000) + ']'.repeat(10_000), /deep\.json \(\/0\/0.*\): the data is nested more than 64 levels deep/],
    ['a 100 MB string on one NDJSON line', 'huge.ndjson', `{"dataQualityNote": "${'a'.repeat(100 * 1024 * 1024)}"}\n`, /huge\.ndjson \(line 1\): a report is larger than 16 MiB/],
  ];
  test.each(hostile)('%s: exit 2, one line naming the file and place, no stack trace', async (_what, name, content, expected) => {
    const r = await htfds('validate', file(name, content));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at |Error:/);
  });

  test('a missing file and a wrong option: exit 2 with a one-line message', async () => {
    const missing = await htfds('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/nope\.json: no such file or folder$/);
    const option = await htfds('validate', '--format', 'xml', 'examples');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/--format/);
  });
});
