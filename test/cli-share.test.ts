/** `htfds anonymise` and `htfds stats` as users run them. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(lines).toHaveLength(10);
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

describe('htfds stats', () => {
  test('counts with small cells suppressed, and says what it suppressed on stderr', async () => {
    const r = await htfds('stats', '--k', '3', '--format', 'json', '--by', 'exploitationType,typology', 'examples');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.records).toBe(11);
    expect(out.dimensions.exploitationType.ForcedLabour).toBeGreaterThanOrEqual(3);
    for (const cells of Object.values(out.dimensions) as Record<string, number | string>[]) {
      for (const count of Object.values(cells)) expect(count === '<3' || (typeof count === 'number' && count >= 3)).toBe(true);
    }
    expect(r.stderr).toMatch(/suppressed: \d+ cell\(s\) under k=3/);
  });
});
