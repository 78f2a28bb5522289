/** The schema lint passes on the real schema, and catches each kind of defect it is there to catch. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { lintSchemaSource } from '../generators/lint/lint-schema.js';
import { formatFinding } from '../generators/model/finding.js';
import { loadSchemaSource } from '../generators/model/source.js';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of schema/ to break on purpose. */
function schemaCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'htfds-lint-')), 'schema');
  cpSync('schema', dir, { recursive: true });
  copies.push(dir);
  return dir;
}
const editText = (path: string, edit: (text: string) => string) => writeFileSync(path, edit(readFileSync(path, 'utf8')));
const editJson = (path: string, edit: (json: any) => void) =>
  editText(path, (text) => {
    const json = JSON.parse(text);
    edit(json);
    return JSON.stringify(json, null, 2) + '\n';
  });
const lint = (dir: string) => lintSchemaSource(loadSchemaSource(dir));
const rules = (dir: string) => lint(dir).map((f) => f.rule);

describe('schema lint', () => {
  test('the schema as committed has no problems', () => {
    expect(lint('schema').map(formatFinding)).toEqual([]);
  });

  test('catches a removed description, naming the file and the JSON pointer', () => {
    const dir = schemaCopy();
    editJson(join(dir, 'transaction.schema.json'), (s) => delete s.$defs.Transaction.properties.purpose.description);
    const findings = lint(dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'metadata-missing', pointer: '/$defs/Transaction/properties/purpose' });
    expect(findings[0]!.file).toMatch(/transaction\.schema\.json$/);
  });

  test('catches a code with a trailing space in a code list', () => {
    const dir = schemaCopy();
    editText(join(dir, 'codelists', 'wagesPaid.csv'), (t) => t.replace('\nnotPaid,', '\nnotPaid ,'));
    const found = lint(dir);
    expect(found.map((f) => f.rule)).toContain('csv-whitespace');
    expect(found.find((f) => f.rule === 'csv-whitespace')).toMatchObject({ line: 2 });
    // The padded code no longer equals the enum either.
    expect(found.map((f) => f.rule)).toContain('codelist-enum-mismatch');
  });

  test('catches an enum that disagrees with its code list, and says which codes differ', () => {
    const dir = schemaCopy();
    editJson(join(dir, 'financial-control.schema.json'), (s) => s.$defs.WagesPaid.enum.push('paidInGold'));
    const findings = lint(dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'codelist-enum-mismatch', pointer: '/$defs/WagesPaid/enum' });
    expect(findings[0]!.message).toContain('only in the enum: "paidInGold"');
  });

  test('catches duplicate JSON keys with their line', () => {
    const dir = schemaCopy();
    editText(join(dir, 'common.schema.json'), (t) => t.replace('"title": "Shared types",', '"title": "Shared types",\n  "title": "Again",'));
    const findings = lint(dir);
    expect(findings.map((f) => f.rule)).toEqual(['json-duplicate-key']);
    expect(findings[0]).toMatchObject({ line: 5, pointer: '/title' });
  });

  test.each([
    ['an unresolved $ref', 'ref-unresolved', (dir: string) => editJson(join(dir, 'account.schema.json'), (s) => (s.$defs.Account.properties.currency.anyOf[0].$ref = 'common.schema.json#/$defs/Curency'))],
    ['a data point without sensitivity', 'annotation-missing', (dir: string) => editJson(join(dir, 'person.schema.json'), (s) => delete s.$defs.Person.properties.gender['x-sensitivity'])],
    ['a sensitivity outside P0–P4', 'meta-schema', (dir: string) => editJson(join(dir, 'person.schema.json'), (s) => (s.$defs.Person.properties.gender['x-sensitivity'] = 'P5'))],
    ['a property name not in lowerCamelCase', 'letter-case', (dir: string) => editJson(join(dir, 'outcome.schema.json'), (s) => {
      const props = s.$defs.Outcomes.properties;
      props.StrSarFiled = props.strSarFiled;
      delete props.strSarFiled;
    })],
    ['an object that accepts unknown fields', 'object-not-closed', (dir: string) => editJson(join(dir, 'laundering.schema.json'), (s) => delete s.$defs.Asset.additionalProperties)],
    ['a required field whose obligation says optional', 'obligation-mismatch', (dir: string) => editJson(join(dir, 'victim-financial-misuse.schema.json'), (s) => (s.$defs.VictimFinancialMisuse.properties.usedAsMoneyMule['x-obligation'] = 'optional'))],
    ['a code list nobody uses', 'codelist-unused', (dir: string) => editJson(join(dir, 'case-report.schema.json'), (s) => (s.properties.typologies.anyOf[0].items = { type: 'string' }))],
    ['a CSV without a schema definition', 'codelist-orphan', (dir: string) => writeFileSync(join(dir, 'codelists', 'strayList.csv'), 'code,title,description,source,htcds,deprecated,deprecationNote\nx,X,An x.,HTFDS,,,\n')],
    ['a duplicate code', 'codelist-duplicate-code', (dir: string) => editText(join(dir, 'codelists', 'countBand.csv'), (t) => t + '1,One again,Exactly one.,HTFDS,,,\n')],
    ['a missing-value reason used as a code', 'codelist-missing-reason-code', (dir: string) => {
      editText(join(dir, 'codelists', 'wagesPaid.csv'), (t) => t + 'unknown,Unknown,Not known.,HTFDS,,,\n');
      editJson(join(dir, 'financial-control.schema.json'), (s) => s.$defs.WagesPaid.enum.push('unknown'));
    }],
    ['a source that is not registered', 'source-unknown', (dir: string) => editJson(join(dir, 'account.schema.json'), (s) => s.$defs.Account.properties.currency['x-sources'].push('NOWHERE'))],
    ['a reference without a target', 'ref-target-missing', (dir: string) => editJson(join(dir, 'transaction.schema.json'), (s) => delete s.$defs.Transaction.properties.fromRef['x-refTarget'])],
    ['an indicator ID used twice', 'indicator-duplicate-id', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t + t.split('\n')[1] + '\n')],
    ['an empty indicator cell', 'indicator-cell-empty', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(',verified,', ',,'))],
    ['an unverified indicator left active', 'indicator-unverified-active', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(/(\n[^\n]*,unverified,[^\n]*,)provisional,/, '$1active,'))],
    ['a checked indicator marked provisional', 'indicator-provisional-checked', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(/(\n[^\n]*,verified,[^\n]*,)active,/, '$1provisional,'))],
    ['a deprecated indicator without its replacement', 'indicator-replacement-missing', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(',deprecated,FINCEN-HS14-S07,', ',deprecated,,'))],
    ['a replacement that is not in the catalogue', 'indicator-replacement-unknown', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(',deprecated,FINCEN-HS14-S07,', ',deprecated,FINCEN-HS14-S99,'))],
    ['a replacement that is itself withdrawn', 'indicator-replacement-inactive', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(',deprecated,FINCEN-HS14-S07,', ',deprecated,FINCEN-HT14-T10,'))],
    ['an active indicator naming a replacement', 'indicator-replacement-misplaced', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(/(\n[^\n]*,verified,[^\n]*,active),,/, '$1,FINCEN-HS14-S07,'))],
    ['an indicator describing someone the code list does not know', 'indicator-code-unknown', (dir: string) => editText(join(dir, 'indicators', 'indicators.csv'), (t) => t.replace(',ALL,victim,', ',ALL,customer,'))],
    ['a definition name used in two files', 'definition-name-duplicate', (dir: string) => editJson(join(dir, 'laundering.schema.json'), (s) => {
      s.$defs.PaymentMethod = { title: 'Payment method', description: 'A clash.', type: 'string' };
    })],
    ['a JSON file not in canonical form', 'json-not-canonical', (dir: string) => editText(join(dir, 'common.schema.json'), (t) => t.replaceAll('  ', '    '))],
    ['a CSV not in canonical form', 'csv-not-canonical', (dir: string) => editText(join(dir, 'codelists', 'countBand.csv'), (t) => t.replaceAll('\n', '\r\n'))],
  ])('catches %s', (_what, rule, breakIt) => {
    const dir = schemaCopy();
    breakIt(dir);
    expect(rules(dir)).toContain(rule);
  });
});
