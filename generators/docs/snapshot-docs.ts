/**
 * Keeps a released version's documentation: writes the generated pages for the schema being released, lets
 * Docusaurus copy the docs into versioned_docs/version-<v> (`docusaurus docs:version`), and keeps that version's
 * downloads in versioned_downloads/<v>, so that after the next release the site still serves this version's
 * reference and files at /docs/<v>/ and /downloads/<v>/. `htfds release` runs it; it can also be run alone:
 *
 *   tsx generators/docs/snapshot-docs.ts [--root .] [--site docs] [--dist dist]
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { docusaurus, prepareSite, releasedDocsVersions, VERSIONED_DOWNLOADS_DIR } from './build-site.js';

/** Snapshots the docs of the version the schema in `root` declares; returns what it did, in words. */
export async function snapshotDocs(options: { root: string; siteDir: string; distDir: string }): Promise<string> {
  const prepared = await prepareSite(options);
  const version = prepared.version;
  if (releasedDocsVersions(options.siteDir).includes(version)) return `the docs of ${version} are already kept in ${options.siteDir}/versioned_docs`;
  // Plugin commands of Docusaurus take the site from the working folder.
  await docusaurus(['docs:version', version], { cwd: resolve(options.siteDir), quiet: true });
  const downloads = join(options.siteDir, VERSIONED_DOWNLOADS_DIR, version);
  rmSync(downloads, { recursive: true, force: true });
  cpSync(join(options.siteDir, 'static', 'downloads', prepared.downloadsFolder), downloads, { recursive: true });
  return `docs of ${version} kept in ${options.siteDir}/versioned_docs/version-${version}, its downloads in ${downloads}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, site: { type: 'string' }, dist: { type: 'string' } } });
  const root = values.root!;
  const siteDir = values.site ?? join(root, 'docs');
  const distDir = values.dist ?? join(root, 'dist');
  try {
    if (!existsSync(join(siteDir, 'docusaurus.config.js'))) throw new Error(`${siteDir} holds no documentation site`);
    process.stdout.write(`${await snapshotDocs({ root, siteDir, distDir })}\n`);
  } catch (error) {
    process.stderr.write(`docs snapshot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
