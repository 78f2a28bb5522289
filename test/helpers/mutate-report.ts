/**
 * Breaks reports on purpose, for comparing validators: one to three random edits per copy (a value replaced by
 * one of another kind or a near miss, a property added or removed, a list item repeated, a value wrapped in a
 * list). Many edits make a report invalid, some leave it valid; both are useful when two validators must agree.
 * Deterministic for a seed. All data stays synthetic.
 */
type Node = Record<string, unknown> | unknown[];

/** A small seeded generator (mulberry32), so that a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that other values get replaced with: wrong kinds, near misses for codes, formats, limits and missing values. */
const REPLACEMENTS: unknown[] = [
  42, -1, 1.5, 0, Number.POSITIVE_INFINITY, true, false, null, '', ' ', 'x'.repeat(4001), 'not-a-code', 'forcedlabour', 'ForcedLabour',
  '2024-02-30', '2024-02-29', '2023-02-29', '2024-13', '2024-03', '2024-03-31T10:00:00Z', 'GB', 'gb', 'ZZ', 'USD', 'ANG', 'P1', 'P 1', 'A1',
  'constructor', '__proto__', 'ab'.repeat(32), 'AB'.repeat(32), '0.1.0', 'TLP:CLEAR', 'TLP:RED', '😀'.repeat(70),
  { missing: 'unknown' }, { missing: 'nope' }, { missing: 'unknown', extra: 1 }, {}, [], ['a', 'a'], [1],
  { amount: -5, currency: 'USD' }, { amount: 5 }, { amountBand: 'lt100' }, { amountBand: 'x' },
];
const NEW_KEYS = ['extra', 'Id', '__proto__', 'constructor', 'missing', 'amount', 'id'];

function nodes(value: unknown, out: { parent: Node; key: string | number }[] = []): { parent: Node; key: string | number }[] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ parent: value, key: i }), nodes(item, out)));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push({ parent: value as Node, key });
      nodes(item, out);
    }
  }
  return out;
}

function containers(value: unknown, out: Node[] = []): Node[] {
  if (value !== null && typeof value === 'object') {
    out.push(value as Node);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

/** Sets a key as own data (a "__proto__" key included, as JSON.parse makes it). */
function put(parent: Node, key: string | number, value: unknown): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A copy of `report` with one to three random edits. */
export function mutateReport(report: unknown, random: () => number): unknown {
  const copy = structuredClone(report);
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const all = nodes(copy);
    const kind = random();
    if (kind < 0.55 && all.length > 0) {
      const { parent, key } = pick(random, all);
      put(parent, key, structuredClone(pick(random, REPLACEMENTS)));
    } else if (kind < 0.7) {
      const objects = containers(copy).filter((c) => !Array.isArray(c));
      if (objects.length > 0) put(pick(random, objects), pick(random, NEW_KEYS), structuredClone(pick(random, REPLACEMENTS)));
    } else if (kind < 0.85) {
      const objects = containers(copy).filter((c): c is Record<string, unknown> => !Array.isArray(c) && Object.keys(c).length > 0);
      if (objects.length > 0) {
        const target = pick(random, objects);
        delete target[pick(random, Object.keys(target))];
      }
    } else if (kind < 0.93) {
      const lists = containers(copy).filter((c): c is unknown[] => Array.isArray(c) && c.length > 0);
      if (lists.length > 0) {
        const list = pick(random, lists);
        list.push(structuredClone(pick(random, list)));
      }
    } else if (all.length > 0) {
      const { parent, key } = pick(random, all);
      put(parent, key, [(parent as Record<string | number, unknown>)[key]]);
    }
  }
  return copy;
}
