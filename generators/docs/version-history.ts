/**
 * "New in X.Y" and "deprecated in X.Y" badges. A field or code is new in the first released version whose
 * snapshot (releases/<version>/schema) has it; one that no snapshot has is new in the current version.
 * A field a release's upgrade steps renamed or moved (releases/<version>/upgrade.json) is not new: it keeps the
 * version it first appeared in, under its old path, and is marked as moved in the version that moved it.
 * Deprecations come from the model (`x-deprecated` on fields, the code lists' deprecated columns).
 */
import { join } from 'node:path';
import { renamedPath, type Rename } from '../diff/diff-models.js';
import { listReleases, loadVersion, readUpgrade, renamesOf, RELEASES_DIR } from '../diff/versions.js';
import type { FieldModel } from '../model/field-model.js';

export interface VersionHistory {
  /** The first version of the standard: things new in it get no badge, since everything is. */
  firstVersion: string;
  /** Field path → the version it first appeared in (under this path or one it was renamed or moved from). */
  fieldNewIn: Map<string, string>;
  /** Field path → the version whose upgrade moved it here, and its path before. */
  fieldMovedIn: Map<string, { version: string; from: string }>;
  /** `list` + NUL + `code` → the version the code first appeared in. */
  codeNewIn: Map<string, string>;
}

export const codeKey = (list: string, code: string) => `${list}\u0000${code}`;

/** A released snapshot, with the renames and moves its upgrade steps declare to the next version. */
export interface ReleasedModel {
  version: string;
  model: FieldModel;
  renames?: readonly Rename[];
}

/** The history of `current` against released snapshots, oldest first. */
export function versionHistory(current: FieldModel, releases: ReleasedModel[]): VersionHistory {
  const moved = new Map<string, { version: string; from: string }>();
  const firstSeen = (keysOf: (m: FieldModel) => Iterable<string>, currentKeys: Iterable<string>, followRenames: boolean) => {
    const seen = new Map<string, string>();
    for (const [i, { version, model, renames }] of releases.entries()) {
      for (const key of keysOf(model)) if (!seen.has(key)) seen.set(key, version);
      if (!followRenames || !renames?.length) continue;
      const next = releases[i + 1]?.version ?? current.version;
      for (const [key, since] of [...seen]) {
        const to = renamedPath(key, renames);
        if (to === key || seen.has(to)) continue;
        seen.set(to, since);
        moved.set(to, { version: next, from: moved.get(key)?.from ?? key });
      }
    }
    const out = new Map<string, string>();
    for (const key of currentKeys) out.set(key, seen.get(key) ?? current.version);
    return out;
  };
  const codeKeys = (m: FieldModel) => [...m.codelists.values()].flatMap((list) => list.codes.map((c) => codeKey(list.name, c.code)));
  const fieldPaths = new Set(current.fields.map((f) => f.path));
  return {
    firstVersion: releases[0]?.version ?? current.version,
    fieldNewIn: firstSeen((m) => m.fields.map((f) => f.path), fieldPaths, true),
    fieldMovedIn: new Map([...moved].filter(([path]) => fieldPaths.has(path))),
    codeNewIn: firstSeen(codeKeys, codeKeys(current), false),
  };
}

/** The history of the schema in `root` against the snapshots in `root`/releases. */
export function loadVersionHistory(current: FieldModel, root = '.'): VersionHistory {
  const releases = listReleases(root).map((version) => ({ version, model: loadVersion(join(root, RELEASES_DIR, version, 'schema')), renames: renamesOf(readUpgrade(version, root)) }));
  return versionHistory(current, releases);
}

/** The "new in" version to show, or undefined when the thing has been there since the first version. */
export function newInBadge(history: VersionHistory, version: string | undefined): string | undefined {
  return version && version !== history.firstVersion ? version : undefined;
}
