/**
 * The band a number falls in, read from a band code list itself (amountBand: lt100, 100-499, …, ge1000000;
 * ageBand: 0-8, …, 48+), so that the anonymiser never keeps a copy of the bands.
 */
import runtimeModel from '../generated/runtime-model.js';

/** The lowest value a band code covers: lt100 → −∞, 100-499 → 100, 48+ → 48, ge1000000 → 1000000. */
function lowerBound(code: string): number | undefined {
  if (/^lt\d+$/.test(code)) return -Infinity;
  const match = /^(?:ge)?(\d+)(?:-\d+|\+)?$/.exec(code);
  return match ? Number(match[1]) : undefined;
}

const bounds = new Map<string, [number, string][]>();

/** The code of the band of `list` that holds `value`, or undefined when none does. */
export function bandFor(list: string, value: number): string | undefined {
  let table = bounds.get(list);
  if (!table) {
    table = Object.keys(runtimeModel.codelists[list]?.codes ?? {})
      .map((code) => [lowerBound(code), code] as [number | undefined, string])
      .filter((entry): entry is [number, string] => entry[0] !== undefined)
      .sort((a, b) => a[0] - b[0]);
    bounds.set(list, table);
  }
  return table.filter(([lower]) => lower <= value).at(-1)?.[1];
}

/** Whether a code list is a list of numeric bands (every code a band: 0-8, 48+, lt100, ge1000000). */
export function isBandList(list: string): boolean {
  const codes = Object.keys(runtimeModel.codelists[list]?.codes ?? {});
  return codes.length > 0 && codes.every((code) => lowerBound(code) !== undefined);
}

/** Whole years from a date of birth (YYYY-MM-DD) to a date (or a month, read as its first day); undefined when it is not after the birth. */
export function ageOn(dateOfBirth: string, onDate: string): number | undefined {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && (d ?? 1) < bd) ? 1 : 0);
  return Number.isFinite(age) && age >= 0 ? age : undefined;
}
