/**
 * After tsc: the generated modules (JavaScript and declarations) go next to the compiled library, and compiled
 * files whose source is gone are removed. tsc compiles incrementally into the dist/lib/ of the previous build
 * and never deletes anything, so without this a deleted or renamed module would still be published.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const LIBRARY = 'dist/lib';

/** Removes dist/lib/<dir>/x.js and x.d.ts when <dir>/x.ts does not exist, walking down from `dir`. */
function pruneOrphans(dir: string): void {
  for (const entry of readdirSync(join(LIBRARY, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(path)) pruneOrphans(path);
      else rmSync(join(LIBRARY, path), { recursive: true });
    } else if (!existsSync(path.replace(/(\.d\.ts|\.js)$/, '.ts'))) rmSync(join(LIBRARY, path));
  }
}

/** Puts the generated modules beside the compiled library, minified, and removes what tsc left of deleted sources. */
export function copyGenerated(): void {
  rmSync(join(LIBRARY, 'src/generated'), { recursive: true, force: true });
  pruneOrphans('src');
  // Only src/ is compiled; anything else in dist/lib/ is left from older builds.
  for (const entry of readdirSync(LIBRARY)) if (entry !== 'src' && !entry.startsWith('.')) rmSync(join(LIBRARY, entry), { recursive: true });
  cpSync('src/generated', join(LIBRARY, 'src/generated'), { recursive: true });
  // The published copies of the generated modules are minified: the compiled validators are most of the package's
  // size, and nobody reads them there (the readable ones are committed in src/generated/). Names are kept, so a stack
  // trace from a published validator still says where it is.
  for (const name of readdirSync(join(LIBRARY, 'src/generated')).filter((f) => f.endsWith('.js'))) {
    const path = join(LIBRARY, 'src/generated', name);
    writeFileSync(path, transformSync(readFileSync(path, 'utf8'), { minify: true, keepNames: true, format: 'esm', target: 'node20', legalComments: 'inline' }).code);
  }
}
