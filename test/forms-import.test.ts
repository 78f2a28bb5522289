/**
 * Importing submissions of the generated HTFDS form: what the form writes comes back as the same report, values
 * a form cannot hold are findings that name the form field and the JSON pointer, and XML that is not a usable
 * submission is refused with the place and without echoing its content. All reports here are synthetic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import formModel from '../src/generated/form-import-model.js';
import runtimeModel from '../src/generated/runtime-model.js';
import type { ImportElement } from '../src/forms/form-import-model.js';
import { importSubmission, type ImportFinding } from '../src/forms/import-submission.js';
import { UnusableInputError } from '../src/io/read-records.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { reportToSubmission } from './helpers/report-to-submission.js';

type Json = Record<string, unknown>;
const examples = readdirSync('examples').filter((f) => f.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(`examples/${name}`, 'utf8')) as Json;
const minimal = read('minimal.json');
const errors = (findings: ImportFinding[]) => findings.filter((f) => f.severity === 'error');

/** Replaces the text of the first `<name>…</name>` (or `<name/>`) in a submission. */
function setElement(xml: string, name: string, text: string): string {
  const re = new RegExp(`<${name}>[^<]*</${name}>|<${name}/>`);
  expect(xml).toMatch(re);
  return xml.replace(re, `<${name}>${text}</${name}>`);
}

describe('round trip: report → submission → report', () => {
  test.each(examples)('%s comes back unchanged, with the same verdict', (name) => {
    const report = read(name);
    const result = importSubmission(reportToSubmission(report), name);
    expect(result.report).toEqual(report);
    expect(result.findings.map(({ code, path, severity }) => ({ code, path, severity }))).toEqual(
      validateCaseReport(report).map(({ code, path, severity }) => ({ code, path, severity })),
    );
  });

  // Reports made of any answers the form can hold (valid or not: the import must not change them either way).
  const children = (pattern: string) =>
    Object.entries(formModel.elements).filter(([p]) => p.slice(0, p.lastIndexOf('/')) === pattern && p !== `${pattern}/*`);
  const missing = fc.constantFrom(...formModel.missingReasons).map((missing) => ({ missing }));
  const codeOf = (list: string | undefined) => fc.constantFrom(...Object.keys(runtimeModel.codelists[list!]!.codes));
  const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,11}$/);
  // Text with XML's special characters and non-ASCII letters, no leading or trailing space (forms trim them).
  const text = fc.stringMatching(/^[A-Za-z0-9&<>"'é]([A-Za-z0-9 .,&<>"'éü-]{0,16}[A-Za-z0-9&<>"'ü])?$/);
  const number = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => (x === 0 ? 0 : x));
  const yearMonth = fc.tuple(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const valueOf = (spec: ImportElement): fc.Arbitrary<unknown> => {
    const value: fc.Arbitrary<unknown> = (() => {
      switch (spec.kind) {
        case 'code':
          return codeOf(spec.codelist);
        case 'codes':
          return fc.uniqueArray(codeOf(spec.codelist), { maxLength: 3 });
        case 'boolean':
          return fc.boolean();
        case 'integer':
          return fc.integer({ min: -1_000_000, max: 1_000_000 });
        case 'number':
          return number;
        case 'yearMonth':
          return yearMonth;
        case 'list':
          return fc.array(word, { minLength: 1, maxLength: 3 });
        default:
          return text;
      }
    })();
    return spec.acceptsMissing ? fc.oneof(value, missing) : value;
  };
  const money = fc
    .record(
      Object.fromEntries(
        Object.entries(formModel.moneyParts).map(([name, part]) => [name, part.kind === 'code' ? codeOf(part.codelist) : part.kind === 'boolean' ? fc.boolean() : number.map(Math.abs)]),
      ),
      { requiredKeys: [] },
    )
    .filter((m) => Object.keys(m).length > 0);
  const objectAt = (pattern: string, depth: number): fc.Arbitrary<Json> =>
    fc
      .record(
        Object.fromEntries(
          children(pattern).map(([path, spec]) => {
            const name = path.slice(path.lastIndexOf('/') + 1);
            if (spec.shape === 'field') return [name, valueOf(spec)];
            if (spec.shape === 'money') return [name, spec.acceptsMissing ? fc.oneof(money, missing) : money];
            if (spec.shape === 'object') return [name, objectAt(path, depth + 1)];
            // An empty list ("there are none") is one of the answers a repeat can have.
            return [name, depth > 1 ? fc.constant([{ id: 'X1' }]) : fc.array(objectAt(`${path}/*`, depth + 1), { minLength: 0, maxLength: 2 })];
          }),
        ),
        { requiredKeys: [] },
      )
      .filter((o) => Object.keys(o).length > 0);
  // The form always writes the schema version (a calculated value), so the reports here have it too.
  const report = objectAt('', 0).map((r) => ({ ...r, schemaVersion: formModel.version }));

  test('any report the form can hold comes back unchanged (property)', () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(importSubmission(reportToSubmission(r)).report).toEqual(r);
      }),
      { numRuns: 60 },
    );
  });
});

describe('answers a form cannot hold are findings naming the form field and the JSON pointer', () => {
  const base = reportToSubmission(minimal);
  const cases: [string, string, string, string, Partial<ImportFinding>][] = [
    ['a yes/no answer that is neither', 'debtBondage', 'maybe', 'form-value-invalid', { path: '/victimProfiles/0/financialControl/debtBondage', field: 'victimProfiles[1]/financialControl/debtBondage', label: 'Debt bondage' }],
    ['a reason for no answer where none is allowed', 'tlp', '_unknown', 'form-missing-not-allowed', { path: '/sharing/tlp', field: 'sharing/tlp', label: 'TLP marking' }],
    ['"none" chosen together with codes', 'exploitationTypes', 'ForcedLabour _none', 'form-choices-combined', { path: '/exploitationTypes', field: 'exploitationTypes', label: 'Types of exploitation' }],
  ];
  test.each(cases)('%s', (_what, element, text, code, expected) => {
    const result = importSubmission(setElement(base, element, text), 'case.xml');
    const finding = result.findings.find((f) => f.code === code);
    expect(finding).toMatchObject({ severity: 'error', ...expected });
    expect(finding!.line).toBe(2);
    // The bad answer is not in the report, and the validator does not report the same place twice.
    expect(result.findings.filter((f) => f.path === expected.path)).toHaveLength(1);
    expect(finding!.message).not.toContain(text);
  });

  test('a number with a thousands separator, inside a repeat: the field has its position in the repeat', () => {
    const report = read('fishing.json');
    const xml = reportToSubmission(report);
    const transactions = report.transactions as Json[];
    expect(transactions.length).toBeGreaterThan(1);
    // Break the amount of the second transaction.
    const second = xml.indexOf('<transactions>', xml.indexOf('<transactions>') + 1);
    const at = xml.indexOf('<amount><amount>', second) + '<amount><amount>'.length;
    const broken = `${xml.slice(0, at)}1,250${xml.slice(xml.indexOf('</amount>', at))}`;
    const finding = importSubmission(broken).findings.find((f) => f.code === 'form-value-invalid');
    expect(finding).toMatchObject({ path: '/transactions/1/amount/amount', field: 'transactions[2]/amount/amount', label: 'Amount' });
  });

  test('"there are none" gives an empty list; ticked beside entries, the entries are kept and the field named', () => {
    const none = importSubmission(reportToSubmission({ ...minimal, accounts: [] }));
    expect(none.report.accounts).toEqual([]);
    expect(none.findings).toEqual([]);
    const both = reportToSubmission({ ...minimal, accounts: [{ id: 'A1', instrumentType: 'currentAccount', institutionType: { missing: 'unknown' }, institutionCountry: 'GB' }] }).replace(
      '<accounts>',
      '<accounts_none>_none</accounts_none><accounts>',
    );
    const result = importSubmission(both);
    expect((result.report.accounts as unknown[]).length).toBe(1);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'form-none-and-entries', path: '/accounts', field: 'accounts_none', label: 'Accounts and instruments' })]);
  });

  test('a reason for no answer and an answer together keep the answer', () => {
    const report = { ...minimal, informationAsOf: '2026-02-01' };
    const xml = reportToSubmission(report).replace('</informationAsOf>', '</informationAsOf><informationAsOf_missing>unknown</informationAsOf_missing>');
    const result = importSubmission(xml);
    expect(result.report.informationAsOf).toBe('2026-02-01');
    expect(result.findings).toEqual([expect.objectContaining({ code: 'form-answer-and-reason', path: '/informationAsOf', field: 'informationAsOf_missing', label: 'Information as of' })]);
  });

  test("the validator's findings name the form field too: in sections, repeats, money parts and companions", () => {
    const report = structuredClone(read('fishing.json'));
    delete (report.sharing as Json).tlp;
    ((report.transactions as Json[])[1]!.amount as Json).currency = 'XXY';
    (report as Json).informationAsOf = { missing: 'notAsked' };
    (report as Json).exploitationStart = '2026-13';
    const result = importSubmission(reportToSubmission(report));
    const byPath = new Map(errors(result.findings).map((f) => [f.path, f]));
    expect(byPath.get('/sharing/tlp')).toMatchObject({ code: 'required-missing', field: 'sharing/tlp', label: 'TLP marking' });
    expect(byPath.get('/transactions/1/amount/currency')).toMatchObject({ code: 'code-unknown', field: 'transactions[2]/amount/currency', label: 'Currency' });
    for (const f of result.findings) {
      expect(f.field).toBeTruthy();
      expect(f.path).toMatch(/^(\/|$)/);
    }
    // A missing value given in a companion question is named by the companion.
    const companion = importSubmission(reportToSubmission({ ...minimal, informationAsOf: { missing: 'notAsked' }, dateReported: 'soon' }));
    expect(companion.report.informationAsOf).toEqual({ missing: 'notAsked' });
    expect(errors(companion.findings)).toEqual([expect.objectContaining({ path: '/dateReported', field: 'dateReported', label: 'Date reported' })]);
  });

  test('questions the HTFDS form does not have are reported as warnings and left out', () => {
    const xml = reportToSubmission(minimal).replace('<recordType>', '<ownQuestion>secret</ownQuestion><recordType>');
    const result = importSubmission(xml);
    expect(result.report).toEqual(minimal);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'form-field-unknown', severity: 'warning', field: 'ownQuestion', path: '/ownQuestion' })]);
    expect(JSON.stringify(result.findings)).not.toContain('secret');
  });

  test('text written into a group, beside its questions, is a placed error rather than dropped', () => {
    const xml = reportToSubmission(minimal);
    expect(xml).toContain('<sharing>');
    const result = importSubmission(xml.replace('<sharing>', '<sharing>Synthetic stray words'));
    expect(result.report).toEqual(minimal);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'form-text-in-group', severity: 'error', field: 'sharing', path: '/sharing' })]);
    expect(JSON.stringify(result.findings)).not.toContain('stray words');
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('the choice value %s is read as text, never as a property of Object.prototype', (value) => {
    const result = importSubmission(setElement(reportToSubmission(minimal), 'reportingCountry', value));
    expect(result.report.reportingCountry).toBe(value);
    expect(Object.getPrototypeOf(result.report)).toBe(Object.prototype);
    expect(validateCaseReport(result.report).map((f) => [f.code, f.path])).toContainEqual(['code-unknown', '/reportingCountry']);
  });

  test.each([['ForcedLabour __proto__', 1], ['__proto__ ForcedLabour', 0], ['ForcedLabour _madeUpReason', 1]] as const)(
    'a multi-select answer %s: an unknown value starting with "_" is an unknown code, not "none" chosen with answers',
    (text, at) => {
      const result = importSubmission(setElement(reportToSubmission(minimal), 'exploitationTypes', text), 'case.xml');
      expect(result.findings.map((f) => f.code)).not.toContain('form-choices-combined');
      expect(result.report.exploitationTypes).toEqual(text.split(' '));
      expect(errors(result.findings)).toEqual([expect.objectContaining({ code: 'code-unknown', path: `/exploitationTypes/${at}`, field: 'exploitationTypes' })]);
      expect(Object.getPrototypeOf(result.report)).toBe(Object.prototype);
    },
  );

  test('a submission of another version of the form is imported with a warning', () => {
    const result = importSubmission(reportToSubmission(minimal, '0.0.9'));
    expect(result.report).toEqual(minimal);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'form-version-different', severity: 'warning' })]);
  });
});

describe('what form engines write is read as they write it', () => {
  test('ODK Collect style: declaration, namespaces, orx:meta, comments, CDATA, character references, empty and non-relevant questions', () => {
    const xml = `<?xml version='1.0' ?>
<!-- synthetic submission -->
<data xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms" id="htfds-case-report" version="${formModel.version}">
  <schemaVersion>${formModel.version}</schemaVersion>
  <recordId/>
  <recordType>caseSummary</recordType><reportingOrgType>NGO</reportingOrgType><reportingCountry>GB</reportingCountry>
  <dateReported>2026-03-02</dateReported><traffickingStatus>PossibleVictimOfTrafficking</traffickingStatus>
  <exploitationTypes>ForcedLabour</exploitationTypes><exploitationStart>2025-04-01</exploitationStart><exploitationEnd/><exploitationEnd_missing>unknown</exploitationEnd_missing>
  <dataQualityNote><![CDATA[Synthetic <test> & data]]> &#233;t&#xE9;</dataQualityNote>
  <sharing><tlp>TLP:AMBER</tlp><permittedPurposes>investigation research</permittedPurposes><onwardSharing>withinOrganisation</onwardSharing><sanitisationMethods>_none</sanitisationMethods></sharing>
  <consent><consentStatus>explicitConsent</consentStatus></consent>
  <provenance><informationSources>survivorInterview</informationSources></provenance>
  <persons><id/><personRole/></persons>
  <victimProfiles><id>VP1</id><financialControl><debtBondage>true</debtBondage><takesEarnings>true</takesEarnings><restrictsFinancialAccess>_notAsked</restrictsFinancialAccess><withholdsDocuments>false</withholdsDocuments><accountControlledByOther>_unknown</accountControlledByOther></financialControl>
  <victimFinancialMisuse><usedAsMoneyMule>false</usedAsMoneyMule></victimFinancialMisuse></victimProfiles>
  <outcomes><strSarFilings><id>STR-1</id><keyTermsUsed>HUMAN_TRAFFICKING_FIN-2020-A008</keyTermsUsed></strSarFilings></outcomes>
  <orx:meta><orx:instanceID>uuid:0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60</orx:instanceID></orx:meta>
</data>`;
    const { report, findings } = importSubmission(xml);
    expect(findings).toEqual([]);
    expect(report.recordId).toBe('0b7e3c52-9a41-4d6f-8e2b-5c1d7f3a9e60');
    expect(report.exploitationStart).toBe('2025-04');
    expect(report.exploitationEnd).toEqual({ missing: 'unknown' });
    expect(report.dataQualityNote).toBe('Synthetic <test> & data été');
    expect(report.sharing).toMatchObject({ permittedPurposes: ['investigation', 'research'], sanitisationMethods: [] });
    expect(report.persons).toBeUndefined();
    // A code with spaces travels as a choice value with underscores and comes back as the code.
    expect(report.outcomes).toEqual({ strSarFilings: [{ id: 'STR-1', keyTermsUsed: ['HUMAN TRAFFICKING FIN-2020-A008'] }] });
  });


  test('line breaks are read as XML reads them: CR LF and a lone CR become LF, a CR written as &#13; stays', () => {
    const xml = reportToSubmission({ ...minimal, dataQualityNote: 'MARK' }).replace(/\n/g, '\r\n').replace('MARK', 'one\r\ntwo\rthree&#13;four');
    expect(importSubmission(xml).report.dataQualityNote).toBe('one\ntwo\nthree\rfour');
  });
});

describe('XML that is not a usable submission is refused, naming the file and the place, never its content', () => {
  const secret = 'Synthetic-Secret-Name';
  const hostile: [string, string | Uint8Array, RegExp][] = [
    ['a document type with entities (billion laughs)', `<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY a "${secret}">]>\n<data id="htfds-case-report">&a;</data>`, /line 2, column 1\): document type declarations are not accepted/],
    ['an undefined entity', `<data id="htfds-case-report"><dataQualityNote>&${secret};</dataQualityNote></data>`, /line 1, column \d+\): an entity other than/],
    ['a cut-off file', `<data id="htfds-case-report">\n<recordType>${secret}`, /line 2, column \d+\): .*cut off/],
    ['mismatched tags', `<data id="htfds-case-report">\n<a>${secret}</b></data>`, /line 2, column \d+\): the closing tag does not match the element opened at line 2/],
    ['nesting 10,000 deep', `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`, /line 1, column \d+\): the elements are nested more than 64 levels deep/],
    ['binary data', new Uint8Array([0x3c, 0x61, 0, 1, 2]), /binary file/],
    ['text that is not UTF-8', new Uint8Array([...Buffer.from('<data id="htfds-case-report">caf'), 0xe9, ...Buffer.from('</data>')]), /not valid UTF-8/],
    ['not XML at all', `{"recordType": "${secret}"}`, /line 1, column 1\): this is not XML/],
    ['a submission of another form', `<data id="other-form"><name>${secret}</name></data>`, /line 1\): this is not a submission of the HTFDS case-report form/],
    ['no element', '<?xml version="1.0"?>\n<!-- nothing -->\n', /holds no XML element/],
  ];
  test.each(hostile)('%s', (_what, input, expected) => {
    let error: unknown;
    try {
      importSubmission(input, 'upload.xml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnusableInputError);
    const message = (error as Error).message;
    expect(message).toMatch(/^upload\.xml/);
    expect(message).toMatch(expected);
    expect(message).not.toContain(secret);
  });
});
