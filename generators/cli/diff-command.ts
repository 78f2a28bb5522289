/** `htfds diff <old> <new>`: what changed between two versions, each change classified major, minor or patch. */
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { diffModels, requiredBump, type Rename } from '../diff/diff-models.js';
import { loadVersion, renamesOf, type UpgradeFile } from '../diff/versions.js';
import { UnusableInputError } from '../../src/io/read-records.js';

export function diffCommand(oldSpec: string, newSpec: string, options: { renames?: string; format: 'text' | 'json'; stdout: Writable }): number {
  let renames: Rename[] = [];
  if (options.renames) {
    try {
      renames = renamesOf(JSON.parse(readFileSync(options.renames, 'utf8')) as UpgradeFile);
    } catch {
      throw new UnusableInputError('the rename map must be an upgrade file: {"from": …, "to": …, "steps": [{"op": "rename", "from": "/path", "to": "/path"}]}', options.renames);
    }
  }
  const loadedOld = loadVersion(oldSpec);
  const loadedNew = loadVersion(newSpec);
  const changes = diffModels(loadedOld, loadedNew, renames);
  const bump = requiredBump(changes);
  if (options.format === 'json') {
    options.stdout.write(`${JSON.stringify({ requiredBump: bump, changes }, null, 2)}\n`);
    return 0;
  }
  for (const level of ['major', 'minor', 'patch'] as const) {
    const of = changes.filter((c) => c.level === level);
    if (of.length === 0) continue;
    options.stdout.write(`\n${level} (${of.length})\n`);
    for (const c of of) options.stdout.write(`  ${c.kind.padEnd(22)} ${c.message}\n`);
  }
  const models = [loadedOld, loadedNew];
  if (models.some((m) => m.fromBundle)) options.stdout.write('\nA bundled schema carries no code titles, deprecations or codes of open lists: those were not compared.\n');
  options.stdout.write(`\n${changes.length} change(s); ${bump === 'none' ? 'no version bump is needed' : `the new version needs a ${bump} version bump`}.\n`);
  return 0;
}
