/**
 * What a Docusaurus build of the site depends on, as one digest: every file of the site folder (hand-written and
 * generated pages, static files, configuration, theme), the installed packages (the lock file) and the Node version.
 * The build keeps the digest beside its output; when the next build's digest is the same, the output is reused, so
 * a second `npm run build:docs` (or a test run right after `npm run build`) does not spend a minute of both cores
 * making the same site again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { filesUnder } from '../files-under.js';

/** The digest's file in the built site. A dot file: static hosts do not list it, and it holds only a hash. */
const SITE_INPUTS_FILE = '.htfds-site-inputs';

/** Folders of the site that are the build's own output or caches, never its input. */
const NOT_INPUTS = ['build', '.docusaurus', 'node_modules'];

/** The digest of everything the build of `siteDir` into `outDir` reads; `lockFile` pins the installed packages. */
export function siteInputsDigest(siteDir: string, outDir: string, lockFile: string): string {
  const site = resolve(siteDir);
  // The build's own output and caches are not its inputs.
  const files = filesUnder(site, new Set([...NOT_INPUTS.map((name) => join(site, name)), resolve(outDir)]));
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0`);
  hash.update(existsSync(lockFile) ? readFileSync(lockFile) : 'no lock file');
  // Each file's relative path and length before its content, so no two folders give one stream.
  for (const path of files) {
    const content = readFileSync(path);
    hash.update(`\0${relative(site, path).split(sep).join('/')}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/**
 * Builds into `outDir` unless it holds a finished build of exactly these inputs, then checks it. A kept build that
 * fails its check was changed after it was made (a file of it deleted), so it is built again and checked again.
 * Only a build whose check finds nothing is recorded as finished.
 */
export async function buildUnlessCurrent<Problem>(outDir: string, digest: string, build: () => Promise<void>, check: () => Problem[]): Promise<{ reused: boolean; problems: Problem[] }> {
  const rebuild = async () => {
    forgetInputs(outDir);
    await build();
    return check();
  };
  let reused = builtFrom(outDir, digest);
  let problems = reused ? check() : await rebuild();
  if (reused && problems.length > 0) {
    reused = false;
    problems = await rebuild();
  }
  if (problems.length === 0) recordInputs(outDir, digest);
  return { reused, problems };
}

/** Whether `outDir` holds a finished build of exactly these inputs. */
export function builtFrom(outDir: string, digest: string): boolean {
  const file = join(outDir, SITE_INPUTS_FILE);
  return existsSync(file) && readFileSync(file, 'utf8') === digest;
}

/** Forgets what `outDir` was built from (before a build starts, so that a build that fails half-way is never reused). */
function forgetInputs(outDir: string): void {
  rmSync(join(outDir, SITE_INPUTS_FILE), { force: true });
}

/** Records that `outDir` is a finished, checked build of these inputs. */
function recordInputs(outDir: string, digest: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, SITE_INPUTS_FILE), digest);
}
