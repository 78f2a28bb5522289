// What happens to each data point of a report when it is prepared for sharing: the report as it is and as it will
// be shared, side by side, value by value.

const escape = (key) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every value of a report by its JSON pointer; a list of codes or texts counts as one value. */
export function leaves(value, pointer = '', out = new Map()) {
  if (value === null || typeof value !== 'object') {
    out.set(pointer, value);
  } else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    out.set(pointer, value.length === 0 ? '(none)' : value.join('; '));
  } else if (Object.keys(value).length === 0) {
    out.set(pointer, Array.isArray(value) ? '(none)' : '(empty)');
  } else {
    for (const [k, v] of Object.entries(value)) leaves(v, `${pointer}/${escape(k)}`, out);
  }
  return out;
}

/** What became of a data point, in words for the page. */
export const OUTCOMES = {
  kept: 'Shared as it is',
  changed: 'Shared, changed',
  hashed: 'Replaced by a keyed hash',
  banded: 'Replaced by a band',
  removed: 'Removed',
  added: 'Added for the recipient',
};

/**
 * One row per data point: its pointer, the value in the report, the value that will be shared, and what
 * happened (a key of OUTCOMES). Values the anonymiser adds (keyed hashes, bands, the key's name) are matched to
 * what they replace where the field names say so, and listed as added otherwise.
 */
export function compareReports(before, after) {
  const was = leaves(before);
  const now = leaves(after);
  const used = new Set();
  const rows = [];
  const replaced = (pointer) => {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    const name = pointer.slice(pointer.lastIndexOf('/') + 1);
    if (now.has(`${pointer}Hmac`)) return { at: `${pointer}Hmac`, outcome: 'hashed' };
    if (name === 'dateOfBirth' && now.has(`${parent}/ageBand`) && !was.has(`${parent}/ageBand`)) return { at: `${parent}/ageBand`, outcome: 'banded' };
    if (name === 'amount' && now.has(`${parent}/amountBand`) && !was.has(`${parent}/amountBand`)) return { at: `${parent}/amountBand`, outcome: 'banded' };
    return undefined;
  };
  for (const [pointer, value] of was) {
    if (now.has(pointer)) {
      used.add(pointer);
      rows.push({ pointer, before: value, after: now.get(pointer), outcome: now.get(pointer) === value ? 'kept' : 'changed' });
      continue;
    }
    const instead = replaced(pointer);
    if (instead) {
      used.add(instead.at);
      rows.push({ pointer, before: value, after: now.get(instead.at), outcome: instead.outcome });
    } else rows.push({ pointer, before: value, after: undefined, outcome: 'removed' });
  }
  for (const [pointer, value] of now) if (!used.has(pointer)) rows.push({ pointer, before: undefined, after: value, outcome: 'added' });
  return rows;
}

/** Counts of rows per outcome, in the order of OUTCOMES. */
export function outcomeCounts(rows) {
  return Object.keys(OUTCOMES)
    .map((outcome) => ({ outcome, count: rows.filter((r) => r.outcome === outcome).length }))
    .filter((c) => c.count > 0);
}
