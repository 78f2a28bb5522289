/** `htfds import` of ODK / KoboToolbox submission XML, as a user runs it: a real process, real files, exit codes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htfds } from './helpers/run-cli.js';
import { reportToSubmission } from './helpers/report-to-submission.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-import-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const read = (name: string) => JSON.parse(readFileSync(`examples/${name}`, 'utf8')) as Record<string, unknown>;

describe('htfds import <submission.xml>', () => {
  test('a valid submission: the report on standard output, exit 0', async () => {
    const minimal = read('minimal.json');
    const r = await htfds('import', file('valid.xml', reportToSubmission(minimal)));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(minimal);
    expect(r.stderr).toMatch(/1 report from 1 input: 1 valid, 0 invalid\./);
  });

  test('problems name the file, the form field and the JSON pointer; exit 1; --out writes the reports', async () => {
    const fishing = structuredClone(read('fishing.json'));
    ((fishing.transactions as Record<string, Record<string, unknown>>[])[1]!.amount!).currency = 'XXY';
    const xml = reportToSubmission(fishing).replace('<debtBondage>true</debtBondage>', '<debtBondage>maybe</debtBondage>');
    const out = join(dir, 'reports.json');
    const r = await htfds('import', file('fishing.xml', xml), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fishing.xml, field victimProfiles[1]/financialControl/debtBondage [/victimProfiles/0/financialControl/debtBondage]');
    expect(r.stdout).toContain('fishing.xml, field transactions[2]/amount/currency [/transactions/1/amount/currency]');
    expect(r.stdout).toMatch(/0 valid, 1 invalid/);
    expect(r.stdout).not.toContain('maybe');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.victimProfiles[0].financialControl.debtBondage).toBeUndefined();
  });

  test('XML that is not a submission: exit 2, one line naming the file and place, no stack trace', async () => {
    const r = await htfds('import', file('evil.xml', '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY x "y">]>\n<data/>'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evil\.xml \(line 2, column 1\): document type declarations are not accepted/);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  });

  test('--format json gives the findings with their places for machines', async () => {
    const xml = reportToSubmission(read('minimal.json')).replace('<tlp>TLP:AMBER</tlp>', '<tlp>_unknown</tlp>');
    const r = await htfds('import', file('json.xml', xml), '--format', 'json', '--out', join(dir, 'json.ndjson'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    // The validator's "required" finding at the same place is left out: the import already said what is wrong there.
    expect(out.reports[0].findings).toEqual([
      expect.objectContaining({ code: 'form-missing-not-allowed', path: '/sharing/tlp', place: { file: expect.stringContaining('json.xml'), field: 'sharing/tlp' } }),
    ]);
  });
});
