/** Every example type-checks against the generated declarations under tsc --strict, and a wrong code does not. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'htfds-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');

async function typecheck(files: Record<string, string>): Promise<string> {
  const project = mkdtempSync(join(dir, 'p-'));
  cpSync('src/generated/case-report.d.ts', join(project, 'case-report.d.ts'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(project, name), content);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: false, types: [] }, include: ['*.ts'] }));
  try {
    await run(process.execPath, [tsc, '-p', project]);
    return '';
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('generated TypeScript declarations', () => {
  const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).sort();

  test('every example is a CaseReport under tsc --strict', async () => {
    const files = Object.fromEntries(examples.map((f, i) => [
      `example${i}.ts`,
      `import type { CaseReport } from './case-report.js';\nexport const report: CaseReport = ${readFileSync(`examples/${f}`, 'utf8')};\n`,
    ]));
    expect(await typecheck(files)).toBe('');
  });

  test('codes are string-literal unions: a misspelt code does not compile', async () => {
    const bad = JSON.parse(readFileSync('examples/minimal.json', 'utf8'));
    bad.exploitationTypes = ['ForcedLabor'];
    const out = await typecheck({ 'bad.ts': `import type { CaseReport } from './case-report.js';\nexport const report: CaseReport = ${JSON.stringify(bad)};\n` });
    expect(out).toMatch(/ForcedLabor/);
  });
});
