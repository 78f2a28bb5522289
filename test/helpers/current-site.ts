/**
 * The documentation site built from this checkout, as `npm run build:docs` builds it into docs/build, once per test
 * run for every test file that only reads it: the first to ask builds it (holding a lock folder), the others wait
 * for it. A cold site build takes most of a minute of both cores; the journey and the Send page need the same site,
 * so it is built once, and not at all when docs/build is already a build of exactly this checkout (right after
 * `npm run build`: see generators/docs/site-inputs.ts). The docs site test builds its own, from a changed copy of
 * the repository.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { buildSite } from '../../generators/docs/build-site.js';

const WAIT_MS = 15 * 60_000;

/** The folder of the built site. */
export async function currentSite(): Promise<string> {
  const runDir = inject('runDir');
  const outDir = resolve('docs', 'build');
  const ready = join(runDir, 'site.ready');
  const failed = join(runDir, 'site.failed');
  let builder = true;
  try {
    mkdirSync(join(runDir, 'site.lock'));
  } catch {
    builder = false;
  }
  if (builder) {
    try {
      await buildSite({ root: '.', siteDir: 'docs', distDir: 'dist', outDir, quiet: true });
    } catch (error) {
      writeFileSync(failed, error instanceof Error ? error.message : String(error));
      throw error;
    }
    writeFileSync(ready, '');
    return outDir;
  }
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (existsSync(ready)) return outDir;
    if (existsSync(failed)) throw new Error(`the site build another test file started failed: ${readFileSync(failed, 'utf8')}`);
  }
  throw new Error(`the site build another test file started did not finish in ${WAIT_MS / 60_000} minutes`);
}
