/**
 * The HTCDS crosswalk kept as data (schema/crosswalks): it accounts for every field of IOM's field-standards sheet,
 * the lint holds the schema's x-htcds annotations and code lists to it, and the published tables read both ways.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lintSchemaSource } from '../generators/lint/lint-schema.js';
import { loadFieldModel } from '../generators/load-model.js';
import { loadSchemaSource } from '../generators/model/source.js';
import { htcdsToHtfds, htfdsToHtcds } from '../generators/crosswalk/crosswalk-table.js';
import { generateHtcdsCrosswalk } from '../generators/crosswalk/generate-htcds-crosswalk.js';
import { parseCsv, readCsvTable } from '../src/io/csv.js';
import { HTCDS_REFERENCE } from './helpers/htcds-template.js';

const model = loadFieldModel('schema');
const crosswalk = model.htcds!;
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

function schemaCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'htfds-crosswalk-')), 'schema');
  cpSync('schema', dir, { recursive: true });
  copies.push(dir);
  return dir;
}
const rulesOf = (dir: string) => lintSchemaSource(loadSchemaSource(dir)).map((f) => f.rule);
const editFile = (path: string, edit: (t: string) => string) => writeFileSync(path, edit(readFileSync(path, 'utf8')));

describe('the HTCDS crosswalk', () => {
  test('holds every field and picklist value of IOM’s field-standards sheet, as IOM names them', () => {
    const [header, ...rows] = parseCsv(readFileSync(`${HTCDS_REFERENCE}/htcds-field-standards-2.0.csv`, 'utf8'));
    const full = header!.indexOf('Field Name including Prefix');
    const names = rows.map((r) => r[full]!.trim()).filter((n) => /^[a-z]{3}_/.test(n));
    expect(names).toHaveLength(83);
    // …and per_Organisation, which the sheet lists without its full name.
    expect(crosswalk.fields.map((f) => f.field)).toEqual([...names.slice(0, names.indexOf('per_RoleDetails') + 1), 'per_Organisation', ...names.slice(names.indexOf('per_RoleDetails') + 1)]);
    for (const name of [...names, 'per_Organisation']) expect(crosswalk.rows.some((r) => r.htcdsField === name)).toBe(true);
    const control = crosswalk.fields.find((f) => f.field === 'vic_MethodsOfControl')!;
    // IOM's "DebtBondage " (trailing space) is kept as the value name, trimmed.
    expect(control.values.map((v) => v.name)).toContain('DebtBondage');
  });

  test('the ten fields the review found unmapped and the lossy age are carried, and direct identifiers only as presence or keyed hash', () => {
    const carried = (field: string) => crosswalk.rows.filter((r) => r.htcdsField === field && !['notCarried', 'related'].includes(r.mapping));
    for (const field of ['vic_LocationOfRecruitment', 'vic_LocationOfExploitation', 'per_Organisation', 'prs_IdentityNumber', 'prs_MobilePhone', 'prs_HomePhone', 'prs_Email', 'prs_MailingStreet', 'hte_City', 'hte_State', 'prs_PrimaryLanguage', 'prs_NumberOfChildren']) {
      expect(carried(field).length, field).toBeGreaterThan(0);
    }
    expect(carried('vic_AgeWhenTrafficked').map((r) => r.htfdsPath)).toEqual(['/persons/*/ageBandWhenTrafficked', '/persons/*/minorAtStartOfExploitation']);
    for (const field of ['prs_IdentityNumber', 'prs_MobilePhone', 'prs_HomePhone', 'prs_Email', 'prs_MailingStreet', 'prs_MailingCity', 'prs_MailingPostalCode', 'prs_MailingState']) {
      expect(carried(field).every((r) => r.mapping === 'presence' || r.mapping === 'keyedHash'), field).toBe(true);
      expect(carried(field).every((r) => r.note !== ''), field).toBe(true);
    }
    // The two codes of Field Definitions.md missing from the picklist say so.
    for (const value of ['RestrictsMovement', 'UsesChildren']) expect(crosswalk.rows.find((r) => r.htcdsValue === value)!.note).toMatch(/not in the v2\.0 picklist/);
  });

  test('the published tables read both ways, value by value', () => {
    const files = new Map([...generateHtcdsCrosswalk(model)].map((f) => [f.path, f.content as string]));
    const toHtfds = readCsvTable(files.get('crosswalks/htcds-to-htfds.csv')!);
    const toHtcds = readCsvTable(files.get('crosswalks/htfds-to-htcds.csv')!);
    expect(toHtfds.rows.length).toBe(htcdsToHtfds(model, crosswalk).length);
    expect(toHtcds.rows.length).toBe(htfdsToHtcds(model, crosswalk).length);
    const at = (table: typeof toHtfds, row: string[], column: string) => row[table.header.indexOf(column)];
    // A picklist value with its code, and a relabelled value (HTCDS's misspelling) with HTFDS's code.
    expect(toHtfds.rows.some((r) => at(toHtfds, r, 'htcdsValue') === 'Unaquainted' && at(toHtfds, r, 'htfdsCode') === 'Unacquainted')).toBe(true);
    expect(toHtcds.rows.find((r) => at(toHtcds, r, 'htfdsPath') === '/victimProfiles/*/financialControl/debtBondage')).toBeDefined();
    // A value HTCDS has one code for, and HTFDS two (the Luxembourg Guidelines' term for a child): both rows, the
    // child's saying when it applies; read back, both give the HTCDS value.
    const pornography = toHtfds.rows.filter((r) => at(toHtfds, r, 'htcdsField') === 'vic_TypeOfSexExploitation' && at(toHtfds, r, 'htcdsValue') === 'Pornography');
    expect(pornography.map((r) => at(toHtfds, r, 'htfdsCode'))).toEqual(['Pornography', 'ChildSexualAbuseMaterial']);
    expect(at(toHtfds, pornography[1]!, 'note')).toMatch(/under 18 when trafficked \(vic_AgeWhenTrafficked\)/);
    expect(toHtcds.rows.filter((r) => at(toHtcds, r, 'htfdsCode') === 'ChildSexualAbuseMaterial').map((r) => at(toHtcds, r, 'htcdsValue'))).toEqual(['Pornography']);
    // Read from the HTFDS side, paths come in the schema's order.
    const order = model.fields.map((f) => f.path);
    const paths = toHtcds.rows.map((r) => order.indexOf(at(toHtcds, r, 'htfdsPath')!));
    expect(paths).toEqual([...paths].sort((a, b) => a - b));
  });

  test('the lint holds x-htcds annotations, paths, codes and IOM’s fields to the crosswalk', () => {
    const dir = schemaCopy();
    editFile(join(dir, 'person.schema.json'), (t) => t.replace('"x-htcds": "prs_Gender"', '"x-htcds": "prs_Sex"'));
    editFile(join(dir, 'crosswalks', 'htcds.csv'), (t) =>
      t
        .replace(/\nhte_Street,[^\n]*/, '')
        .replace('/persons/*/numberOfChildren', '/persons/*/childCount')
        .replace('orgRoleInCase,siteOfExploitation', 'orgRoleInCase,exploitationSite'),
    );
    editFile(join(dir, 'codelists', 'gender.csv'), (t) => t.replace(',Feminine,,', ',Femme,,'));
    const rules = rulesOf(dir);
    expect(rules).toEqual(expect.arrayContaining(['crosswalk-annotation-disagrees', 'crosswalk-field-missing', 'crosswalk-path-unknown', 'crosswalk-code-unknown', 'crosswalk-value-unmapped', 'crosswalk-value-not-in-htcds']));
  });

  test('the lint refuses a direct identifier mapped to a field that would hold it in clear', () => {
    const dir = schemaCopy();
    editFile(join(dir, 'crosswalks', 'htcds.csv'), (t) => t.replace('prs_FirstName,,,,notCarried,none,', 'prs_FirstName,,/persons/*/fullName,,same,none,'));
    expect(rulesOf(dir)).toContain('crosswalk-direct-identifier');
  });
});
