/**
 * Small-group protection before an aggregate release: every combination of the quasi-identifiers (age band,
 * gender, citizenship, countries, dates) must be shared by at least k reports. Reports in smaller groups have
 * their quasi-identifiers generalised (dates to the year) or suppressed, in the profile's order, until no small
 * group is left; a report that still stands out when everything is suppressed is left out of the release.
 */
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

/** Works out which quasi-identifiers to generalise or suppress in which reports. */
export function planSuppression(values: readonly string[][], paths: readonly string[], k: number): SuppressionPlan {
  const current = values.map((v) => [...v]);
  const next = values.map(() => 0);
  const plan: SuppressionPlan = { actions: new Map(), withheld: new Set(), summary: {} };
  const count = (kind: string) => (plan.summary[kind] = (plan.summary[kind] ?? 0) + 1);
  for (;;) {
    const groups = new Map<string, number>();
    current.forEach((v, r) => {
      if (!plan.withheld.has(r)) groups.set(v.join('\u0000'), (groups.get(v.join('\u0000')) ?? 0) + 1);
    });
    const rare = current.map((v, r) => r).filter((r) => !plan.withheld.has(r) && groups.get(current[r]!.join('\u0000'))! < k);
    if (rare.length === 0) return plan;
    for (const r of rare) {
      // Skip quasi-identifiers the report does not have: suppressing them would change nothing.
      while (next[r]! < paths.length && (current[r]![next[r]!] === '' || (!suppressible(paths[next[r]!]!) && !isDateLike(paths[next[r]!]!)))) next[r]!++;
      const q = next[r]!;
      if (q >= paths.length) {
        plan.withheld.add(r);
        count('reports withheld: they stand out even with every quasi-identifier suppressed');
        continue;
      }
      const path = paths[q]!;
      const actions = plan.actions.get(r) ?? new Map<string, QiAction>();
      plan.actions.set(r, actions);
      const value = current[r]![q]!;
      if (isDateLike(path) && actions.get(path) === undefined && /"\d{4}-/.test(value)) {
        actions.set(path, 'year');
        current[r]![q] = value.replace(/"(\d{4})-[^"]*"/g, '"$1"');
        count(`${path}: coarsened to the year`);
      } else {
        actions.set(path, 'suppress');
        current[r]![q] = '*';
        next[r]!++;
        count(`${path}: suppressed`);
      }
    }
  }
}

/** Applies a report's planned actions to it. */
export function applySuppression(report: Json, actions: Map<string, QiAction>): void {
  for (const [path, action] of actions) {
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
}
