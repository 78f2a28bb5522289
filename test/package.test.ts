/**
 * The published package as an adopter gets it: `npm pack` (which builds), installed from the tarball into an
 * empty folder, imported from plain Node ESM and from a `tsc --strict` project, and its CLI run.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'htfds-pack-'));
const app = join(dir, 'app');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await run('npm', ['pack', '--pack-destination', dir, '--silent'], { maxBuffer: 64 * 1024 * 1024 });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'adopter', private: true, type: 'module' }));
  await run('npm', ['install', join(dir, tarball), '--no-audit', '--no-fund', '--prefer-offline', '--silent'], { cwd: app });
}, 300_000);

describe('the npm package', () => {
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
        financialControl: { debtBondage: true, takesEarnings: false, restrictsFinancialAccess: false, withholdsDocuments: false, accountControlledByOther: false },
        victimFinancialMisuse: { usedAsMoneyMule: false },
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

  test('leaves the DuckDB engine out of a plain install; detect then says in one line what to install', async () => {
    await expect(run(process.execPath, ['-e', "import('@duckdb/node-api')"], { cwd: app })).rejects.toBeDefined();
    const failed = await run(join(app, 'node_modules/.bin/htfds'), ['detect', 'node_modules/htfds/examples'], { cwd: app }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toBe('htfds detect: detection needs the DuckDB engine, which is not installed: run `npm install @duckdb/node-api`\n');
  });

  test('ships the CLI', async () => {
    const { stdout } = await run(join(app, 'node_modules/.bin/htfds'), ['validate', 'node_modules/htfds/examples'], { cwd: app });
    expect(stdout).toMatch(/11 reports in 11 files: 11 valid, 0 invalid\./);
  });
});
