/**
 * The version gate: the version the schema declares must be bumped at least as far as its changes since the
 * last released snapshot require, and package.json (and package-lock.json) must carry the same version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldModel } from '../model/field-model.js';
import { diffModels, requiredBump, type Change, type Level } from './diff-models.js';
import { compareVersions, listReleases, loadVersion, readUpgrade, renamesOf, RELEASES_DIR } from './versions.js';

export interface GateResult {
  ok: boolean;
  lastRelease?: string;
  declared: string;
  required: Level | 'none';
  changes: Change[];
  problems: string[];
}

/**
 * The smallest version that `changes` allow after `released`. Before 1.0.0 the common reading of SemVer for initial
 * development applies (as Cargo does): a breaking change bumps the minor number, anything else the patch number.
 */
export function nextVersion(released: string, level: Level): string {
  const [major, minor, patch] = released.split('.').map(Number) as [number, number, number];
  if (major === 0) return level === 'major' ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  return level === 'major' ? `${major + 1}.0.0` : level === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** The words for a level of change: under 0.y a breaking change is a minor bump, so "major" would mislead. */
export const bumpName = (released: string, level: Level) =>
  released.startsWith('0.') ? (level === 'major' ? 'breaking (under 0.y, a minor bump)' : `${level} (under 0.y, a patch bump)`) : level;

export function checkVersionGate(current: FieldModel, root = '.'): GateResult {
  const problems: string[] = [];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== current.version) problems.push(`package.json says ${pkg.version} but the schema declares ${current.version} (x-schemaVersion): make them the same`);
  // npm keeps the version twice more in package-lock.json; a stale copy makes `npm ci` rewrite it in every checkout.
  const lockPath = join(root, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
    const locked = [lock.version, lock.packages?.['']?.version].filter((v) => v !== undefined);
    if (locked.some((v) => v !== pkg.version)) problems.push(`package-lock.json says ${locked.find((v) => v !== pkg.version)} but package.json says ${pkg.version}: run \`npm install --package-lock-only\` to update it`);
  }
  const releases = listReleases(root);
  const last = releases.at(-1);
  if (!last) return { ok: problems.length === 0, declared: current.version, required: 'none', changes: [], problems };
  const changes = diffModels(loadVersion(join(root, RELEASES_DIR, last, 'schema')), current, renamesOf(readUpgrade(last, root)));
  const required = requiredBump(changes);
  if (compareVersions(current.version, last) < 0) problems.push(`the schema declares ${current.version}, older than the last release ${last}`);
  if (required !== 'none') {
    const minimum = nextVersion(last, required);
    if (compareVersions(current.version, minimum) < 0) {
      const forcing = changes.filter((c) => c.level === required).slice(0, 10).map((c) => `  - ${c.message}`);
      problems.push(`the schema declares ${current.version}, but its changes since ${last} are ${bumpName(last, required)} and need version ${minimum} or later. These changes force it:\n${forcing.join('\n')}`);
    }
  }
  return { ok: problems.length === 0, lastRelease: last, declared: current.version, required, changes, problems };
}
