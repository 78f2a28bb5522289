/**
 * dist/browser/htfds-validate.js: the runtime validator as one self-contained ES module for browsers (the same
 * code the CLI runs, with the generated validator and schema facts), for the documentation site's validator.
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

export const BROWSER_BUNDLE = 'dist/browser/htfds-validate.js';

/** Bundles src/browser.ts into one minified ES module at `outfile`. */
export async function bundleBrowser(outfile = BROWSER_BUNDLE): Promise<void> {
  await build({
    entryPoints: ['src/browser.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleBrowser();
