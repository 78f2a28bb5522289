#!/usr/bin/env node
/**
 * The `htfds` command's entry. Committed as plain JavaScript with its executable bit, so that no build has to
 * create it: `npx htfds` works in a fresh checkout, and a rebuild cannot leave it unexecutable.
 *
 * - The published package runs the compiled users' CLI (dist/lib/src/cli/main.js).
 * - A checkout of the repository (the TypeScript sources are next to this file) runs the maintainers' entry
 *   (generators/cli/main.ts: every command, lint, build, diff and the version tools included) from source
 *   through tsx, so what runs is always what was last edited, built or not. The published package does not
 *   contain it.
 */
import { existsSync } from 'node:fs';

/** Commands that live only in the repository (generators/cli/program.ts); named here to say so in the package. */
const MAINTAINER_COMMANDS = new Set(['lint', 'build', 'diff', 'check-version', 'changelog', 'release']);
const root = new URL('../', import.meta.url);
const checkout = new URL('generators/cli/main.ts', root);
const compiled = new URL('dist/lib/src/cli/main.js', root);

const fail = (message) => {
  process.stderr.write(`htfds: ${message}\n`);
  process.exitCode = 2;
};

if (existsSync(checkout)) {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    fail('this checkout has no dependencies installed yet: run `npm ci` in it first');
  }
  if (tsx) {
    tsx.register();
    await import(checkout.href);
  }
} else if (MAINTAINER_COMMANDS.has(process.argv[2] ?? '')) {
  fail(`\`htfds ${process.argv[2]}\` is a maintainers' command: run it in a checkout of the HTFDS repository`);
} else if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  fail('the command line is not built: run `npm run build:package` first');
}
