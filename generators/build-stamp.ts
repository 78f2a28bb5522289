/**
 * The build's stamp: a hash of everything the generators read (the schema folder with the examples and releases
 * beside it, the generators, the modules of the runtime library they import, the locked dependencies) and the
 * hash of every file they wrote. When neither the inputs
 * nor the outputs changed since the last build, generating again would write the same bytes (the build is
 * deterministic; test/build.test.ts checks it), so `htfds build` can say so and stop in a fraction of a second.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { filesUnder } from './files-under.js';
import { importSpecifiers } from './import-specifiers.js';

const STAMP_FILE = '.build-stamp.json';

interface Stamp {
  inputs: string;
  outputs: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The local modules `entry` imports, directly or not, itself included (a `.js` specifier names a `.ts` source or a generated `.js`). */
function importClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  for (const specifier of importSpecifiers(readFileSync(entry, 'utf8'))) {
    if (!specifier.startsWith('.')) continue;
    const target = relative('.', resolve(dirname(entry), specifier));
    const ts = target.replace(/\.js$/, '.ts');
    importClosure(existsSync(ts) ? ts : target, seen);
  }
  return seen;
}

/** One hash over the names and contents of the build's inputs, and the Node version that runs it. */
function inputsHash(schemaDir: string, outDir: string): string {
  const hash = createHash('sha256').update(`${process.version}\0${schemaDir}\0${outDir}\0`);
  const library = [...importClosure('generators/build.ts')].filter((file) => !file.startsWith('generators/')).sort();
  const roots = [schemaDir, join(schemaDir, '..', 'examples'), join(schemaDir, '..', 'releases'), 'generators', 'package-lock.json'];
  for (const file of [...roots.flatMap((root) => filesUnder(root)), ...library]) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** True when the last build in `outDir` was made from the same inputs and its outputs are all still as written. */
export function buildIsCurrent(schemaDir: string, outDir: string): boolean {
  const path = join(outDir, STAMP_FILE);
  if (!existsSync(path)) return false;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(path, 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (stamp.inputs !== inputsHash(schemaDir, outDir)) return false;
  return Object.entries(stamp.outputs).every(([file, hash]) => existsSync(file) && sha256(readFileSync(file)) === hash);
}

/** Records the inputs and outputs of a build that just finished. */
export function writeBuildStamp(schemaDir: string, outDir: string, written: readonly string[]): void {
  const outputs = Object.fromEntries(written.map((file) => [file, sha256(readFileSync(file))]));
  writeFileSync(join(outDir, STAMP_FILE), `${JSON.stringify({ inputs: inputsHash(schemaDir, outDir), outputs } satisfies Stamp)}\n`);
}
