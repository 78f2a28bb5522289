/** The country and currency code lists are complete and current against real ISO data shipped by others. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { readCsvTable } from '../src/io/csv.js';
import { ISO_3166_PACKAGE, isoCountryExtras, isoCurrencyDelta } from '../generators/model/iso-delta.js';

const require = createRequire(import.meta.url);
const codesOf = (list: string) => readCsvTable(readFileSync(`schema/codelists/${list}.csv`, 'utf8')).rows;

describe('ISO code lists', () => {
  test('country has every ISO 3166-1 alpha-2 code plus Kosovo, and nothing else', () => {
    const iso = (require(ISO_3166_PACKAGE) as { all(): { alpha2: string }[] }).all().map((c) => c.alpha2);
    expect(iso.length).toBe(249);
    const ours = codesOf('country').map((r) => r[0]);
    expect([...ours].sort()).toEqual([...iso, ...isoCountryExtras.map((c) => c.code)].sort());
  });

  test('currency has ISO 4217 list one plus the later changes; withdrawn codes are deprecated, not removed', () => {
    const listOne = (require('currency-codes/data') as { code: string }[]).map((c) => c.code);
    const rows = codesOf('currency');
    const ours = rows.map((r) => r[0]);
    const expected = new Set([...listOne, ...isoCurrencyDelta.added.map((a) => a.code), ...isoCurrencyDelta.withdrawn.map((w) => w.code)]);
    expect([...ours].sort()).toEqual([...expected].sort());
    const deprecated = rows.filter((r) => r[5] !== '').map((r) => r[0]);
    expect(deprecated.sort()).toEqual(isoCurrencyDelta.withdrawn.map((w) => w.code).sort());
    expect(ours).toContain('XCG');
  });

});
