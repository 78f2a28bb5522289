/**
 * `npm run build:docs`: builds the documentation site. Writes the generated pages into the site, copies the
 * downloads and the browser validator into its static files, runs the Docusaurus build (offline: no update
 * check), then checks every link and anchor of the result. Fails on any problem, naming it.
 *
 *   tsx generators/docs/build-site.ts [--site docs] [--dist dist] [--out docs/build] [--pages-only]
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { bundleBrowser, bundleSend, bundleShare } from '../../scripts/bundle-browser.js';
import { siteGuide, SITE_GUIDE_FILE } from './pages/site-guide.js';
import { bundleForm } from './browser-form/bundle-form.js';

/** The generated XForm, as the build writes it to dist/templates/. */
const XFORM_FILE = 'htfds-case-report.xform.xml';
import { bundleImporter } from './browser-import/bundle-import.js';
import { createMaintainerProgram } from '../cli/program.js';
import { loadFieldModel } from '../load-model.js';
import { checkLinks } from './check-links.js';
import { buildUnlessCurrent, siteInputsDigest } from './site-inputs.js';
import { docsPages, writeDocsPages } from './generate-docs.js';
import { checksumsText, collectDownloads, CHECKSUMS_FILE } from './pages/downloads-page.js';
import { loadVersionHistory } from './version-history.js';
import { measureRules } from './rule-evaluation.js';
import { CATALOGUE_PATH, DEFAULT_RULES_DIR } from '../../src/detect/detect.js';
import { loadRules, loadYamlReader } from '../../src/detect/rules/rule.js';

export interface SiteOptions {
  /** The repository: schema/, releases/, CONTRIBUTING.md. */
  root: string;
  /** The Docusaurus site (docs/). */
  siteDir: string;
  /** The build's artefacts, offered on the downloads page. */
  distDir: string;
  /** Where the built site goes; default `<siteDir>/build`. */
  outDir?: string;
}

/** Where a site keeps released versions' downloads (committed by `htfds release`). */
export const VERSIONED_DOWNLOADS_DIR = 'versioned_downloads';
/** Static files the build generates (gitignored). */
export const GENERATED_STATIC = ['static/downloads', 'static/validator'];
/** Facts about the build that the site's configuration and pages read. */
export const SITE_FACTS_FILE = 'site-facts.json';

/** The versions the site has snapshots of (Docusaurus's versions.json), newest first. */
export function releasedDocsVersions(siteDir: string): string[] {
  const file = join(siteDir, 'versions.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

/** Writes everything the site needs besides its hand-written files; returns what it wrote. */
export async function prepareSite(options: SiteOptions): Promise<{ version: string; downloadsFolder: string; pages: number; downloads: number }> {
  const model = loadFieldModel(join(options.root, 'schema'));
  // The checkout's docs link to the checkout's downloads, in the folder of the version it declares. While that version
  // is a released one, the site shows the checkout's docs in place of its snapshot (docs/versions.js), and so offers
  // the checkout's files in place of the kept ones: the same schema (the version gate sees to it), today's toolkit.
  const folder = model.version;
  // The examples are offered beside the artefacts, so that each docs version links to its own examples.
  const examples = model.examples.map((e) => ({ path: `examples/${e.name}.json`, content: Buffer.from(`${JSON.stringify(e.report, null, 2)}\n`) }));
  const downloads = collectDownloads(options.distDir, folder, examples);
  if (downloads.files.length === examples.length) throw new Error(`${options.distDir} holds no artefacts to offer as downloads: run \`npm run build\` (or \`npm run build:package\`) first`);
  await loadYamlReader();
  const pages = docsPages({
    model,
    history: loadVersionHistory(model, options.root),
    program: createMaintainerProgram(),
    contributing: readFileSync(join(options.root, 'CONTRIBUTING.md'), 'utf8'),
    downloads,
    rules: loadRules(DEFAULT_RULES_DIR(), CATALOGUE_PATH()),
    ruleMeasurement: await measureRules(),
  });
  writeDocsPages(join(options.siteDir, 'docs'), pages);

  for (const dir of GENERATED_STATIC) rmSync(join(options.siteDir, dir), { recursive: true, force: true });
  const downloadsDir = join(options.siteDir, 'static', 'downloads');
  for (const file of downloads.files) {
    const target = join(downloadsDir, folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if (file.content) writeFileSync(target, file.content);
    else cpSync(join(options.distDir, file.path), target);
  }
  writeFileSync(join(downloadsDir, folder, CHECKSUMS_FILE), checksumsText(downloads));
  const versioned = join(options.siteDir, VERSIONED_DOWNLOADS_DIR);
  if (existsSync(versioned)) for (const version of readdirSync(versioned)) if (version !== folder) cpSync(join(versioned, version), join(downloadsDir, version), { recursive: true });
  // The validator page runs the same bundle as `htfds validate`, and the importer of `htfds import` for
  // spreadsheets, both served by the site itself.
  await bundleBrowser(join(options.siteDir, 'static', 'validator', 'htfds-validate.js'));
  await bundleImporter(join(options.siteDir, 'static', 'validator', 'htfds-import.js'));
  // "Prepare a case for sharing" runs the anonymiser of `htfds anonymise`, and both pages link findings to the fields' pages.
  await bundleShare(join(options.siteDir, 'static', 'validator', 'htfds-share.js'));
  // Its optional last step sends the prepared cases to the group's hub (loaded only when the person asks to send).
  await bundleSend(join(options.siteDir, 'static', 'validator', 'htfds-send.js'));
  writeFileSync(join(options.siteDir, 'static', 'validator', SITE_GUIDE_FILE), JSON.stringify(siteGuide(model, pages)));
  // "Fill in a case online": the generated XForm in ODK Web Forms, served by the site.
  await bundleForm(join(options.siteDir, 'static', 'validator', 'htfds-form.js'));
  cpSync(join(options.distDir, 'templates', XFORM_FILE), join(options.siteDir, 'static', 'validator', XFORM_FILE));
  writeFileSync(join(options.siteDir, SITE_FACTS_FILE), `${JSON.stringify({ version: model.version, downloads: folder }, null, 2)}\n`);
  return { version: model.version, downloadsFolder: folder, pages: pages.length, downloads: downloads.files.length };
}

/** The installed Docusaurus package's folder. */
const docusaurusDir = (): string => dirname(createRequire(import.meta.url).resolve('@docusaurus/core/package.json'));

/** Runs the Docusaurus CLI on the site, without its update check (the build needs no network). */
export function docusaurus(args: string[], options: { cwd?: string; quiet?: boolean } = {}): Promise<void> {
  const bin = join(docusaurusDir(), 'bin', 'docusaurus.mjs');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (c) => (output += String(c)));
    child.stderr?.on('data', (c) => (output += String(c)));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`docusaurus ${args[0]} failed (exit code ${code})${output ? `:\n${output.slice(-4000)}` : ''}`))));
  });
}

/**
 * Prepares and builds the site, then checks its links; throws on a broken link or anchor. When `outDir` already
 * holds a checked build of exactly what the prepared site now is (see site-inputs.ts), Docusaurus is not run again
 * and `reused` is true.
 */
export async function buildSite(options: SiteOptions & { quiet?: boolean }): Promise<{ outDir: string; version: string; downloadsFolder: string; reused: boolean }> {
  const prepared = await prepareSite(options);
  const outDir = resolve(options.outDir ?? join(options.siteDir, 'build'));
  // npm's record of what node_modules holds: the site's packages are part of what the build depends on.
  const inputs = siteInputsDigest(options.siteDir, outDir, join(docusaurusDir(), '..', '..', '.package-lock.json'));
  // Run from the site's folder: webpack keeps its cache under the nearest package.json's node_modules, so each site
  // (this one, a test's scratch copy) gets its own, and two builds never share one.
  const build = () => docusaurus(['build', resolve(options.siteDir), '--out-dir', outDir], { cwd: resolve(options.siteDir), quiet: options.quiet ?? false });
  const { reused, problems: broken } = await buildUnlessCurrent(outDir, inputs, build, () => checkLinks(outDir));
  if (broken.length > 0) {
    const lines = broken.slice(0, 50).map((b) => `  ${b.page}: ${b.problem === 'anchor' ? 'no anchor for' : 'nothing at'} ${b.link}`);
    throw new Error(`the built site has ${broken.length} broken link(s):\n${lines.join('\n')}`);
  }
  return { outDir, version: prepared.version, downloadsFolder: prepared.downloadsFolder, reused };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'docs' }, dist: { type: 'string', default: 'dist' }, out: { type: 'string' }, 'pages-only': { type: 'boolean', default: false } } });
  const options = { root: '.', siteDir: values.site!, distDir: values.dist!, ...(values.out ? { outDir: values.out } : {}) };
  try {
    if (values['pages-only']) {
      const result = await prepareSite(options);
      process.stdout.write(`docs: ${result.pages} generated pages and ${result.downloads} downloads for ${result.version} written into ${options.siteDir}\n`);
    } else {
      const result = await buildSite(options);
      const how = result.reused ? 'unchanged since its last build, kept' : 'built';
      process.stdout.write(`docs: site for ${result.version} ${how} in ${result.outDir}; every link and anchor resolves\n`);
    }
  } catch (error) {
    process.stderr.write(`build:docs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
