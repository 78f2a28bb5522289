/**
 * The documentation site, built for real and opened in Chromium. In a scratch copy of the repository the
 * current version is released (`htfds release`, which keeps its docs), then the schema moves on to the next
 * minor version with a new field, a new code and two deprecations; the site is built once from that state. So
 * the site's default docs are the released version, generated from this repository's schema, and the next
 * version's docs sit beside them at /docs/next/, showing the badges.
 *
 * Checked: the build fails on broken links (its own link check passes, and catches breakage when a file goes
 * missing); every field of the model has exactly one reference entry; home page, a field page, the indicator
 * catalogue (its filters), the downloads (every file there, with the checksum the page gives) and the validator
 * (a valid example passes, an invalid fixture shows its finding at the right place, no request at all while
 * checking, none to another origin ever). Screenshots go to test-artifacts/docs/.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Writable } from 'node:stream';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAll } from '../generators/build.js';
import { buildSite } from '../generators/docs/build-site.js';
import { checkLinks } from '../generators/docs/check-links.js';
import { type FieldModel } from '../generators/model/field-model.js';
import { loadFieldModel } from '../generators/load-model.js';
import { bundleBrowser } from '../scripts/bundle-browser.js';
import { releaseCommand } from '../generators/cli/version-command.js';
import { exportCsvPackage, exportWorkbook } from '../src/tabular/export-tabular.js';
import { applyPatch, type PatchOperation } from './helpers/json-patch.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const ARTIFACTS = resolve('test-artifacts/docs');
// Inside the repository (in the ignored .cache/), so that the scratch site finds the repository's node_modules.
mkdirSync('.cache', { recursive: true });
const root = resolve(mkdtempSync(join('.cache', 'docs-test-')));
// Inside the site, under its package.json with no "type": Rspack's server bundle must load as CommonJS.
const outDir = join(root, 'docs', 'build');
const released = loadFieldModel('schema');
const next = (() => {
  const [major, minor] = released.version.split('.').map(Number) as [number, number];
  return `${major}.${minor + 1}.0`;
})();
let nextModel: FieldModel;
/** A description with everything MDX or Markdown would misread; it must show exactly as written. */
const HOSTILE_DESCRIPTION = 'Days until settlement {not an expression} <NotATag> a|b *not bold* _not italic_ `tick` [not](a link) & \\ #no.';
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every request any page made, in order. */
const requests: string[] = [];

const editJson = (path: string, edit: (json: any) => void) => {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
};

/** The artefacts of the scratch schema, as `npm run build:package` makes them. */
async function buildDist() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const result = await buildAll(join(root, 'schema'), join(root, 'dist'), join(root, 'src-generated'));
  expect(result.findings).toEqual([]);
  await bundleBrowser(join(root, 'dist', 'browser', 'htfds-validate.js'));
}

beforeAll(async () => {
  for (const item of ['schema', 'examples', 'CONTRIBUTING.md', 'CHANGELOG.md', 'package.json', 'releases']) if (existsSync(item)) cpSync(item, join(root, item), { recursive: true });
  // The hand-written site and any kept versions; not what a build generates, nor the site's webpack cache (a
  // cache copied to another folder is not valid there: webpack then renders pages with the wrong data).
  const generated = ['docs/build', 'docs/.docusaurus', 'docs/node_modules', 'docs/docs/reference', 'docs/static/downloads', 'docs/static/validator', 'docs/site-facts.json'];
  cpSync('docs', join(root, 'docs'), { recursive: true, filter: (src) => !generated.some((g) => src === g || src.startsWith(`${g}${sep}`)) });

  // Release the current version, as a maintainer would (unless this repository has already released it), from its build.
  if (!existsSync(join('releases', released.version))) {
    await buildDist();
    let said = '';
    const out = new Writable({ write: (c, _e, done) => ((said += String(c)), done()) });
    expect(releaseCommand(root, out), said).toBe(0);
    expect(said).toContain(`docs of ${released.version} kept`);
  }

  // The next version: a new optional field, a new code, a deprecated field and a deprecated code.
  editJson(join(root, 'schema/transaction.schema.json'), (s) => {
    const props = s.$defs.Transaction.properties;
    props.settlementDelayDays = { title: 'Settlement delay', description: HOSTILE_DESCRIPTION, type: 'integer', minimum: 0, 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'] };
    props.timeOfDayBand['x-deprecated'] = { since: next, reason: 'Made by the docs test: times of day were rarely known.', replacedBy: '/transactions/*/date' };
    s.$defs.Frequency.enum.push('quarterly');
  });
  const frequency = join(root, 'schema/codelists/frequency.csv');
  writeFileSync(
    frequency,
    readFileSync(frequency, 'utf8')
      .replace(/^fortnightly,(.*),,$/m, `fortnightly,$1,${next},Use weekly or monthly (made by the docs test).`)
      .concat('quarterly,Quarterly,About once every three months.,HTFDS,,,\n'),
  );
  editJson(join(root, 'schema/case-report.schema.json'), (s) => (s['x-schemaVersion'] = next));
  editJson(join(root, 'package.json'), (p) => (p.version = next));
  nextModel = loadFieldModel(join(root, 'schema'));
  await buildDist();

  await buildSite({ root, siteDir: join(root, 'docs'), distDir: join(root, 'dist'), outDir, quiet: true });

  server = await serveStatic(outDir);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // Anything not for the local site is refused before it leaves, and recorded so that the test fails.
  await context.route('**', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
  context.on('request', (r) => requests.push(r.url()));
  mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  // HTFDS_KEEP_DOCS_TEST=1 keeps the scratch repository and its built site, to look at after a failure.
  if (!process.env.HTFDS_KEEP_DOCS_TEST) rmSync(root, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${server.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });

/** The field paths that the reference pages under `dir` of the built site have entries for. */
function referenceEntries(dir: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of html.matchAll(/data-field-path="([^"]+)"/g)) paths.push(m[1]!);
  }
  return paths.sort();
}

describe('the documentation site', () => {
  test('builds with every link and anchor resolving, and its link check catches what breaks', () => {
    expect(checkLinks(outDir)).toEqual([]);
  });

  test('built again with nothing changed, the site is kept as it is, not made again', async () => {
    const page = join(outDir, 'index.html');
    const before = statSync(page).mtimeMs;
    const again = await buildSite({ root, siteDir: join(root, 'docs'), distDir: join(root, 'dist'), outDir, quiet: true });
    expect(again.reused).toBe(true);
    expect(statSync(page).mtimeMs).toBe(before);
  });

  test('nothing on any page is loaded from another site: no external script, stylesheet, font or image', () => {
    const external: string[] = [];
    for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|css)$/.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      const loads = [
        ...text.matchAll(/<(?:script|img|iframe|source)\b[^>]*\ssrc="((?:https?:)?\/\/[^"]*)"/gi),
        ...text.matchAll(/<link\b(?=[^>]*rel="(?:stylesheet|icon|preload|prefetch|modulepreload|manifest|preconnect|dns-prefetch)")[^>]*href="((?:https?:)?\/\/[^"]*)"/gi),
        ...text.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]*)/gi),
        ...text.matchAll(/@import\s+["']((?:https?:)?\/\/[^"']*)/gi),
      ];
      for (const m of loads) external.push(`${entry.name}: ${m[1]}`);
    }
    expect(external).toEqual([]);
  });

  test('the built site has every generated page: code lists with every code, examples, profiles, exchange, command line', () => {
    const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
    for (const list of released.codelists.values()) {
      const page = html(`docs/reference/codelists/${list.name}`);
      for (const { code } of list.codes) expect(page, `${list.name} ${code}`).toContain(`id="code-${code}"`);
    }
    for (const { name } of released.examples) expect(html(`docs/reference/examples/${name}`)).toContain(`examples/${name}.json`);
    for (const profile of released.profiles) {
      const page = html(`docs/reference/profiles/${profile.name}`);
      expect(page).toContain(profile.title);
      expect(page.match(/<tr>/g)!.length).toBeGreaterThan(released.fields.length);
      if (profile.kAnonymity) expect(page).toContain(`<strong>${profile.kAnonymity.k}</strong>`);
    }
    // Every channel address of each version's exchange description (the hub's subjects, not a list kept here): the
    // next version's page from this build's document, the released version's from the document it kept.
    const addressesIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^    address: (\S+)$/gm)].map((m) => m[1]!);
    for (const [page, document] of [
      ['docs/next/reference/asyncapi', join(root, 'dist', 'asyncapi.yaml')],
      ['docs/reference/asyncapi', join(root, 'docs', 'versioned_downloads', released.version, 'asyncapi.yaml')],
    ] as const) {
      const addresses = addressesIn(document);
      expect(addresses.length, page).toBeGreaterThanOrEqual(5);
      for (const address of addresses) expect(html(page), page).toContain(address);
    }
    const cli = html('docs/reference/cli');
    for (const command of ['validate', 'anonymise', 'import', 'release']) expect(cli).toContain(`id="htfds-${command}"`);
    expect(html('docs/guides/contributing/governance')).toMatch(/Appeal/);
  });

  test('every field of the model has exactly one reference entry, in the released and the next version', () => {
    expect(referenceEntries(join(outDir, 'docs/reference/fields'))).toEqual(released.fields.map((f) => f.path).sort());
    expect(referenceEntries(join(outDir, 'docs/next/reference/fields'))).toEqual(nextModel.fields.map((f) => f.path).sort());
  });

  test('home page', async () => {
    const page = await open('/');
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Human Trafficking Financial Data Standard');
    for (const guide of ['frontline', 'financial-institutions', 'developers', 'contributing']) expect(await page.locator(`a[href="/docs/guides/${guide}/"]`).count()).toBeGreaterThan(0);
    await shot(page, 'home');
    await page.close();
  });

  test('a field reference page: every field of the section with its definition, code list and markings', async () => {
    const page = await open('/docs/reference/fields/persons/');
    const persons = released.fields.filter((f) => /^\/persons\/\*\/[^/]+$/.test(f.path));
    await expect(page.locator('[data-field-path]').count()).resolves.toBe(persons.length);
    const gender = page.locator('tr', { has: page.locator('[data-field-path="/persons/*/gender"]') });
    const field = persons.find((f) => f.name === 'gender')!;
    const row = await gender.innerText();
    expect(row).toContain(field.title);
    expect(row).toContain(field.sensitivity);
    expect(row).toContain(released.codelists.get(field.codelist!)!.title);
    await expect(gender.locator('a', { hasText: released.codelists.get(field.codelist!)!.title }).getAttribute('href')).resolves.toBe(`/docs/reference/codelists/${field.codelist}/`);
    // Descriptions show as the schema writes them.
    await expect(page.locator('body').innerText()).resolves.toContain(persons[0]!.description);
    await shot(page, 'field-reference');
    await page.close();
  });

  test('the next version is beside the released one, with "new in" and "deprecated in" badges', async () => {
    const page = await open('/docs/next/reference/fields/transactions/');
    const added = page.locator('tr', { has: page.locator('[data-field-path="/transactions/*/settlementDelayDays"]') });
    await expect(added.innerText()).resolves.toContain(`new in ${next}`);
    const deprecated = page.locator('tr', { has: page.locator('[data-field-path="/transactions/*/timeOfDayBand"]') });
    await expect(deprecated.innerText()).resolves.toMatch(new RegExp(`deprecated in ${next.replaceAll('.', '\\.')}[\\s\\S]*times of day were rarely known`));
    await expect(added.innerText()).resolves.toContain(HOSTILE_DESCRIPTION);
    // A field there since the first release carries no "new in" badge (fields the released version added do).
    const original = page.locator('tr', { has: page.locator('[data-field-path="/transactions/*/id"]') });
    await expect(original.innerText()).resolves.not.toMatch(/new in/);
    await shot(page, 'next-version-badges');
    await page.close();

    const codes = await open('/docs/next/reference/codelists/frequency/');
    await expect(codes.locator('tr', { hasText: 'quarterly' }).innerText()).resolves.toContain(`new in ${next}`);
    await expect(codes.locator('tr', { hasText: 'fortnightly' }).innerText()).resolves.toContain(`deprecated in ${next}`);
    await codes.close();

    // The released version's page is unchanged and still served at the default address.
    const old = await open('/docs/reference/fields/transactions/');
    await expect(old.locator('[data-field-path="/transactions/*/settlementDelayDays"]').count()).resolves.toBe(0);
    await expect(old.locator('.navbar').innerText()).resolves.toContain(released.version);
    await old.close();
  });

  test('the indicator catalogue filters by typology, category, whom it describes, source and verification, with a badge on unverified indicators', async () => {
    const page = await open('/docs/reference/indicators/');
    const active = released.indicators.filter((i) => i.status !== 'withdrawn');
    const count = page.getByTestId('indicator-count');
    await expect(count.textContent()).resolves.toBe(`Showing ${active.length} of ${released.indicators.length} indicators`);
    const shown = () => page.locator('tr[data-indicator-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-indicator-id')));

    await page.selectOption('#filter-typology', 'HTFL');
    const labour = active.filter((i) => i.typologies.includes('HTFL') || i.typologies.includes('ALL'));
    await expect(shown()).resolves.toEqual(labour.map((i) => i.id));

    await page.selectOption('#filter-verification', 'unverified');
    const unverified = labour.filter((i) => i.verification === 'unverified');
    await expect(shown()).resolves.toEqual(unverified.map((i) => i.id));
    await expect(count.textContent()).resolves.toBe(`Showing ${unverified.length} of ${released.indicators.length} indicators`);
    // Each unverified indicator carries its badge.
    await expect(page.getByTestId('unverified-badge').count()).resolves.toBe(unverified.length);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.selectOption('#filter-subject', 'scamTarget');
    await expect(shown()).resolves.toEqual(active.filter((i) => i.subject.includes('scamTarget')).map((i) => i.id));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.selectOption('#filter-category', 'TX');
    const source = active.find((i) => i.category.includes('TX'))!.source;
    await page.selectOption('#filter-source', source);
    await expect(shown()).resolves.toEqual(active.filter((i) => i.category.includes('TX') && i.source === source).map((i) => i.id));
    await shot(page, 'indicator-catalogue');
    await page.close();
  });

  test('the downloads page lists every artefact with its checksum, and each file is there with those bytes', async () => {
    const page = await open('/docs/reference/downloads/');
    const rows = await page.locator('tr', { has: page.locator('a[href^="/downloads/"]') }).evaluateAll((trs) =>
      trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, sha256: tr.querySelectorAll('td')[3]!.textContent!.trim() })),
    );
    // The released version's artefacts: everything its build wrote, less the compiled library, plus the examples.
    const releasedFiles = readdirSync(join(root, 'docs/versioned_downloads', released.version), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name !== 'SHA256SUMS');
    expect(rows.length).toBe(releasedFiles.length);
    expect(rows.some((r) => r.href.endsWith('/asyncapi.yaml'))).toBe(true);
    expect(rows.some((r) => r.href.endsWith('/schema/htfds-case-report.bundle.schema.json'))).toBe(true);
    expect(rows.some((r) => /\/codelists\/.+\.csv$/.test(r.href))).toBe(true);
    expect(rows.some((r) => r.href.includes('/templates/'))).toBe(true);
    for (const { href, sha256 } of rows) {
      expect(href.startsWith(`/downloads/${released.version}/`), href).toBe(true);
      const response = await fetch(`${server.origin}${href}`);
      expect(response.status, href).toBe(200);
      expect(createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex'), href).toBe(sha256);
    }
    await shot(page, 'downloads');
    await page.close();
  });

  test('local search finds pages without any other site', async () => {
    const page = await open('/docs/');
    await page.locator('.navbar__search-input').fill('debt bondage');
    await expect(page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 20_000 })).resolves.toBeUndefined();
    await shot(page, 'search');
    await page.close();
  });

  describe('the validator', () => {
    const scratch = join(root, 'validator-inputs');
    const invalid = JSON.parse(readFileSync('test/fixtures/invalid/reporting-country-lower-case.json', 'utf8')) as { base: string; patch: PatchOperation[]; expectedError: { instancePath: string } };

    test('a valid example passes and an invalid fixture shows its finding at its place, with no request at all while checking', async () => {
      mkdirSync(scratch, { recursive: true });
      const bad = join(scratch, 'reporting-country-lower-case.json');
      writeFileSync(bad, JSON.stringify(applyPatch(JSON.parse(readFileSync(`examples/${invalid.base}.json`, 'utf8')), invalid.patch)));
      const page = await open('/validator/');
      await page.locator('[data-testid="engine-status"][data-ready="true"]').waitFor();
      const before = requests.length;

      await page.getByTestId('file-input').setInputFiles('examples/fishing.json');
      await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^1 report checked: 1 valid, 0 not valid/);
      await expect(page.locator('article[data-valid="true"]').count()).resolves.toBe(1);
      await shot(page, 'validator-valid');

      await page.getByTestId('file-input').setInputFiles(bad);
      await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^1 report checked: 0 valid, 1 not valid/);
      const finding = page.locator(`li[data-path="${invalid.expectedError.instancePath}"][data-severity="error"]`);
      await expect(finding.count()).resolves.toBe(1);
      const text = await finding.innerText();
      expect(text).toContain('Reporting country');
      expect(text).toContain('/reportingCountry');
      // Findings never repeat the report's own values.
      expect(text).not.toContain('"gb"');
      await shot(page, 'validator-invalid');

      // Nothing was requested while the files were read and checked: not even from this site.
      expect(requests.slice(before)).toEqual([]);
      await page.close();
    });

    test('a filled workbook and the files of a CSV package are read by the importer of htfds import; findings name the cell', async () => {
      const report = applyPatch(JSON.parse(readFileSync(`examples/${invalid.base}.json`, 'utf8')), invalid.patch);
      const workbook = join(scratch, 'filled.xlsx');
      writeFileSync(workbook, await exportWorkbook([report]));
      const csv = exportCsvPackage([JSON.parse(readFileSync('examples/fishing.json', 'utf8'))]).filter((f) => f.path.endsWith('.csv'));
      for (const file of csv) writeFileSync(join(scratch, file.path), file.content);
      const page = await open('/validator/');
      await page.locator('[data-testid="engine-status"][data-ready="true"]').waitFor();
      const before = requests.length;

      await page.getByTestId('file-input').setInputFiles(workbook);
      await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^1 report checked: 0 valid, 1 not valid/);
      const finding = page.locator(`li[data-path="${invalid.expectedError.instancePath}"][data-severity="error"]`);
      await expect(finding.getAttribute('data-cell')).resolves.toMatch(/^sheet ".+", row \d+, column [A-Z]+ \(reportingCountry\)$/);
      await shot(page, 'validator-workbook');

      await page.getByTestId('file-input').setInputFiles(csv.map((f) => join(scratch, f.path)));
      await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^1 report checked: 1 valid, 0 not valid/);
      expect(requests.slice(before)).toEqual([]);
      await page.close();
    });

    test('NDJSON: each line is a report; a broken line is named without its content', async () => {
      const lines = join(scratch, 'batch.ndjson');
      writeFileSync(lines, `${JSON.stringify(JSON.parse(readFileSync('examples/minimal.json', 'utf8')))}\n{"recordId": "secret-value", \n`);
      const page = await open('/validator/');
      await page.locator('[data-testid="engine-status"][data-ready="true"]').waitFor();
      await page.getByTestId('file-input').setInputFiles(lines);
      await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^1 report checked: 1 valid, 0 not valid; 1 file or part could not be read/);
      const unusable = await page.getByTestId('unusable').innerText();
      expect(unusable).toContain('batch.ndjson (line 2');
      expect(unusable).not.toContain('secret-value');
      await page.close();
    });
  });

  test('no page asked for anything outside the site', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
  });

  test('the link check fails the build when a download or an anchor goes missing', () => {
    const file = readdirSync(join(outDir, 'downloads', released.version, 'codelists'))[0]!;
    rmSync(join(outDir, 'downloads', released.version, 'codelists', file));
    const page = join(outDir, 'docs/reference/sources/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('id="source-htfds"', 'id="renamed"'));
    const broken = checkLinks(outDir);
    expect(broken).toContainEqual({ page: '/docs/reference/downloads/', link: `/downloads/${released.version}/codelists/${file}`, problem: 'missing' });
    expect(broken.some((b) => b.problem === 'anchor' && b.link.endsWith('/docs/reference/sources/#source-htfds'))).toBe(true);
  });
});
