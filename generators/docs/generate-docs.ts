/**
 * The generated part of the documentation site: the reference (fields, code lists, indicators, examples,
 * sharing profiles, command line, exchange, downloads, sources) from the model, and the contributing pages from
 * CONTRIBUTING.md. Pure: inputs in, files out; writing them is writeDocsPages's job.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { FieldModel } from '../model/field-model.js';
import { pageContext } from './page-context.js';
import { asyncapiPage } from './pages/asyncapi-page.js';
import { cliPage } from './pages/cli-page.js';
import { hubConfigPage } from './pages/hub-config-page.js';
import { codelistPages } from './pages/codelist-pages.js';
import { CONTRIBUTING_PAGES, contributingPages } from './pages/contributing-pages.js';
import type { DocsFile } from './pages/docs-file.js';
import { downloadsPage, type DownloadLinks } from './pages/downloads-page.js';
import { examplePages } from './pages/example-pages.js';
import { fieldPages } from './pages/field-pages.js';
import { htcdsPage } from './pages/htcds-page.js';
import { indicatorPage } from './pages/indicator-page.js';
import { overviewPage, sourcesPage } from './pages/overview-pages.js';
import { profilePages } from './pages/profile-pages.js';
import { rulesPage, type RuleMeasurement } from './pages/rules-page.js';
import type { Rule } from '../../src/detect/rules/rule.js';
import { REFERENCE_DIR } from './site-paths.js';
import type { VersionHistory } from './version-history.js';

export interface DocsInput {
  model: FieldModel;
  history: VersionHistory;
  /** The command line's definition, for its reference. */
  program: Command;
  /** The text of CONTRIBUTING.md. */
  contributing: string;
  downloads: DownloadLinks;
  /** The detection rules (schema/rules) and, when the build measured them, their figures. */
  rules?: Rule[];
  ruleMeasurement?: RuleMeasurement;
}

/** Every generated page, relative to the site's docs folder, in a stable order. */
export function docsPages(input: DocsInput): DocsFile[] {
  const ctx = pageContext(input.model, input.history);
  return [
    overviewPage(ctx),
    ...fieldPages(ctx),
    ...codelistPages(ctx, input.downloads),
    indicatorPage(input.model, input.history),
    ...(input.rules ? [rulesPage(input.rules, input.ruleMeasurement)] : []),
    ...examplePages(ctx, input.downloads),
    ...profilePages(ctx),
    cliPage(input.program),
    hubConfigPage(input.downloads),
    asyncapiPage(input.model, input.downloads),
    downloadsPage(input.model, input.downloads),
    ...[htcdsPage(ctx, input.downloads)].filter((p) => p !== undefined),
    sourcesPage(ctx),
    { path: `${REFERENCE_DIR}/_category_.json`, content: `${JSON.stringify({ label: 'Reference' }, null, 2)}\n` },
    ...contributingPages(input.contributing),
  ];
}

/** What the generator owns inside the docs folder: removed before writing, so a page of a removed thing goes too. */
export const GENERATED_DOCS = [REFERENCE_DIR, ...CONTRIBUTING_PAGES];

/** Writes the pages into `docsDir` (the site's docs/ folder), replacing the previous generated pages. */
export function writeDocsPages(docsDir: string, files: DocsFile[]): void {
  for (const path of GENERATED_DOCS) rmSync(join(docsDir, path), { recursive: true, force: true });
  for (const file of files) {
    const path = join(docsDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
