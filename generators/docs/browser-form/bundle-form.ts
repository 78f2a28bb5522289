/** Bundles the online form (ODK Web Forms and Vue) for the site's page "Fill in a case online". */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BROWSER_BUILD_OPTIONS } from '../../../scripts/bundle-browser.js';

export async function bundleForm(outfile: string): Promise<void> {
  await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [fileURLToPath(new URL('./entry.js', import.meta.url))],
    outfile,
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
}
