import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `path` (or `path` itself), following links as a reader of them would, in an order that does not
 * depend on the file system's (names sorted in each folder), leaving out the paths in `skip` and what is under them.
 */
export function filesUnder(path: string, skip: ReadonlySet<string> = new Set()): string[] {
  if (skip.has(path) || !existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((name) => filesUnder(join(path, name), skip));
}
