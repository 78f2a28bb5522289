import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker less than the cores: a single worker on a two-core machine, so every file
    // waited for the one before it. Much of the suite waits on child processes, Chromium, LibreOffice and the
    // broker rather than on the CPU, so a worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
