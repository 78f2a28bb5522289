/**
 * A report with 300,000 findings: validation keeps the first 1,000 (or as many as asked), counts the rest, says so
 * in the CLI and in the browser validator, and completes (time is measured in bench/many-findings.ts, not here).
 * The report is synthetic: an example with 100,000 transactions, each with three codes that are no codes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { bundleBrowser } from '../scripts/bundle-browser.js';
import { MAX_FINDINGS_PER_REPORT, validateCaseReport, validateCaseReportCapped } from '../src/validate/validate-case-report.js';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-cap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An example with `n` transactions, each with a wrong method, purpose and country: 3n findings. */
function reportWithManyFindings(n: number): Record<string, unknown> {
  const report = JSON.parse(readFileSync('examples/fishing.json', 'utf8')) as { transactions: Record<string, unknown>[] };
  const t = report.transactions[0]!;
  report.transactions = Array.from({ length: n }, (_, i) => ({ ...t, id: `T${i}`, method: 'notAMethod', purpose: 'notAPurpose', counterpartyCountry: 'zz' }));
  return report;
}

const big = reportWithManyFindings(100_000);
const file = join(dir, 'many-findings.json');
writeFileSync(file, JSON.stringify(big));

describe('a cap on findings kept per report', () => {
  test('the library keeps the first 1,000 in order, counts the other 299,000, and gives the verdict', () => {
    const capped = validateCaseReportCapped(big);
    expect(capped.findings).toHaveLength(MAX_FINDINGS_PER_REPORT);
    expect(capped.omitted).toBe(299_000);
    expect(capped.valid).toBe(false);
    expect(capped.findings.slice(0, 3).map((f) => f.path)).toEqual(['/transactions/0/method', '/transactions/0/purpose', '/transactions/0/counterpartyCountry']);
    // Below the cap nothing changes: the same findings as uncapped validation.
    const small = reportWithManyFindings(10);
    expect(validateCaseReportCapped(small)).toEqual({ findings: validateCaseReport(small), omitted: 0, valid: false });
  });

  test('htfds validate says how many were left out, in text and JSON; --max-findings sets the cap', { timeout: 120_000 }, async () => {
    const text = await htfds('validate', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('299,000 more finding(s) were counted but not kept: each report keeps its first 1,000 (--max-findings to change).');
    const json = await htfds('validate', '--format', 'json', '--max-findings', '10', file);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout) as { findings: Record<string, unknown>[]; summary: Record<string, number> };
    expect(out.summary).toMatchObject({ records: 1, invalid: 1, findingsNotKept: 299_990 });
    expect(out.findings.filter((f) => f.code !== undefined)).toHaveLength(10);
    expect(out.findings.at(-1)).toEqual({ file, findingsNotKept: 299_990 });
  });

  test('the browser validator keeps the same 1,000 and shows the count of the rest', { timeout: 120_000 }, async () => {
    const outfile = join(dir, 'htfds-validate.js');
    await bundleBrowser(outfile);
    const engine = await import(pathToFileURL(outfile).href);
    // @ts-expect-error -- the site's components are plain JavaScript, without declarations
    const { checkFiles } = await import('../docs/src/components/Validator/check-files.js');
    const results = await checkFiles(engine, [new File([readFileSync(file)], 'many-findings.json')]);
    expect(results.reports).toHaveLength(1);
    expect(results.reports[0]).toMatchObject({ valid: false, omitted: 299_000 });
    expect(results.reports[0].findings).toHaveLength(1000);
  });
});
