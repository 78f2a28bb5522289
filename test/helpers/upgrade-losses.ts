/**
 * The oracle of the upgrade property test: where each value of an old report should be after the upgrade steps,
 * worked out value by value from the steps' paths (not by running them), and the values that are not there.
 *
 * Every leaf of the old report (a string, number, boolean or null, or an empty list or object, which says "none")
 * is followed through the steps: a rename or move rewrites the start of its pointer (the `*`s of `from` filling
 * those of `to`), a wrap puts it under the wrapping key and toList in a list, a recode or repoint changes its
 * value, a remove drops it; an empty list that idsWhere fills is carried by any list; a field-level marking
 * follows what a step moved, as the upgrade repoints it. It is carried when the new report holds the same value
 * at the pointer it ended at — each pointer claimed by one old value only, so that two values landing on one
 * place count as a loss — or, for an item of a recoded list of codes (recoding may merge two codes into one),
 * when that list holds the value. It is accounted for when a `notCarried` entry names one of the pointers it had
 * on the way. Anything else is a lost value.
 */
import { isDeepStrictEqual } from 'node:util';
import type { RuntimeUpgradeStep } from '../../src/validate/runtime-model.js';
import { MARKING_POINTERS, type UpgradeNote } from '../../src/upgrade/upgrade.js';

type Tokens = string[];

/**
 * The ops the oracle knows: the library's, and those of engineer A's branch (toList, repoint, idsWhere), spelt out
 * here so that this file compiles before and after the merge. An op it does not know fails the test, naming it.
 */
type Step =
  | RuntimeUpgradeStep
  | { op: 'toList'; path: string }
  | { op: 'repoint'; path: string; from: string; to: string }
  | { op: 'idsWhere'; path: string; from: string; key: string; values: string[]; single?: boolean };

interface Leaf {
  /** Where it was in the old report. */
  from: string;
  tokens: Tokens;
  value: unknown;
  /** Every pointer it had on the way, for the notCarried account. */
  history: string[];
  removed: boolean;
  /** An item of a recoded list: it is looked for anywhere in that list. */
  inRecodedList: boolean;
  /** An empty list that a step filled (in 0.1.0 an empty list of victims meant all of them): any list carries it. */
  filled: boolean;
}

const isIndex = (token: string) => /^(0|[1-9]\d*)$/.test(token);
const tokensOf = (pointer: string): Tokens => (pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~')));
const pointerOf = (tokens: readonly string[]) => tokens.map((t) => `/${t.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The leaves of a value: scalars, and empty lists and objects (which say "none" and must survive too). */
export function leavesOf(value: unknown, tokens: Tokens = []): { tokens: Tokens; value: unknown }[] {
  if (Array.isArray(value)) return value.length === 0 ? [{ tokens, value }] : value.flatMap((v, i) => leavesOf(v, [...tokens, String(i)]));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? [{ tokens, value }] : keys.flatMap((k) => leavesOf(value[k], [...tokens, k]));
  }
  return [{ tokens, value }];
}

/** The list indexes a path's `*`s stand for when `tokens` starts with the path; undefined when it does not. */
function prefixMatch(path: string, tokens: Tokens): { length: number; indexes: string[] } | undefined {
  const pattern = tokensOf(path);
  if (tokens.length < pattern.length) return undefined;
  const indexes: string[] = [];
  for (const [i, p] of pattern.entries()) {
    if (p === '*') {
      if (!isIndex(tokens[i]!)) return undefined;
      indexes.push(tokens[i]!);
    } else if (p !== tokens[i]) return undefined;
  }
  return { length: pattern.length, indexes };
}

/** `path` with its `*`s filled by `indexes`, in order. */
function filled(path: string, indexes: string[]): Tokens {
  let next = 0;
  return tokensOf(path).map((t) => (t === '*' ? indexes[next++]! : t));
}

/** A part of the report a step moved: field-level markings that point at it (or, with `inside`, into it) follow. */
interface Moved {
  from: string;
  to: string;
  inside: boolean;
}

function follow(leaf: Leaf, step: Step, moved: Map<string, Moved>): void {
  const remember = () => leaf.history.push(pointerOf(leaf.tokens));
  switch (step.op) {
    case 'rename':
    case 'move': {
      const match = prefixMatch(step.from, leaf.tokens);
      if (!match) return;
      const from = pointerOf(leaf.tokens.slice(0, match.length));
      leaf.history.push(from);
      const to = filled(step.to, match.indexes);
      moved.set(from, { from, to: pointerOf(to), inside: false });
      leaf.tokens = [...to, ...leaf.tokens.slice(match.length)];
      return;
    }
    case 'remove': {
      const match = prefixMatch(step.path, leaf.tokens);
      if (!match) return;
      leaf.history.push(pointerOf(leaf.tokens.slice(0, match.length)));
      leaf.removed = true;
      return;
    }
    case 'wrap': {
      const match = prefixMatch(step.path, leaf.tokens);
      if (!match) return;
      const at = leaf.tokens.slice(0, match.length);
      const rest = leaf.tokens.slice(match.length);
      // Objects are left as they are; a plain value or a list goes under the key.
      const isObjectThere = rest.length > 0 ? !isIndex(rest[0]!) : isPlainObject(leaf.value);
      if (isObjectThere) return;
      remember();
      moved.set(pointerOf(at), { from: pointerOf(at), to: pointerOf([...at, step.key]), inside: true });
      leaf.tokens = [...at, step.key, ...rest];
      return;
    }
    case 'recode': {
      const match = prefixMatch(step.path, leaf.tokens);
      if (!match || typeof leaf.value !== 'string') return;
      const rest = leaf.tokens.length - match.length;
      if (rest > 1 || (rest === 1 && !isIndex(leaf.tokens.at(-1)!))) return;
      leaf.value = step.codes[leaf.value] ?? leaf.value;
      if (rest === 1) leaf.inRecodedList = true;
      return;
    }
    case 'toList': {
      const match = prefixMatch(step.path, leaf.tokens);
      // A plain value becomes the first item of a list; lists and objects (missing values) stay as they are.
      if (!match || match.length !== leaf.tokens.length || leaf.value === null || typeof leaf.value === 'object') return;
      remember();
      leaf.tokens = [...leaf.tokens, '0'];
      return;
    }
    case 'repoint': {
      // A JSON pointer held as a value follows the data it points at.
      const match = prefixMatch(step.path, leaf.tokens);
      if (!match || match.length !== leaf.tokens.length || typeof leaf.value !== 'string') return;
      if (leaf.value === step.from || leaf.value.startsWith(`${step.from}/`)) leaf.value = step.to + leaf.value.slice(step.from.length);
      return;
    }
    case 'idsWhere': {
      const match = prefixMatch(step.path, leaf.tokens);
      if (match && match.length === leaf.tokens.length && Array.isArray(leaf.value) && leaf.value.length === 0) leaf.filled = true;
      return;
    }
    case 'default':
      return;
    default:
      throw new Error(`the upgrade property test does not know the op "${(step as { op: string }).op}": teach test/helpers/upgrade-losses.ts where it puts values`);
  }
}

function valueAt(report: unknown, tokens: Tokens): { found: boolean; value?: unknown } {
  let node = report;
  for (const t of tokens) {
    if (Array.isArray(node) && isIndex(t) && Number(t) < node.length) node = node[Number(t)];
    else if (isPlainObject(node) && Object.hasOwn(node, t)) node = node[t];
    else return { found: false };
  }
  return { found: true, value: node };
}

/**
 * Whether the value at a leaf's new place carries its old value: the same value; or, for an empty object or list,
 * which says only that it was there, an object or list again (a `default` step may have filled in a member).
 */
function carries(now: unknown, old: unknown): boolean {
  const empty = old !== null && typeof old === 'object' && Object.keys(old).length === 0;
  if (!empty) return isDeepStrictEqual(now, old);
  return now !== null && typeof now === 'object' && Array.isArray(now) === Array.isArray(old);
}

/** What the values of `old` became, followed through `steps`: one line per lost value, empty when none is lost. */
export function lostValues(old: Record<string, unknown>, upgraded: Record<string, unknown>, notCarried: readonly UpgradeNote[], steps: readonly Step[], current: string): string[] {
  const lost: string[] = [];
  if (upgraded.schemaVersion !== current) lost.push(`/schemaVersion is ${JSON.stringify(upgraded.schemaVersion)}, not ${current}`);
  const reported = new Set(notCarried.map((n) => n.path));
  const leaves: Leaf[] = leavesOf(old)
    .filter(({ tokens }) => pointerOf(tokens) !== '/schemaVersion')
    .map(({ tokens, value }) => ({ from: pointerOf(tokens), tokens, value, history: [pointerOf(tokens)], removed: false, inRecodedList: false, filled: false }));
  for (const step of steps) {
    const moved = new Map<string, Moved>();
    for (const leaf of leaves) if (!leaf.removed) follow(leaf, step, moved);
    // The upgrade repoints field-level markings at what a step moved, unless the move was refused (and reported).
    for (const leaf of leaves) {
      const match = prefixMatch(MARKING_POINTERS, leaf.tokens);
      if (leaf.removed || !match || match.length !== leaf.tokens.length || typeof leaf.value !== 'string') continue;
      for (const m of moved.values()) {
        const pointer = leaf.value as string;
        if (!reported.has(m.from) && ((!m.inside && pointer === m.from) || pointer.startsWith(`${m.from}/`))) leaf.value = m.to + pointer.slice(m.from.length);
      }
    }
  }

  const claimed = new Map<string, string>();
  for (const leaf of leaves) {
    // Reported by path, at one of the places it had, or inside one of them (a whole object removed).
    if (leaf.history.some((h) => [...reported].some((r) => h === r || h.startsWith(`${r}/`)))) continue;
    const to = pointerOf(leaf.tokens);
    if (leaf.removed) {
      lost.push(`${leaf.from}: removed at ${leaf.history.at(-1)} without a notCarried entry`);
      continue;
    }
    if (leaf.inRecodedList) {
      const list = valueAt(upgraded, leaf.tokens.slice(0, -1));
      if (!list.found || !Array.isArray(list.value) || !list.value.some((v) => isDeepStrictEqual(v, leaf.value))) lost.push(`${leaf.from}: ${JSON.stringify(leaf.value)} is not in the recoded list at ${pointerOf(leaf.tokens.slice(0, -1))}`);
      continue;
    }
    const there = valueAt(upgraded, leaf.tokens);
    if (leaf.filled && there.found && Array.isArray(there.value)) continue;
    if (!there.found) lost.push(`${leaf.from}: nothing at ${to}, where the steps put it`);
    else if (!carries(there.value, leaf.value)) lost.push(`${leaf.from}: ${to} holds ${JSON.stringify(there.value)?.slice(0, 80)}, not the old value ${JSON.stringify(leaf.value)?.slice(0, 80)}`);
    else if (claimed.has(to)) lost.push(`${leaf.from}: ${to} holds the value of ${claimed.get(to)} too; one of them overwrote the other`);
    else claimed.set(to, leaf.from);
  }
  return lost;
}

/** The steps an upgrade from `from` to `current` runs, in order (as upgradeWithNotes runs them). */
export function stepsFrom<S extends Step>(releases: readonly { version: string; steps?: readonly S[] }[], from: string, current: string): S[] {
  const order = (v: string) => v.split('.').map((n) => n.padStart(6, '0')).join('.');
  return [...releases]
    .filter((r) => order(r.version) >= order(from) && order(r.version) < order(current))
    .sort((a, b) => order(a.version).localeCompare(order(b.version)))
    .flatMap((r) => r.steps ?? []);
}
