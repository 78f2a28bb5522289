/**
 * Migrates reports written for an earlier version of the standard to the current one, applying the upgrade
 * steps declared as data next to each released snapshot (releases/<version>/upgrade.json), one release at a time.
 */
import runtimeModel from '../generated/runtime-model.js';
import { escapeToken, forEachAt, pointerTokens, valuesAt } from '../validate/paths.js';
import type { RuntimeUpgradeStep } from '../validate/runtime-model.js';

type Json = Record<string, unknown>;

export class UpgradeError extends Error {
  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(reason);
  }
}

const semver = (v: string) => v.split('.').map(Number);
const older = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

/** The objects holding a path's last property, and that property's name. */
function holders(report: unknown, path: string): { holder: Json; name: string }[] {
  const name = pointerTokens(path).at(-1)!;
  return valuesAt(report, path.slice(0, path.lastIndexOf('/')))
    .filter(({ value }) => isObject(value))
    .map(({ value }) => ({ holder: value as Json, name }));
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const isIndex = (token: string) => /^(0|[1-9]\d*)$/.test(token);

/** Every value at a path, with the list indexes its `*`s stood for. */
function matches(report: unknown, path: string): { indexes: number[]; value: unknown }[] {
  const found: { indexes: number[]; value: unknown }[] = [];
  forEachAt(report, path, (value, indexes) => found.push({ indexes: [...indexes], value }));
  return found;
}

/** The tokens of `path` with its `*`s replaced by `indexes`, in order. */
function concrete(path: string, indexes: readonly number[]): string[] {
  let next = 0;
  return pointerTokens(path).map((t) => (t === '*' ? String(indexes[next++]) : t));
}

/** The container that holds the last token of `tokens`, made (as objects, or lists before an index) where missing. */
function containerFor(report: Json, tokens: readonly string[]): Json | unknown[] | undefined {
  let node: Json | unknown[] = report;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const key: string | number = Array.isArray(node) ? Number(token) : token;
    if (Array.isArray(node) && !isIndex(token)) return undefined;
    let child = (node as Record<string | number, unknown>)[key];
    if (child === undefined) {
      child = isIndex(tokens[i + 1]!) ? [] : {};
      (node as Record<string | number, unknown>)[key] = child;
    }
    if (child === null || typeof child !== 'object') return undefined;
    node = child as Json | unknown[];
  }
  return node;
}

const pointerOf = (tokens: readonly string[]) => tokens.map((t) => `/${escapeToken(t)}`).join('');

/** Where field-level markings hold their JSON pointers into the report (as the rules read them). */
export const MARKING_POINTERS = '/sharing/fieldLevelTlp/*/path';

/**
 * A marking follows the data it protects: pointers at `from` or inside it now point at `to` (with `inside`, only
 * those inside it: a wrapped value's own place still holds it). Done by the moving steps themselves, so that no
 * step can leave a marking pointing at nothing, which would make the upgraded report invalid.
 */
function repointMarkings(report: Json, from: string, to: string, inside = false): void {
  repointAt(report, MARKING_POINTERS, from, to, inside);
}

/** Pointers held at `path` that are `from` or inside it are re-rooted at `to` (with `inside`, only those inside it). */
function repointAt(report: Json, path: string, from: string, to: string, inside = false): void {
  for (const { holder, name } of holders(report, path)) {
    const value = holder[name];
    if (typeof value === 'string' && ((!inside && value === from) || value.startsWith(`${from}/`))) holder[name] = to + value.slice(from.length);
  }
}

function applyStep(report: Json, step: RuntimeUpgradeStep, version: string, notCarried: UpgradeNote[]): void {
  switch (step.op) {
    case 'rename': {
      // Renames keep the structure: both paths have the same lists (*), and the value moves within each item.
      const target = pointerTokens(step.to).at(-1)!;
      const renamed = matches(report, step.from).map(({ indexes }) => concrete(step.from, indexes));
      for (const { holder, name } of holders(report, step.from)) {
        if (!Object.hasOwn(holder, name)) continue;
        holder[target] = holder[name];
        delete holder[name];
      }
      for (const from of renamed) repointMarkings(report, pointerOf(from), pointerOf([...from.slice(0, -1), target]));
      return;
    }
    case 'recode':
      for (const { holder, name } of holders(report, step.path)) {
        const value = holder[name];
        if (typeof value === 'string') holder[name] = step.codes[value] ?? value;
        else if (Array.isArray(value)) holder[name] = [...new Set(value.map((v) => (typeof v === 'string' ? (step.codes[v] ?? v) : v)))];
      }
      return;
    case 'remove':
      for (const { indexes } of matches(report, step.path)) {
        const tokens = concrete(step.path, indexes);
        notCarried.push({ path: pointerOf(tokens), reason: step.reason ?? `version ${version} has no place for it` });
      }
      for (const { holder, name } of holders(report, step.path)) delete holder[name];
      return;
    case 'default':
      for (const { holder, name } of holders(report, step.path)) if (!Object.hasOwn(holder, name)) holder[name] = structuredClone(step.value);
      return;
    case 'move': {
      // Collected first: moving while walking would let a value be visited twice.
      const found = matches(report, step.from).map(({ indexes, value }) => ({ from: concrete(step.from, indexes), to: concrete(step.to, indexes), value }));
      for (const { from, to, value } of found) {
        const source = containerFor(report, from);
        const target = containerFor(report, to);
        const last = to.at(-1)!;
        if (!isObject(source) || target === undefined || (Array.isArray(target) && !isIndex(last)) || (target as Record<string, unknown>)[last] !== undefined) {
          notCarried.push({ path: pointerOf(from), reason: `it could not be moved to ${pointerOf(to)}, which is taken` });
          continue;
        }
        (target as Record<string, unknown>)[last] = value;
        delete source[from.at(-1)!];
        repointMarkings(report, pointerOf(from), pointerOf(to));
      }
      return;
    }
    case 'wrap':
      for (const { indexes, value } of matches(report, step.path)) {
        if (isObject(value)) continue;
        const tokens = concrete(step.path, indexes);
        const holder = containerFor(report, tokens);
        if (holder === undefined) continue;
        (holder as Record<string, unknown>)[tokens.at(-1)!] = { [step.key]: value };
        repointMarkings(report, pointerOf(tokens), pointerOf([...tokens, step.key]), true);
      }
      return;
    case 'toList':
      for (const { holder, name } of holders(report, step.path)) {
        const value = holder[name];
        if (value !== undefined && value !== null && typeof value !== 'object') holder[name] = [value];
      }
      return;
    case 'repoint':
      repointAt(report, step.path, step.from, step.to);
      return;
    case 'idsWhere': {
      const ids = valuesAt(report, `${step.from}/*`)
        .map(({ value }) => value)
        .filter((item): item is Json => isObject(item) && typeof item.id === 'string' && step.values.includes(item[step.key] as string))
        .map((item) => item.id as string);
      if (ids.length === 0 || (step.single && ids.length !== 1)) return;
      // An empty list counts as absent: in 0.1.0 it meant "all the victims".
      const unset = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
      for (const { holder, name } of holders(report, step.path)) if (unset(holder[name])) holder[name] = step.single ? ids[0] : [...ids];
      return;
    }
  }
}

/** A value of the old report that the upgrade could not carry into the new version: where it was, and why (never the value). */
export interface UpgradeNote {
  path: string;
  reason: string;
}

/** The report migrated to the current version (a copy); reports already current are returned unchanged. */
export function upgradeReport(input: unknown): Json {
  return upgradeReportWithNotes(input).report;
}

/** The report migrated to the current version, with the account of the values it could not carry. */
export function upgradeReportWithNotes(input: unknown): { report: Json; notCarried: UpgradeNote[] } {
  return upgradeWithNotes(input, runtimeModel.releases, runtimeModel.version);
}

/** The report migrated to `current` with the given releases and their upgrade steps. */
export function upgradeWith(input: unknown, releases: readonly { version: string; steps?: RuntimeUpgradeStep[] }[], current: string): Json {
  return upgradeWithNotes(input, releases, current).report;
}

export function upgradeWithNotes(input: unknown, releases: readonly { version: string; steps?: RuntimeUpgradeStep[] }[], current: string): { report: Json; notCarried: UpgradeNote[] } {
  if (!isObject(input)) throw new UpgradeError('the report is not a JSON object', 'check the file');
  const report = structuredClone(input);
  const from = report.schemaVersion;
  if (typeof from !== 'string' || !/^\d+\.\d+\.\d+$/.test(from)) throw new UpgradeError('the report does not say which version it follows (schemaVersion)', 'add the schemaVersion it was written for');
  if (older(from, current) > 0) throw new UpgradeError(`the report is for version ${from}, newer than this toolkit's ${current}`, 'update the toolkit');
  const versions = [...releases.map((r) => r.version), current].filter((v, i, all) => all.indexOf(v) === i).sort(older);
  if (!versions.includes(from)) throw new UpgradeError(`version ${from} was never released`, `known versions: ${versions.join(', ')}`);
  const notCarried: UpgradeNote[] = [];
  const sorted = [...releases].sort((a, b) => older(a.version, b.version));
  for (const [i, release] of sorted.entries()) {
    if (older(release.version, from) < 0 || older(release.version, current) >= 0) continue;
    // The steps declared beside a release lead from it to the next version.
    const to = sorted[i + 1]?.version ?? current;
    for (const step of release.steps ?? []) applyStep(report, step, to, notCarried);
  }
  report.schemaVersion = current;
  return { report, notCarried };
}
