/**
 * Bundles the spreadsheet importer for the validator page (static/validator/htfds-import.js). The importer is
 * written for Node: its few uses of Node built-ins are served by small browser stand-ins (shims/), so that the
 * page runs the importer's own code rather than a second implementation of it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BROWSER_BUILD_OPTIONS } from '../../../scripts/bundle-browser.js';

const shim = (name: string) => fileURLToPath(new URL(`./shims/${name}.ts`, import.meta.url));

/** Writes the importer bundle to `outfile`. */
export async function bundleImporter(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./entry.ts', import.meta.url))],
    outfile,
    ...BROWSER_BUILD_OPTIONS,
    alias: {
      'node:fs': shim('fs'),
      'node:fs/promises': shim('fs'),
      'node:path': shim('path'),
      'node:zlib': shim('zlib'),
    },
    inject: [shim('buffer')],
  });
}
