/**
 * The published package as an adopter gets it: `npm pack` (which builds), installed from the tarball into an
 * empty folder (dependencies from the registry or npm's cache), imported from plain Node ESM and from a
 * `tsc --strict` project, and its CLI run. A bank's dependency review sees what this installs: the test fails
 * when the installed packages or bytes grow past the limits, or when the published library reaches into the
 * build's code (generators/) or into a package it does not declare. Optional peer dependencies (such as the
 * database driver `htfds detect` loads when present) are not installed by npm and so are not counted.
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSpecifiers } from '../generators/import-specifiers.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'htfds-pack-'));
const app = join(dir, 'app');
const installed = join(app, 'node_modules/htfds');

/** What `npm install htfds` may bring at most, the package itself included (issue 12). */
const MAX_PACKAGES = 15;
const MAX_BYTES = 10 * 1000 * 1000;

/** Every installed package (a folder with a package.json under node_modules, nested ones included) and the bytes of every file. */
function inventory(nodeModules: string): { packages: string[]; bytes: number } {
  const packages: string[] = [];
  let bytes = 0;
  const walk = (path: string) => {
    const info = lstatSync(path);
    if (info.isSymbolicLink()) return;
    if (info.isFile()) bytes += info.size;
    if (!info.isDirectory()) return;
    const parent = dirname(path);
    const scope = dirname(parent);
    if (existsSync(join(path, 'package.json')) && (parent.endsWith('node_modules') || (scope.endsWith('node_modules') && parent.split('/').pop()!.startsWith('@')))) packages.push(relative(nodeModules, path));
    for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(nodeModules);
  return { packages, bytes };
}

const importsOf = (file: string) => importSpecifiers(readFileSync(file, 'utf8'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await run('npm', ['pack', '--pack-destination', dir, '--silent'], { maxBuffer: 64 * 1024 * 1024 });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'adopter', private: true, type: 'module' }));
  await run('npm', ['install', join(dir, tarball), '--no-audit', '--no-fund', '--prefer-offline', '--silent'], { cwd: app });
}, 300_000);

describe('the npm package', () => {
  test(`installs at most ${MAX_PACKAGES} packages and ${MAX_BYTES / 1e6} MB, every runtime feature included`, () => {
    const { packages, bytes } = inventory(join(app, 'node_modules'));
    // The figures, for the record of each run (issue 12 asks for them).
    console.log(`npm install htfds: ${packages.length} packages, ${(bytes / 1e6).toFixed(2)} MB: ${packages.sort().join(', ')}`);
    expect(packages).toContain('htfds');
    expect(packages.length).toBeLessThanOrEqual(MAX_PACKAGES);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
  });

  test('the published library never reaches into generators/ or an undeclared package (walked from its entries)', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    // Optional peers (loaded by dynamic import when the adopter installs them) may be imported too.
    const optionalPeers = Object.keys(manifest.peerDependencies ?? {}).filter((name) => manifest.peerDependenciesMeta?.[name]?.optional === true);
    const declared = new Set([...Object.keys(manifest.dependencies), ...optionalPeers]);
    const builtins = new Set(builtinModules);
    const library = join(installed, 'dist/lib/src');
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          if (!target.startsWith(`${library}/`)) problems.push(`${relative(installed, file)} imports ${specifier}, outside the library`);
          else if (!existsSync(target)) problems.push(`${relative(installed, file)} imports ${specifier}, which is not in the package`);
          else visit(target);
        } else if (!builtins.has(specifier.replace(/^node:/, '').split('/')[0]!) && !builtins.has(specifier.replace(/^node:/, ''))) {
          const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
          if (!declared.has(name)) problems.push(`${relative(installed, file)} imports ${specifier}, not a dependency`);
        }
      }
    };
    for (const entry of ['index.js', 'browser.js', 'cli/main.js']) visit(join(library, entry));
    expect(seen.size).toBeGreaterThan(40);
    expect(problems).toEqual([]);
    expect(existsSync(join(installed, 'dist/lib/generators'))).toBe(false);
    // The build-only dependencies are not installed at all.
    for (const buildOnly of ['exceljs', 'handlebars', 'json-schema-to-typescript', '@asyncapi/parser', 'prettier', 'yaml']) expect(existsSync(join(app, 'node_modules', buildOnly)), buildOnly).toBe(false);
  });

  test('imports from plain Node ESM and validates', async () => {
    writeFileSync(join(app, 'check.mjs'), `
      import { readFileSync } from 'node:fs';
      import { validateCaseReport, isValid } from 'htfds';
      const report = JSON.parse(readFileSync('node_modules/htfds/examples/minimal.json', 'utf8'));
      const broken = { ...report, recordType: 'caseFile' };
      console.log(JSON.stringify({ valid: isValid(validateCaseReport(report)), codes: validateCaseReport(broken).map((f) => f.code) }));
    `);
    const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: app });
    expect(JSON.parse(stdout)).toEqual({ valid: true, codes: ['code-unknown'] });
  });

  test('type-checks in a tsc --strict project, and the types catch a wrong code', async () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', types: [] }, files: ['use.ts'] }));
    const source = (recordType: string) => `
      import { validateCaseReport, isValid, type CaseReport, type Finding } from 'htfds';
      const report: CaseReport = {
        schemaVersion: '0.1.0', recordId: '0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60', recordType: '${recordType}', reportingOrgType: 'NGO',
        reportingCountry: 'GB', dateReported: '2026-03-02', traffickingStatus: { missing: 'unknown' }, exploitationTypes: ['ForcedLabour'],
        sharing: { tlp: 'TLP:AMBER', permittedPurposes: ['investigation'], onwardSharing: 'prohibited' },
        consent: { consentStatus: 'explicitConsent' }, provenance: { informationSources: ['survivorInterview'] },
        victimProfiles: [{ id: 'VP1', financialControl: { debtBondage: true, takesEarnings: false, restrictsFinancialAccess: false, withholdsDocuments: false, accountControlledByOther: false }, victimFinancialMisuse: { usedAsMoneyMule: false } }],
      };
      const findings: Finding[] = validateCaseReport(report);
      export const ok: boolean = isValid(findings);
    `;
    const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
    writeFileSync(join(app, 'use.ts'), source('caseSummary'));
    await expect(run(process.execPath, [tsc, '-p', app])).resolves.toBeDefined();
    writeFileSync(join(app, 'use.ts'), source('caseFile'));
    await expect(run(process.execPath, [tsc, '-p', app])).rejects.toMatchObject({ stdout: expect.stringContaining('caseFile') });
  });

  test('the API for programs type-checks under tsc --strict: the browser entry, the readers and importers, the finding codes, dated strings', async () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', types: [] }, files: ['api.ts'] }));
    const source = (wrong: string) => `
      import { validateCaseReport as inBrowser, type FindingCode as BrowserCode } from 'htfds/browser';
      import { readRecords, importWorkbook, importCsvPackage, readSubmissionRecords, exportWorkbook, type CaseReport, type FindingCode, type ImportedRecord } from 'htfds';
      export async function count(file: string): Promise<number> {
        let n = 0;
        for await (const record of readRecords(file)) if (inBrowser(record.data).length === 0) n++;
        const imported: ImportedRecord[] = [];
        for await (const r of importWorkbook('a.xlsx')) imported.push(r);
        for await (const r of importCsvPackage('csv')) imported.push(r);
        for await (const r of readSubmissionRecords('s.xml')) imported.push(r);
        await exportWorkbook(imported.map((r) => r.record));
        return n;
      }
      export const known: FindingCode = 'reference-unresolved';
      export const fromBrowser: BrowserCode = 'code-unknown';
      export const date: CaseReport['dateReported'] = '2026-03-02';
      ${wrong}
    `;
    const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
    writeFileSync(join(app, 'api.ts'), source(''));
    await expect(run(process.execPath, [tsc, '-p', app])).resolves.toBeDefined();
    for (const [wrong, complaint] of [
      ["export const typo: FindingCode = 'refrence-unresolved';", 'refrence-unresolved'],
      ["export const spelled: CaseReport['dateReported'] = 'second of March';", 'second of March'],
    ]) {
      writeFileSync(join(app, 'api.ts'), source(wrong!));
      await expect(run(process.execPath, [tsc, '-p', app]), wrong).rejects.toMatchObject({ stdout: expect.stringContaining(complaint!) });
    }
    expect(readFileSync(join(installed, 'dist/types/case-report.d.ts'), 'utf8')).not.toContain('This interface was referenced by');
  });

  test('leaves the DuckDB engine and the YAML reader out of a plain install; detect then says in one line what to install', async () => {
    await expect(run(process.execPath, ['-e', "import('@duckdb/node-api')"], { cwd: app })).rejects.toBeDefined();
    const failed = await run(join(app, 'node_modules/.bin/htfds'), ['detect', 'node_modules/htfds/examples'], { cwd: app }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toBe('htfds detect: detection needs the DuckDB engine and a YAML reader, which are optional: run `npm install @duckdb/node-api yaml`\n');
  });

  test('ships the CLI', async () => {
    const { stdout } = await run(join(app, 'node_modules/.bin/htfds'), ['validate', 'node_modules/htfds/examples'], { cwd: app });
    const n = readdirSync('examples').filter((f) => f.endsWith('.json')).length;
    expect(stdout).toContain(`${n} reports in ${n} files: ${n} valid, 0 invalid.`);
  });

  test("the users' commands work from the package: export to a workbook and a CSV package, import both back, anonymise, stats, upgrade", async () => {
    const htfds = (...args: string[]) => run(join(app, 'node_modules/.bin/htfds'), args, { cwd: app, maxBuffer: 64 * 1024 * 1024 });
    const examples = 'node_modules/htfds/examples';
    const count = readdirSync(join(installed, 'examples')).length;
    await htfds('export', examples, '--to', 'xlsx', '--out', 'cases.xlsx');
    await htfds('export', examples, '--to', 'csv', '--out', 'cases-csv');
    for (const input of ['cases.xlsx', 'cases-csv']) {
      const { stdout } = await htfds('import', input, '--format', 'json');
      const reports = stdout.trim().split('\n').map((line) => JSON.parse(line) as { recordId?: string });
      expect(reports.filter((r) => r.recordId).length, input).toBe(count);
    }
    const anonymised = await htfds('anonymise', '--profile', 'internal', examples);
    expect(anonymised.stdout.trim().split('\n').length).toBe(count);
    const stats = await htfds('stats', '--threshold', '1', '--budget-file', join(app, 'budget.json'), '--format', 'json', join(examples, 'fishing.json'));
    expect(JSON.parse(stats.stdout).epsilon).toBe(1);
    const upgraded = await htfds('upgrade', join(examples, 'minimal.json'));
    expect(JSON.parse(upgraded.stdout).recordId).toBe(JSON.parse(readFileSync(join(installed, 'examples/minimal.json'), 'utf8')).recordId);
  });

  test("the maintainers' commands are not in the package, and say where they run", async () => {
    const result = await run(join(app, 'node_modules/.bin/htfds'), ['lint'], { cwd: app }).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/^htfds: `htfds lint` is a maintainers' command: run it in a checkout of the HTFDS repository\n$/) });
  });
});
