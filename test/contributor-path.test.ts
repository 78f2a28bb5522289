/**
 * The contributor's path of CONTRIBUTING.md, walked in a scratch copy of the repository as a contributor would:
 * `npx htfds` before any build, a new code and a new optional field, lint, diff, the version gate refusing and then
 * accepting the bump (package.json, x-schemaVersion, package-lock.json), the changelog, the package build (which
 * keeps the CLI entry executable), and the tests that guard generated files and releases, all green.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'htfds-contributor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command in the scratch copy; resolves with its exit code and output whatever the code. */
async function inCopy(command: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: scratch, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}
const htfds = (...args: string[]) => inCopy('npm', 'exec', '--no', '--', 'htfds', ...args);
const editJson = (path: string, edit: (json: any) => void) => {
  const file = join(scratch, path);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
};

describe("the contributor's path", () => {
  test('edit → lint → diff → check-version → changelog → build → tests', async () => {
    // A checkout: the tracked files as they are now, and the installed dependencies; nothing built.
    const { stdout: files } = await run('git', ['ls-files', '-co', '--exclude-standard'], { maxBuffer: 64 * 1024 * 1024 });
    for (const file of files.split('\n').filter(Boolean)) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      try {
        cpSync(file, join(scratch, file), { preserveTimestamps: true });
      } catch {
        // A file deleted in the working tree but still tracked: a checkout would not have it either.
      }
    }
    symlinkSync(join(process.cwd(), 'node_modules'), join(scratch, 'node_modules'));
    // A clone has its history: `htfds diff` and the tests read git refs.
    const git = (...args: string[]) => run('git', ['-c', 'user.name=Contributor', '-c', 'user.email=contributor@example.invalid', ...args], { cwd: scratch });
    await git('init', '-q');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'the checkout');
    const [lastRelease] = (await run('git', ['ls-files', 'releases'])).stdout.split('\n').map((f) => f.split('/')[1]).filter(Boolean).sort().reverse();
    const declared = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8')).version as string;
    const [major, minor, patch] = declared.split('.').map(Number) as [number, number, number];
    // A minor change: before 1.0.0 it bumps the patch number (the gate's reading of SemVer for initial development).
    const next = major === 0 ? `0.${minor}.${patch + 1}` : `${major}.${minor + 1}.0`;

    // `npx htfds` before the first build runs, from the sources.
    const help = await htfds('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check-version/);

    // The change: a code in a closed list, and an optional field.
    writeFileSync(join(scratch, 'schema/codelists/wagesPaid.csv'), `${readFileSync(join(scratch, 'schema/codelists/wagesPaid.csv'), 'utf8')}paidByVoucher,Paid by voucher,Paid in vouchers for the employer's shop instead of money (synthetic test code).,HTFDS,,,\n`);
    editJson('schema/financial-control.schema.json', (s) => s.$defs.WagesPaid.enum.push('paidByVoucher'));
    editJson('schema/transaction.schema.json', (s) => {
      s.$defs.Transaction.properties.bookingLagDays = { title: 'Booking lag', description: 'Days between the payment and its booking (synthetic test field).', type: 'integer', minimum: 0, 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'] };
    });

    const lint = await htfds('lint');
    expect(lint.stdout + lint.stderr).toContain('schema lint: no problems');
    expect(lint.code).toBe(0);

    const diff = await htfds('diff', `releases/${lastRelease}/schema`, 'schema');
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/bookingLagDays added/);
    expect(diff.stdout).toMatch(/code paidByVoucher added to the closed code list wagesPaid/);
    expect(diff.stdout).toContain('the new version needs a minor version bump.');

    const refused = await htfds('check-version');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`are minor (under 0.y, a patch bump) and need version ${next} or later`);

    // The bump, in the three places the gate names.
    editJson('package.json', (p) => (p.version = next));
    editJson('schema/case-report.schema.json', (s) => (s['x-schemaVersion'] = next));
    const stale = await htfds('check-version');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('package-lock.json says');
    expect(stale.stdout).toContain('npm install --package-lock-only');
    editJson('package-lock.json', (l) => {
      l.version = next;
      l.packages[''].version = next;
    });
    const accepted = await htfds('check-version');
    expect(accepted.stdout).toContain(`version ${next} is consistent`);
    expect(accepted.code).toBe(0);

    const changelog = await htfds('changelog');
    expect(changelog.code).toBe(0);
    expect(readFileSync(join(scratch, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`## ${next.replaceAll('.', '\\.')} \\(unreleased\\)[\\s\\S]*bookingLagDays`));

    const build = await inCopy('npm', 'run', 'build:package');
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.code).toBe(0);
    expect(statSync(join(scratch, 'bin/htfds.js')).mode & 0o111).toBe(0o111);
    const n = readdirSync(join(scratch, 'examples')).filter((f) => f.endsWith('.json')).length;
    expect((await htfds('validate', 'examples')).stdout).toContain(`${n} valid, 0 invalid`);

    const tests = await inCopy(process.execPath, 'node_modules/vitest/vitest.mjs', 'run', 'test/build.test.ts', 'test/release.test.ts', 'test/version-gate.test.ts');
    // eslint-disable-next-line no-control-regex
    expect((tests.stdout + tests.stderr).replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Test Files\s+3 passed/);
    expect(tests.code).toBe(0);
  }, 900_000);
});
