/**
 * dist/browser/htfds-validate.js: the runtime validator as one self-contained ES module for browsers (the same
 * code the CLI runs, with the generated validator and schema facts), for the documentation site's validator.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const BROWSER_BUNDLE = 'dist/browser/htfds-validate.js';

/** How every browser bundle of the project is built: one minified ES module for current browsers. */
export const BROWSER_BUILD_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
} as const;

/** Bundles src/browser.ts into one minified ES module at `outfile`. */
export async function bundleBrowser(outfile = BROWSER_BUNDLE): Promise<void> {
  await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: ['src/browser.ts'],
    outfile,
  });
}

/**
 * The anonymiser for browsers (the docs site's page "Prepare a case for sharing"): src/browser-share.ts, with
 * Node's crypto module served by a small stand-in for the hashes that need no key.
 */
export async function bundleShare(outfile: string): Promise<void> {
  await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: ['src/browser-share.ts'],
    outfile,
    alias: { 'node:crypto': fileURLToPath(new URL('./browser-shims/crypto.ts', import.meta.url)) },
  });
}

/**
 * Sending prepared cases to the group's hub from the same page (src/browser-hub.ts), a bundle of its own that the
 * page loads only when the person asks to send: NATS over WebSocket, the member client of `htfds submit`, and the
 * crypto stand-in above for its message IDs. The Node transport, which the library loads only when asked to
 * connect over TCP, is left out.
 */
export async function bundleSend(outfile: string): Promise<void> {
  await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: ['src/browser-hub.ts'],
    outfile,
    external: ['@nats-io/transport-node'],
    alias: { 'node:crypto': fileURLToPath(new URL('./browser-shims/crypto.ts', import.meta.url)) },
  });
}
