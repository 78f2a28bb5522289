/**
 * The steps of `npm run build:package` after the generators: tsc compiles the library while esbuild bundles the
 * browser files (both read src/, neither the other's output), then the generated modules join the compiled library.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
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

try {
  await Promise.all([compileLibrary(), bundleBrowser()]);
  copyGenerated();
} catch (error) {
  console.error(`build:package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
