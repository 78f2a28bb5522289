/**
 * Once per test run: a scratch folder for what several test files may share (the documentation site built from
 * this checkout), removed at the end. Inside the repository (in the ignored .cache/), so that what is built there
 * finds the repository's node_modules; with a package.json without "type", since the site's server bundle loads
 * as CommonJS (stack.md §4e).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared scratch folder. */
    runDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  mkdirSync('.cache', { recursive: true });
  const runDir = resolve(mkdtempSync(join('.cache', 'test-run-')));
  writeFileSync(join(runDir, 'package.json'), '{}\n');
  project.provide('runDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
