/**
 * `htfds check-version`: the version gate. `htfds release`: records the current schema as a released snapshot.
 * `htfds changelog`: regenerates the current version's list of changes in CHANGELOG.md.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { updateChangelog } from '../changelog/changelog.js';
import { diffModels } from '../diff/diff-models.js';
import { bumpName, checkVersionGate, nextVersion } from '../diff/version-gate.js';
import { compareVersions, listReleases, loadVersion, readUpgrade, renamesOf, RELEASES_DIR } from '../diff/versions.js';
import { loadFieldModel } from '../load-model.js';
import { releaseDocs } from '../docs/release-docs.js';

export function checkVersionCommand(root: string, out: Writable): number {
  const result = checkVersionGate(loadFieldModel(join(root, 'schema')), root);
  if (result.ok) {
    const last = result.lastRelease;
    const need = !last ? 'no release yet' : result.required === 'none' ? `${result.changes.length} change(s) since ${last} need no bump` : `${result.changes.length} change(s) since ${last}, ${bumpName(last, result.required)}, need ${nextVersion(last, result.required)} or later`;
    out.write(`version ${result.declared} is consistent: ${need}.\n`);
    return 0;
  }
  for (const problem of result.problems) out.write(`version gate: ${problem}\n`);
  return 1;
}

/** The changelog text for the current state of the schema. */
export function changelogText(root: string): string {
  const current = loadFieldModel(join(root, 'schema'));
  const releases = listReleases(root);
  const previous = releases.filter((v) => compareVersions(v, current.version) < 0).at(-1);
  const changes = previous ? diffModels(loadVersion(join(root, RELEASES_DIR, previous, 'schema')), current, renamesOf(readUpgrade(previous, root))) : [];
  const path = join(root, 'CHANGELOG.md');
  return updateChangelog(existsSync(path) ? readFileSync(path, 'utf8') : undefined, current.version, changes, previous, releases.includes(current.version));
}

export function changelogCommand(root: string, out: Writable): number {
  writeFileSync(join(root, 'CHANGELOG.md'), changelogText(root));
  out.write('CHANGELOG.md updated\n');
  return 0;
}

export function releaseCommand(root: string, out: Writable): number {
  const current = loadFieldModel(join(root, 'schema'));
  const gate = checkVersionGate(current, root);
  if (!gate.ok) {
    for (const problem of gate.problems) out.write(`version gate: ${problem}\n`);
    return 1;
  }
  const target = join(root, RELEASES_DIR, current.version);
  if (existsSync(target)) {
    out.write(`version ${current.version} is already released; bump the version first\n`);
    return 1;
  }
  // The docs of this version are kept first, so that a failed docs step leaves nothing half released.
  const docs = releaseDocs(root);
  if (!docs.ok) {
    out.write(`docs snapshot failed, nothing released: ${docs.message}\n`);
    return 1;
  }
  out.write(`${docs.message}\n`);
  cpSync(join(root, 'schema'), join(target, 'schema'), { recursive: true });
  // The examples as this version wrote them: the upgrade property test turns every release's examples into current reports.
  if (existsSync(join(root, 'examples'))) cpSync(join(root, 'examples'), join(target, 'examples'), { recursive: true });
  writeFileSync(join(root, 'CHANGELOG.md'), changelogText(root).replace(`## ${current.version} (unreleased)`, `## ${current.version}`));
  out.write(`released ${current.version}: snapshot in ${target}/schema and ${target}/examples; declare upgrade steps to the next version in ${target}/upgrade.json\n`);
  return 0;
}
