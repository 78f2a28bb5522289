/**
 * `npm run build:package`: the generators (src/generated/ and dist/), the library compiled by tsc into dist/lib/
 * and the browser bundle by esbuild. tsc and esbuild read only src/, so they start as soon as the build has made
 * src/ final and run beside the generators that write dist/; the generated modules join the compiled library last.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildCommand } from '../generators/cli/build-command.js';
import { bundleBrowser } from './bundle-browser.js';
import { copyGenerated } from './copy-generated.js';

const tscEntry = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function compileLibrary(): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsc = spawn(process.execPath, [tscEntry, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    tsc.on('error', reject);
    tsc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc stopped with exit code ${code}; its messages are above`))));
  });
}

let compiling: Promise<unknown> | undefined;
const generated = await buildCommand('schema', 'dist', process.argv.includes('--force'), () => {
  compiling = Promise.all([compileLibrary(), bundleBrowser()]);
});
try {
  // No compilation started: the build ran again in a fresh process (the schema changed src/generated/), which compiled.
  if (compiling) await compiling;
  if (generated !== 0) process.exitCode = generated;
  else if (compiling) copyGenerated();
} catch (error) {
  console.error(`build:package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
