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
  const changes = diffModels(loadVersion(oldSpec), loadVersion(newSpec), renames);
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
  options.stdout.write(`\n${changes.length} change(s); the new version needs a ${bump === 'none' ? 'no' : bump} version bump.\n`);
  return 0;
}
