/**
 * "New in X.Y" and "deprecated in X.Y" badges. A field or code is new in the first released version whose
 * snapshot (releases/<version>/schema) has it; one that no snapshot has is new in the current version.
 * Deprecations come from the model (`x-deprecated` on fields, the code lists' deprecated columns).
 */
import { join } from 'node:path';
import { listReleases, loadVersion, RELEASES_DIR } from '../diff/versions.js';
import type { FieldModel } from '../model/field-model.js';

export interface VersionHistory {
  /** The first version of the standard: things new in it get no badge, since everything is. */
  firstVersion: string;
  /** Field path → the version it first appeared in. */
  fieldNewIn: Map<string, string>;
  /** `list` + NUL + `code` → the version the code first appeared in. */
  codeNewIn: Map<string, string>;
}

export const codeKey = (list: string, code: string) => `${list}\u0000${code}`;

/** The history of `current` against released snapshots, oldest first. */
export function versionHistory(current: FieldModel, releases: { version: string; model: FieldModel }[]): VersionHistory {
  const firstSeen = (keysOf: (m: FieldModel) => Iterable<string>, currentKeys: Iterable<string>) => {
    const seen = new Map<string, string>();
    for (const { version, model } of releases) for (const key of keysOf(model)) if (!seen.has(key)) seen.set(key, version);
    const out = new Map<string, string>();
    for (const key of currentKeys) out.set(key, seen.get(key) ?? current.version);
    return out;
  };
  const codeKeys = (m: FieldModel) => [...m.codelists.values()].flatMap((list) => list.codes.map((c) => codeKey(list.name, c.code)));
  return {
    firstVersion: releases[0]?.version ?? current.version,
    fieldNewIn: firstSeen((m) => m.fields.map((f) => f.path), current.fields.map((f) => f.path)),
    codeNewIn: firstSeen(codeKeys, codeKeys(current)),
  };
}

/** The history of the schema in `root` against the snapshots in `root`/releases. */
export function loadVersionHistory(current: FieldModel, root = '.'): VersionHistory {
  const releases = listReleases(root).map((version) => ({ version, model: loadVersion(join(root, RELEASES_DIR, version, 'schema')) }));
  return versionHistory(current, releases);
}

/** The "new in" version to show, or undefined when the thing has been there since the first version. */
export function newInBadge(history: VersionHistory, version: string | undefined): string | undefined {
  return version && version !== history.firstVersion ? version : undefined;
}
