/**
 * Small-group protection before an aggregate release: every combination of the quasi-identifiers the release
 * keeps (every data point the schema marks x-quasiIdentifier) must be shared by at least k distinct people —
 * reports that may describe the same person or case count once (src/share/identity-clusters.ts). Reports in
 * smaller groups have their quasi-identifiers generalised (dates to the year) or suppressed, in the profile's
 * order, until no small group is left; a report that still stands out when everything is suppressed is withheld.
 * A value derived from another (a retention date) is generalised and suppressed with its source.
 */
import runtimeModel from '../generated/runtime-model.js';
import { fieldsByPath } from '../validate/model-index.js';
import { isMissingValue, valuesAt } from '../validate/paths.js';

type Json = Record<string, unknown>;
export type QiAction = 'year' | 'suppress';

const isDateLike = (path: string) => ['date', 'yearMonth'].includes(fieldsByPath.get(path)?.kind ?? '');
/** A required value that cannot be a missing value, outside any list, cannot be suppressed (e.g. the reporting country). */
const suppressible = (path: string) => {
  const field = fieldsByPath.get(path);
  return field !== undefined && (field.acceptsMissing || !field.required || path.includes('/*/'));
};
/** Data points derived from each quasi-identifier. */
const DERIVED = new Map<string, string[]>();
for (const f of runtimeModel.fields) if (f.derivedFrom) DERIVED.set(f.derivedFrom, [...(DERIVED.get(f.derivedFrom) ?? []), f.path]);

/** The value of each quasi-identifier of a report, as one comparable string each. */
export function quasiIdentifierValues(report: unknown, paths: readonly string[]): string[] {
  return paths.map((path) =>
    valuesAt(report, path)
      .flatMap(({ value }) => (Array.isArray(value) ? value : [value]))
      .map((v) => (isMissingValue(v) ? 'missing' : JSON.stringify(v)))
      .sort()
      .join('|'),
  );
}

export interface SuppressionPlan {
  /** Report index → quasi-identifier path → what to do. */
  actions: Map<number, Map<string, QiAction>>;
  /** Reports left out of the release because they stand out whatever is suppressed. */
  withheld: Set<number>;
  /** How many values each step changed, for the report to the person releasing the data. */
  summary: Record<string, number>;
}

/**
 * Works out which quasi-identifiers to generalise or suppress in which reports. `values[r]` holds report r's
 * quasi-identifier values (or is undefined for a report not in the release); `cluster[r]` the person or case it
 * belongs to.
 */
export function planSuppression(values: readonly (string[] | undefined)[], paths: readonly string[], k: number, cluster: (r: number) => number): SuppressionPlan {
  const current = values.map((v) => (v ? [...v] : undefined));
  const next = values.map(() => 0);
  const plan: SuppressionPlan = { actions: new Map(), withheld: new Set(), summary: {} };
  const count = (kind: string) => (plan.summary[kind] = (plan.summary[kind] ?? 0) + 1);
  const inRelease = (r: number) => current[r] !== undefined && !plan.withheld.has(r);
  for (;;) {
    const people = new Map<string, Set<number>>();
    current.forEach((v, r) => {
      if (!inRelease(r)) return;
      const key = v!.join('\u0000');
      const set = people.get(key) ?? new Set<number>();
      set.add(cluster(r));
      people.set(key, set);
    });
    const rare = current.map((_, r) => r).filter((r) => inRelease(r) && people.get(current[r]!.join('\u0000'))!.size < k);
    if (rare.length === 0) return plan;
    for (const r of rare) {
      const row = current[r]!;
      // Skip quasi-identifiers the report does not have: suppressing them would change nothing.
      while (next[r]! < paths.length && (row[next[r]!] === '' || row[next[r]!] === '*' || (!suppressible(paths[next[r]!]!) && (!isDateLike(paths[next[r]!]!) || plan.actions.get(r)?.get(paths[next[r]!]!) === 'year')))) next[r]!++;
      const q = next[r]!;
      if (q >= paths.length) {
        plan.withheld.add(r);
        count('reports withheld: they stand out even with every quasi-identifier suppressed');
        continue;
      }
      const path = paths[q]!;
      const actions = plan.actions.get(r) ?? new Map<string, QiAction>();
      plan.actions.set(r, actions);
      const value = row[q]!;
      // A value derived from this one (a retention date) is generalised with it, in the plan as in the report.
      const tied = [q, ...(DERIVED.get(path) ?? []).map((d) => paths.indexOf(d)).filter((i) => i >= 0)];
      if (isDateLike(path) && actions.get(path) === undefined && /"\d{4}-/.test(value)) {
        actions.set(path, 'year');
        for (const i of tied) row[i] = row[i]!.replace(/"(\d{4})-[^"]*"/g, '"$1"');
        count(`${path}: coarsened to the year`);
      } else {
        actions.set(path, 'suppress');
        for (const i of tied) row[i] = '*';
        next[r]!++;
        count(`${path}: suppressed`);
      }
    }
  }
}

/** Applies a report's planned actions to it, and to the values derived from each. */
export function applySuppression(report: Json, actions: Map<string, QiAction>): void {
  for (const [source, action] of actions) for (const path of [source, ...(DERIVED.get(source) ?? [])]) applyOne(report, path, action);
}

function applyOne(report: Json, path: string, action: QiAction): void {
  const field = fieldsByPath.get(path);
  const parentPath = path.slice(0, path.lastIndexOf('/'));
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const { value: parent } of valuesAt(report, parentPath)) {
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent) || !Object.hasOwn(parent, name)) continue;
    const holder = parent as Json;
    const value = holder[name];
    if (isMissingValue(value)) continue;
    if (action === 'year') {
      if (typeof value === 'string') holder[name] = value.slice(0, 4);
    } else if (field?.acceptsMissing) {
      holder[name] = { missing: 'withheldForSafety' };
    } else if (field?.required && !path.includes('/*/') && typeof value === 'string' && isDateLike(path)) {
      holder[name] = value.slice(0, 4); // a required date cannot go: its year is the least it can say
    } else {
      delete holder[name];
    }
  }
  // A required value that cannot be missing goes with the list item that holds it (e.g. a country involved).
  if (action === 'suppress' && field?.required && !field.acceptsMissing && parentPath.endsWith('/*')) {
    const listPath = parentPath.slice(0, -2);
    const listName = listPath.slice(listPath.lastIndexOf('/') + 1);
    for (const { value: owner } of valuesAt(report, listPath.slice(0, listPath.lastIndexOf('/')))) {
      const list = owner !== null && typeof owner === 'object' ? (owner as Json)[listName] : undefined;
      if (!Array.isArray(list)) continue;
      const kept = list.filter((item) => item !== null && typeof item === 'object' && Object.hasOwn(item, name));
      // An emptied list would claim "none"; leaving it out says nothing.
      if (kept.length === 0) delete (owner as Json)[listName];
      else (owner as Json)[listName] = kept;
    }
  }
}
