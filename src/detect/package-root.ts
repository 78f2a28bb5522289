/** Finds files shipped with the package (schema/…) from both the sources (src/) and the build (dist/lib/src/). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of htfds's own package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'htfds') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the htfds package folder');
    dir = parent;
  }
}

export const packagePath = (...parts: string[]) => join(packageRoot(), ...parts);

/** The indicator catalogue the package ships: rules and alerts read an indicator's source and verification level from it. */
export const CATALOGUE_PATH = () => packagePath('schema', 'indicators', 'indicators.csv');
