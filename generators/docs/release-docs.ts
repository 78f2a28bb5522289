/**
 * The documentation step of `htfds release`: runs the docs snapshot (snapshot-docs.ts) for the repository at
 * `root`, in a child process so that the release command stays synchronous and the snapshot runs from the
 * TypeScript sources (its templates live beside them). A repository without a documentation site skips it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DocsStep {
  ok: boolean;
  message: string;
}

/** Where the snapshot script is: beside this module when run from source, else in the repository. */
function snapshotScript(root: string): string | undefined {
  const candidates = [fileURLToPath(new URL('./snapshot-docs.ts', import.meta.url)), join(root, 'generators', 'docs', 'snapshot-docs.ts')];
  return candidates.find((c) => existsSync(c));
}

/** Snapshots the docs of the version being released; `ok` is false only when a site exists and the snapshot failed. */
export function releaseDocs(root: string): DocsStep {
  const siteDir = join(root, 'docs');
  if (!existsSync(join(siteDir, 'docusaurus.config.js'))) return { ok: true, message: `no documentation site in ${siteDir}: no docs to keep` };
  const script = snapshotScript(root);
  if (!script) return { ok: false, message: 'the docs snapshot script (generators/docs/snapshot-docs.ts) is missing; run the release from the repository' };
  // Run from the repository the script belongs to (the browser bundle is built from its src/), on `root`'s schema.
  const repository = resolve(dirname(script), '..', '..');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--root', resolve(root)], { cwd: repository, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (run.status !== 0) return { ok: false, message: output || `the docs snapshot failed (exit code ${run.status})` };
  return { ok: true, message: output };
}
