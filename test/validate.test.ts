/** The runtime library: plain-language findings for schema errors, and the rules beyond JSON Schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isValid, validateCaseReport, type Finding } from '../src/index.js';
import { applyPatch, type PatchOperation } from './helpers/json-patch.js';
import { readCsvTable } from '../src/io/csv.js';

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as Record<string, any>;
const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const fixtures = readdirSync('test/fixtures/invalid').filter((f) => f.endsWith('.json')).sort().map((file) => {
  const fx = JSON.parse(readFileSync(`test/fixtures/invalid/${file}`, 'utf8')) as { base: string; patch: PatchOperation[]; expectedError: { instancePath: string } };
  return { file, fx, record: applyPatch(example(fx.base), fx.patch) };
});
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
/** JSON Schema words that mean nothing to the people who fill in reports. */
const JARGON = /\b(anyOf|oneOf|allOf|schema|instance|must NOT|additionalProperties|enum)\b/;

describe('validateCaseReport', () => {
  test.each(examples)('example %s has no errors', (name) => {
    const findings = validateCaseReport(example(name));
    expect(errorsOf(findings)).toEqual([]);
    expect(isValid(findings)).toBe(true);
  });

  test.each(fixtures)('$file gives one plain-language finding at the expected place', ({ fx, record }) => {
    const findings = validateCaseReport(record);
    expect(findings).toHaveLength(1);
    const [finding] = findings as [Finding];
    expect(finding.severity).toBe('error');
    // required/dependentRequired findings point at the missing field itself, below the object that lacks it.
    expect(finding.path === fx.expectedError.instancePath || finding.path.startsWith(`${fx.expectedError.instancePath}/`)).toBe(true);
    expect(finding.message).not.toMatch(JARGON);
    expect(finding.hint.length).toBeGreaterThan(10);
  });

  test('an unknown code names the closest valid codes, without repeating the value', () => {
    const report = example('minimal');
    report.exploitationTypes = ['forced labour'];
    const [finding] = validateCaseReport(report);
    expect(finding).toMatchObject({ code: 'code-unknown', path: '/exploitationTypes/0' });
    expect(finding!.hint).toContain('“ForcedLabour” (Forced labour)');
    expect(`${finding!.message} ${finding!.hint}`).not.toContain('forced labour');
  });

  test('a missing required field is named by its title, and the hint offers a missing value where allowed', () => {
    const report = example('minimal');
    delete report.victimProfiles[0].financialControl.withholdsDocuments;
    const [finding] = validateCaseReport(report);
    expect(finding).toMatchObject({ code: 'required-missing', path: '/victimProfiles/0/financialControl/withholdsDocuments' });
    expect(finding!.message).toMatch(/^“[^”]+” is required in “Control of the victim's finances”/);
    expect(finding!.hint).toContain('{"missing": "unknown"}');
  });

  test('a misspelt field name suggests the real one', () => {
    const report = example('minimal');
    report.consent.consentStaus = 'explicitConsent';
    const [finding] = validateCaseReport(report);
    expect(finding).toMatchObject({ code: 'unknown-field', path: '/consent/consentStaus' });
    expect(finding!.hint).toContain('“consentStatus”');
  });
});

describe('rules beyond JSON Schema', () => {
  const withParts = () => {
    const report = example('minimal');
    report.persons = [{ id: 'P1', personRole: 'victim' }, { id: 'P2', personRole: 'perpetrator' }];
    report.accounts = [{ id: 'A1', instrumentType: 'currentAccount', institutionType: 'bank', institutionCountry: 'GB', holderRefs: ['P1'], controllerRefs: ['P2'] }];
    report.transactions = [{ id: 'T1', isAggregate: false, amount: { amount: 300, currency: 'GBP' }, method: 'cashWithdrawal', purpose: 'other', fromRef: 'A1', toRef: 'P2', date: '2025-06-01' }];
    return report;
  };
  const codes = (report: unknown) => validateCaseReport(report).map((f) => `${f.code}@${f.path}`);

  test('a report whose references all resolve has no findings', () => {
    expect(codes(withParts())).toEqual([]);
  });

  test('a reference to an identifier that does not exist', () => {
    const report = withParts();
    report.accounts[0].controllerRefs = ['P9'];
    expect(codes(report)).toEqual(['reference-unresolved@/accounts/0/controllerRefs/0']);
  });

  test('a reference to an item of the wrong list', () => {
    const report = withParts();
    report.accounts[0].holderRefs = ['T1'];
    expect(codes(report)).toEqual(['reference-unresolved@/accounts/0/holderRefs/0']);
  });

  test('the same identifier used twice', () => {
    const report = withParts();
    report.accounts[0].id = 'P1';
    report.transactions[0].fromRef = 'P1';
    expect(codes(report)).toEqual(['id-duplicate@/accounts/0/id']);
  });

  test('a period that ends before it starts', () => {
    const report = withParts();
    report.exploitationStart = '2025-05';
    report.exploitationEnd = '2024-11';
    expect(codes(report)).toEqual(['date-order@/exploitationEnd']);
  });

  test('an event dated after the report is a warning', () => {
    const report = withParts();
    report.transactions[0].date = '2027-01-01';
    const findings = validateCaseReport(report);
    expect(findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['date-after-report:warning']);
    expect(isValid(findings)).toBe(true);
  });

  test('an indicator ID that is not in the catalogue', () => {
    const report = withParts();
    report.indicatorCatalogueVersion = '0.1.0';
    report.indicators = [{ id: 'I1', indicatorId: 'FINCEN-HT20-F99', status: 'observed' }];
    expect(codes(report)).toEqual(['indicator-unknown@/indicators/0/indicatorId']);
  });

  // The catalogue's own rows, found by what they are, so that the tests follow the catalogue as it changes.
  const catalogue = readCsvTable(readFileSync('schema/indicators/indicators.csv', 'utf8'));
  const column = (name: string) => catalogue.header.indexOf(name);
  const provisional = catalogue.rows.find((r) => r[column('status')] === 'provisional' && r[column('verification')] === 'unverified')![column('id')]!;
  const observing = (indicatorId: string, status = 'observed') => {
    const report = withParts();
    report.indicatorCatalogueVersion = '0.2.0';
    report.indicators = [{ id: 'I1', indicatorId, status }];
    return report;
  };

  test('an observation that leans on an unverified (provisional) indicator is a warning at the indicator, without its value', () => {
    for (const status of ['observed', 'suspected']) {
      const findings = validateCaseReport(observing(provisional, status));
      expect(findings.map((f) => `${f.code}:${f.severity}@${f.path}`)).toEqual(['indicator-unverified:warning@/indicators/0/indicatorId']);
      expect(isValid(findings)).toBe(true);
      expect(`${findings[0]!.message} ${findings[0]!.hint}`).not.toContain(provisional);
    }
    // Checked and not found, or not assessed: the report does not lean on it.
    for (const status of ['notObserved', 'notAssessed']) expect(codes(observing(provisional, status))).toEqual([]);
  });

  test('a deprecated indicator is a warning naming the indicator that replaces it; a withdrawn one names the nearest', () => {
    const deprecated = validateCaseReport(observing('FINCEN-HT14-T06'));
    expect(deprecated.map((f) => `${f.code}:${f.severity}@${f.path}`)).toEqual(['indicator-deprecated:warning@/indicators/0/indicatorId']);
    expect(deprecated[0]!.hint).toContain('FINCEN-HS14-S07');
    const withdrawn = validateCaseReport(observing('FINCEN-HT14-T10', 'notAssessed'));
    expect(withdrawn.map((f) => f.code)).toEqual(['indicator-withdrawn']);
    expect(withdrawn[0]!.hint).toContain('FINCEN-HT20-F11');
  });

  test('an observation names whom it concerns, and its evidence may be a debt or an asset, each resolved like every reference', () => {
    const report = observing('ILO-FLI-09');
    report.debts = [{ id: 'D1' }];
    report.indicators[0].subjectRefs = ['P1', 'A1'];
    report.indicators[0].evidenceRefs = ['D1', 'T1'];
    expect(codes(report).filter((c) => c.startsWith('reference'))).toEqual([]);
    report.indicators[0].subjectRefs = ['T1', 'D1'];
    expect(codes(report).filter((c) => c.startsWith('reference'))).toEqual(['reference-unresolved@/indicators/0/subjectRefs/0', 'reference-unresolved@/indicators/0/subjectRefs/1']);
  });

  test('a deprecated code is a warning that says what to use instead', () => {
    const report = withParts();
    report.transactions[0].amount = { amount: 300, currency: 'HRK' };
    report.transactions[0].date = '2022-06-01';
    const findings = validateCaseReport(report);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'code-deprecated', severity: 'warning', path: '/transactions/0/amount/currency' });
    expect(findings[0]!.hint).toContain('EUR');
  });

  test('a code outside an open code list is a warning, not an error', () => {
    const report = withParts();
    report.exploitationPlatforms = ['Signal'];
    expect(validateCaseReport(report).map((f) => `${f.code}:${f.severity}`)).toEqual(['code-not-in-open-list:warning']);
  });

  test('an open-list value named like a property of every JavaScript object is just a code outside the list', () => {
    const report = withParts();
    report.exploitationPlatforms = ['constructor', 'toString'];
    const findings = validateCaseReport(report);
    expect(findings.map((f) => `${f.code}@${f.path}`)).toEqual(['code-not-in-open-list@/exploitationPlatforms/0', 'code-not-in-open-list@/exploitationPlatforms/1']);
    for (const finding of findings) expect(typeof finding.hint).toBe('string');
  });

  test('field-level markings must point at a part of the report and be stricter than its marking', () => {
    const report = withParts();
    report.sharing.fieldLevelTlp = [{ path: '/persons/1', tlp: 'TLP:RED' }];
    expect(codes(report)).toEqual([]);
    report.sharing.fieldLevelTlp = [{ path: '/persons/7', tlp: 'TLP:RED' }, { path: '/persons/0', tlp: 'TLP:GREEN' }];
    expect(validateCaseReport(report).map((f) => `${f.code}:${f.severity}@${f.path}`)).toEqual([
      'field-marking-unresolved:error@/sharing/fieldLevelTlp/0/path',
      'field-marking-not-stricter:warning@/sharing/fieldLevelTlp/1/tlp',
    ]);
  });

  test('a report marked TLP:GREEN may not carry direct identifiers; the message names the field, never the value', () => {
    const report = withParts();
    report.sharing.tlp = 'TLP:GREEN';
    report.persons[0].fullName = 'Test Person A';
    const findings = validateCaseReport(report);
    expect(findings.map((f) => `${f.code}@${f.path}`)).toEqual(['direct-identifier-in-open-report@/persons/0/fullName']);
    expect(JSON.stringify(findings)).not.toContain('Test Person A');
    report.sharing.tlp = 'TLP:AMBER';
    expect(validateCaseReport(report)).toEqual([]);
  });
});

describe('findings a person can act on in one round (issue 15)', () => {
  const withPerson = () => {
    const report = example('money-mule-operation');
    expect(report.persons?.length, 'the example has people').toBeGreaterThan(0);
    return report;
  };

  test('an age written as a number in an age-band field is answered with the band that holds it', () => {
    const report = withPerson();
    report.persons[0].ageBand = '28';
    const finding = validateCaseReport(report).find((f) => f.code === 'code-unknown')!;
    expect(finding).toMatchObject({ path: '/persons/0/ageBand' });
    expect(finding.hint).toContain('“27-29”');
    expect(finding.hint).not.toContain('0-8');
    report.persons[0].ageBand = '61';
    expect(validateCaseReport(report).find((f) => f.code === 'code-unknown')!.hint).toContain('“48+”');
  });

  test('codes separated by commas are told to use ; rather than offered look-alike codes', () => {
    const report = example('minimal');
    report.exploitationTypes = ['ForcedLabour,SexualExploitation'];
    const [finding] = validateCaseReport(report);
    expect(finding).toMatchObject({ code: 'code-unknown', path: '/exploitationTypes/0' });
    expect(finding!.hint).toMatch(/separated by ; \(a semicolon\), not by commas/);
    expect(`${finding!.message} ${finding!.hint}`).not.toContain('ForcedLabour,SexualExploitation');
  });

  test('reference and date-order findings come with the schema findings, not after they are fixed', () => {
    const report = withPerson();
    report.exploitationTypes = ['not a code'];
    report.transactions[0].toRef = 'NO-SUCH-ITEM';
    report.transactions[0].periodStart = '2025-06-01';
    report.transactions[0].periodEnd = '2025-05-01';
    const findings = validateCaseReport(report);
    expect(findings.map((f) => `${f.code} ${f.path}`).sort()).toEqual(['code-unknown /exploitationTypes/0', 'date-order /transactions/0/periodEnd', 'reference-unresolved /transactions/0/toRef']);
  });

  test('a list given as something else is one finding, not also every reference into it', () => {
    const report = withPerson();
    expect(report.indicators.some((i: { evidenceRefs?: string[] }) => i.evidenceRefs?.length), 'the example has evidence references').toBe(true);
    report.transactions = 'see the bank statement';
    const findings = validateCaseReport(report);
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual(['wrong-type /transactions']);
  });

  test('a malformed date is one schema finding, not also a date-order finding', () => {
    const report = withPerson();
    report.transactions[0].periodStart = 'early 2025';
    const findings = validateCaseReport(report);
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual(['wrong-format /transactions/0/periodStart']);
  });
});
