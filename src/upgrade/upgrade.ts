/**
 * Migrates reports written for an earlier version of the standard to the current one, applying the upgrade
 * steps declared as data next to each released snapshot (releases/<version>/upgrade.json), one release at a time.
 */
import runtimeModel from '../generated/runtime-model.js';
import { pointerTokens, valuesAt } from '../validate/paths.js';
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
    .filter(({ value }) => value !== null && typeof value === 'object' && !Array.isArray(value))
    .map(({ value }) => ({ holder: value as Json, name }));
}

function applyStep(report: Json, step: RuntimeUpgradeStep): void {
  switch (step.op) {
    case 'rename': {
      // Renames keep the structure: both paths have the same lists (*), and the value moves within each item.
      const target = pointerTokens(step.to).at(-1)!;
      for (const { holder, name } of holders(report, step.from)) {
        if (!Object.hasOwn(holder, name)) continue;
        holder[target] = holder[name];
        delete holder[name];
      }
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
      for (const { holder, name } of holders(report, step.path)) delete holder[name];
      return;
    case 'default':
      for (const { holder, name } of holders(report, step.path)) if (!Object.hasOwn(holder, name)) holder[name] = structuredClone(step.value);
  }
}

/** The report migrated to the current version (a copy); reports already current are returned unchanged. */
export function upgradeReport(input: unknown): Json {
  return upgradeWith(input, runtimeModel.releases, runtimeModel.version);
}

/** The report migrated to `current` with the given releases and their upgrade steps. */
export function upgradeWith(input: unknown, releases: readonly { version: string; steps?: RuntimeUpgradeStep[] }[], current: string): Json {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new UpgradeError('the report is not a JSON object', 'check the file');
  const report = structuredClone(input) as Json;
  const from = report.schemaVersion;
  if (typeof from !== 'string' || !/^\d+\.\d+\.\d+$/.test(from)) throw new UpgradeError('the report does not say which version it follows (schemaVersion)', 'add the schemaVersion it was written for');
  if (older(from, current) > 0) throw new UpgradeError(`the report is for version ${from}, newer than this toolkit's ${current}`, 'update the toolkit');
  const versions = [...releases.map((r) => r.version), current].filter((v, i, all) => all.indexOf(v) === i).sort(older);
  if (!versions.includes(from)) throw new UpgradeError(`version ${from} was never released`, `known versions: ${versions.join(', ')}`);
  for (const release of releases) {
    if (older(release.version, from) < 0 || older(release.version, current) >= 0) continue;
    for (const step of release.steps ?? []) applyStep(report, step);
  }
  report.schemaVersion = current;
  return report;
}
