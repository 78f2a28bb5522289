/** `htfds anonymise` and `htfds stats` as users run them. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-share-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = join(dir, 'group.key');
// A synthetic key of 32 bytes that look random (a key of one byte value repeated is refused).
writeFileSync(key, createHash('sha256').update('synthetic test key').digest());
const shortKey = join(dir, 'short.key');
writeFileSync(shortKey, 'secret');


describe('htfds anonymise', () => {
  test('tactical: writes NDJSON, refuses the TLP:RED example with a clear message, exit 1', async () => {
    const out = join(dir, 'tactical.ndjson');
    const r = await htfds('anonymise', '--profile', 'tactical', '--key-file', key, '--out', out, 'examples');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused 1 report\(s\), first at examples\/bank-alert\.json: the report is marked TLP:RED/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // Every example but the one marked TLP:RED, however many examples there are.
    const examples = readdirSync('examples').filter((f) => f.endsWith('.json'));
    expect(lines).toHaveLength(examples.length - 1);
    for (const report of lines) expect(['TLP:AMBER', 'TLP:AMBER+STRICT']).toContain(report.sharing.tlp);
  });

  test('reads filled templates too: a workbook exported from the examples is anonymised like the JSON', async () => {
    const book = join(dir, 'examples.xlsx');
    expect((await htfds('export', 'examples', '--to', 'xlsx', '--out', book)).code).toBe(0);
    const out = join(dir, 'from-workbook.ndjson');
    const r = await htfds('anonymise', '--profile', 'tactical', '--key-file', key, '--out', out, book);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused 1 report\(s\), first at .*examples\.xlsx\[\d+\]: the report is marked TLP:RED/);
    const fromJson = join(dir, 'from-json.ndjson');
    await htfds('anonymise', '--profile', 'tactical', '--key-file', key, '--out', fromJson, 'examples');
    const ids = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).recordId).sort();
    expect(ids(out)).toEqual(ids(fromJson));
  });

  test('a key shorter than 32 bytes is refused with exit 2, and the key never appears in the output', async () => {
    const r = await htfds('anonymise', '--profile', 'tactical', '--key-file', shortKey, 'examples/minimal.json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/short\.key: the key is shorter than 32 bytes/);
    expect(r.stderr + r.stdout).not.toContain('secret');
  });

  test('an unknown profile: exit 2 naming the profiles', async () => {
    const r = await htfds('anonymise', '--profile', 'public', 'examples/minimal.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no sharing profile "public".*aggregate, internal, tactical/);
  });
});

describe('htfds anonymise never quotes a report', () => {
  test('unknown keys, invalid values and markings on parts a report needs: refused one by one, exit 1, stderr names places only', async () => {
    const example = JSON.parse(readFileSync('examples/agriculture-labour-contractor.json', 'utf8'));
    delete example.sharing.fieldLevelTlp;
    const unknownKey = { ...example, MariaSurvivor447700900123: 'x' };
    const badValue = { ...example, persons: [{ ...example.persons[0], gender: 'Maria Survivor' }, ...example.persons.slice(1)] };
    const marked = { ...example, sharing: { ...example.sharing, fieldLevelTlp: [{ path: '/sharing', tlp: 'TLP:RED' }] } };
    const input = join(dir, 'hostile.ndjson');
    writeFileSync(input, [unknownKey, badValue, marked, example].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = await htfds('anonymise', '--profile', 'tactical', '--key-file', key, input);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/hostile\.ndjson:1: the report is not valid \(1 error\(s\), first unknown-field at \/ \(in a field the schema does not have\)\)/);
    expect(r.stderr).toMatch(/hostile\.ndjson:3: a part the report cannot do without is marked more strictly/);
    expect(r.stderr + r.stdout).not.toMatch(/Maria|447700900123/);
  });
});

describe('htfds stats', () => {
  test('differentially private counts: labels are codes, small counts hidden, the budget recorded before anything is shown', async () => {
    const ledger = join(dir, 'budget.json');
    const run = () => htfds('stats', '--epsilon', '1', '--budget', '2', '--budget-file', ledger, '--dataset', 'examples', '--threshold', '2', '--format', 'json', '--by', 'exploitationType,typology', 'examples');
    const first = await run();
    expect(first.code).toBe(1); // examples the aggregate profile refuses are left out, and said so
    const out = JSON.parse(first.stdout);
    expect(out.epsilon).toBe(1);
    expect(out.epsilonPerTable).toBe('1/3');
    for (const [name, cells] of Object.entries(out.tables) as [string, Record<string, number>][]) {
      const list = name === 'exploitationType' ? 'exploitationType' : 'typology';
      const codes = readFileSync(`schema/codelists/${list}.csv`, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]);
      for (const [code, count] of Object.entries(cells)) {
        expect(codes).toContain(code);
        expect(count).toBeGreaterThanOrEqual(2);
      }
    }
    expect(first.stderr).toMatch(/left out of the counts: the report is marked TLP:RED/);
    expect(first.stderr).toMatch(/privacy budget of data set "examples": ε 1 of 2 spent/);
    expect((await run()).code).toBe(1);
    const third = await run();
    expect(third.code).toBe(2);
    expect(third.stdout).toBe('');
    expect(third.stderr).toMatch(/would be overspent: ε 2 of 2 used, this release needs 1; nothing was released/);
    expect(JSON.parse(readFileSync(ledger, 'utf8')).datasets.examples.releases).toHaveLength(2);
  });

  test('a file that is not a ledger, and an ε out of range: exit 2, one line', async () => {
    const notLedger = join(dir, 'not-ledger.json');
    writeFileSync(notLedger, '{"a": 1}');
    const r = await htfds('stats', '--budget-file', notLedger, 'examples/minimal.json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/not-ledger\.json: is not an HTFDS privacy-budget ledger/);
    const e = await htfds('stats', '--epsilon', '-1', '--budget-file', join(dir, 'b2.json'), 'examples/minimal.json');
    expect(e.code).toBe(2);
    expect(e.stderr.trim().split('\n')).toHaveLength(1);
  });
});
