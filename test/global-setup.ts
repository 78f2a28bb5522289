/**
 * Once per test run: a scratch folder for what several test files coordinate through (who builds the documentation
 * site they share, and whether it is ready: test/helpers/current-site.ts), removed at the end.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
  project.provide('runDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
