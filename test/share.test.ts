/**
 * Sharing safely: anonymisation under each profile never lets a direct identifier (or its unkeyed hash) out,
 * produces reports valid against the profile's generated schema, pseudonymises deterministically per key,
 * refuses rather than downgrades, and small groups are protected in aggregate releases and statistics.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadFieldModel } from '../generators/load-model.js';
import { profileSchema } from '../generators/profiles/generate-profile-schemas.js';
import { anonymiseReport, SharingRefusal } from '../src/share/anonymise.js';
import { bandFor } from '../src/share/bands.js';
import { applySuppression, planSuppression, quasiIdentifierValues } from '../src/share/k-anonymity.js';
import { normaliseIdentifier } from '../src/share/normalise.js';
import { StatsAccumulator } from '../src/share/stats.js';
import { isValid, validateCaseReport } from '../src/index.js';
import { makeAjvValidator } from './helpers/schema-validators.js';

const model = loadFieldModel('schema');
const profileValidator = (name: string) => makeAjvValidator(profileSchema(model, model.profiles.find((p) => p.name === name)!));
const validators = { aggregate: profileValidator('aggregate'), tactical: profileValidator('tactical') };

const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as Record<string, any>);
const KEY = new Uint8Array(32).fill(1);
const OTHER_KEY = new Uint8Array(32).fill(2);
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** A synthetic direct identifier of each type, distinctive enough that finding it in the output means it leaked. */
const token = fc.stringMatching(/^[A-Za-z]{10}$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const personIdentifier = fc.oneof(
  digits(6).map((d) => ({ type: 'phoneE164', value: `+44 7700 9${d}` })),
  token.map((t) => ({ type: 'email', value: `Zq.${t}@Example.org` })),
  digits(7).map((d) => ({ type: 'passportNumber', value: `ZX${d}` })),
  token.map((t) => ({ type: 'socialMediaHandle', value: `@zq_${t}` })),
  token.map((t) => ({ type: 'deviceId', value: `dev-${t}-zq` })),
);
const accountIdentifier = fc.oneof(
  digits(14).map((d) => ({ scheme: 'iban', value: `GB00 TEST ${d}` })),
  digits(12).map((d) => ({ scheme: 'accountNumber', value: `ZQ-${d}` })),
  digits(10).map((d) => ({ scheme: 'mobileMoneyNumber', value: `+25470${d}` })),
);

/** A valid report from an example, with every direct identifier (P4) filled with generated values. */
const reportWithIdentifiers = fc
  .record({
    base: fc.integer({ min: 0, max: examples.length - 1 }),
    names: fc.array(token, { minLength: 6, maxLength: 6 }),
    births: fc.array(fc.date({ min: new Date('1931-01-01'), max: new Date('1949-12-31'), noInvalidDate: true }), { minLength: 6, maxLength: 6 }),
    personIds: fc.array(personIdentifier, { minLength: 6, maxLength: 6 }),
    accountIds: fc.array(accountIdentifier, { minLength: 6, maxLength: 6 }),
  })
  .map(({ base, names, births, personIds, accountIds }) => {
    const report = structuredClone(examples[base]!);
    report.persons ??= [{ id: 'PX', personRole: 'victim' }];
    report.accounts ??= [{ id: 'AX', instrumentType: 'currentAccount', institutionType: 'bank', institutionCountry: 'GB' }];
    const secrets: string[] = [];
    report.persons.forEach((person: any, i: number) => {
      person.fullName = `Zz ${names[i % 6]} Qq${i}`;
      person.dateOfBirth = births[i % 6]!.toISOString().slice(0, 10);
      person.identifiers = [{ id: `${person.id}-X`, ...personIds[i % 6]! }];
      secrets.push(person.fullName, person.dateOfBirth, person.identifiers[0].value);
    });
    report.accounts.forEach((account: any, i: number) => {
      account.identifiers = [{ id: `${account.id}-X`, ...accountIds[i % 6]! }];
      secrets.push(account.identifiers[0].value);
    });
    // Direct identifiers are only valid in reports marked TLP:AMBER or stricter; both profiles accept AMBER.
    report.sharing = { ...report.sharing, tlp: 'TLP:AMBER', permittedPurposes: ['investigation', 'transactionMonitoringTuning'] };
    delete report.sharing.fieldLevelTlp;
    return { report, secrets };
  });

describe('anonymise', () => {
  test('the generated reports are valid, so the property below tests anonymisation and nothing else', () => {
    fc.assert(fc.property(reportWithIdentifiers, ({ report }) => isValid(validateCaseReport(report))), { numRuns: 50 });
  });

  test.each(['aggregate', 'tactical'] as const)('%s: no direct identifier or its unkeyed SHA-256 leaves; output valid against the profile schema; same key, same pseudonyms', (profile) => {
    fc.assert(
      fc.property(reportWithIdentifiers, ({ report, secrets }) => {
        const out = anonymiseReport(report, { profile, key: KEY, keyId: 'test-key' });
        const bytes = JSON.stringify(out);
        for (const secret of secrets) {
          expect(bytes).not.toContain(secret);
          expect(bytes).not.toContain(sha256(secret));
          for (const type of ['phoneE164', 'email', 'iban', 'socialMediaHandle', 'accountNumber']) expect(bytes).not.toContain(sha256(normaliseIdentifier(type, secret)));
        }
        const verdict = validators[profile](out);
        expect(verdict.valid, JSON.stringify(verdict.errors.slice(0, 3))).toBe(true);
        expect(JSON.stringify(anonymiseReport(report, { profile, key: KEY, keyId: 'test-key' }))).toBe(bytes);
      }),
      { numRuns: 500 },
    );
  });

  test('tactical: keyed hashes match across organisations for the same identifier written differently, and differ between keys', () => {
    const report = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER' && e.persons?.length)!);
    report.persons[0].identifiers = [{ id: 'I1', type: 'phoneE164', value: '+44 7700 900123' }];
    delete report.sharing.fieldLevelTlp;
    const other = structuredClone(report);
    other.persons[0].identifiers[0].value = '0044-7700-900-123';
    const hash = (r: unknown, key: Uint8Array) => (anonymiseReport(r, { profile: 'tactical', key, keyId: 'k' }) as any).persons[0].identifiers[0].valueHmac;
    expect(hash(report, KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(other, KEY)).toBe(hash(report, KEY));
    expect(hash(report, OTHER_KEY)).not.toBe(hash(report, KEY));
  });

  test('a report marked more strictly than the profile accepts is refused, not downgraded', () => {
    const red = examples.find((e) => e.sharing.tlp === 'TLP:RED')!;
    expect(() => anonymiseReport(red, { profile: 'tactical', key: KEY })).toThrow(SharingRefusal);
    expect(() => anonymiseReport(red, { profile: 'tactical', key: KEY })).toThrow(/marked TLP:RED, which the tactical profile does not accept/);
    const strict = { ...structuredClone(examples[0]!), sharing: { ...examples[0]!.sharing, tlp: 'TLP:AMBER+STRICT', permittedPurposes: ['research'] } };
    expect(() => anonymiseReport(strict, { profile: 'aggregate' })).toThrow(/does not accept/);
  });

  test('the output marking is never weaker than the profile requires; purposes and onward sharing travel with the record', () => {
    const base = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER')!);
    delete base.sharing.fieldLevelTlp;
    const at = (tlp: string, purposes: string[]) => anonymiseReport({ ...base, sharing: { ...base.sharing, tlp, permittedPurposes: purposes } }, { profile: 'tactical', key: KEY }) as any;
    expect(at('TLP:CLEAR', ['investigation']).sharing.tlp).toBe('TLP:AMBER');
    expect(at('TLP:AMBER+STRICT', ['investigation']).sharing.tlp).toBe('TLP:AMBER+STRICT');
    const out = at('TLP:AMBER', ['investigation', 'research']);
    expect(out.sharing.permittedPurposes).toEqual(['investigation']);
    expect(['withOriginatorApproval', 'withinOrganisation', 'prohibited']).toContain(out.sharing.onwardSharing);
    expect(() => at('TLP:AMBER', ['research'])).toThrow(/none of the report's permitted purposes/);
  });

  test('parts marked more strictly than the output are removed, with the references to them', () => {
    const report = structuredClone(examples.find((e) => e.persons?.length > 1 && e.sharing.tlp === 'TLP:AMBER')!);
    const removed = report.persons[0].id;
    report.sharing.fieldLevelTlp = [{ path: '/persons/0', tlp: 'TLP:RED' }];
    const out = anonymiseReport(report, { profile: 'tactical', key: KEY }) as any;
    expect(out.persons.map((p: any) => p.id)).not.toContain(removed);
    expect(JSON.stringify(out)).not.toContain(`"${removed}"`);
    expect(isValid(validateCaseReport({ ...out, sharing: { ...out.sharing } }))).toBe(true);
  });

  test('free text leaves only when the report says it was redacted', () => {
    const report = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER')!);
    delete report.sharing.fieldLevelTlp;
    report.narrativeSummary = 'Synthetic summary.';
    report.narrativeRedacted = false;
    expect((anonymiseReport(report, { profile: 'tactical', key: KEY }) as any).narrativeSummary).toBeUndefined();
    report.narrativeRedacted = true;
    expect((anonymiseReport(report, { profile: 'tactical', key: KEY }) as any).narrativeSummary).toBe('Synthetic summary.');
  });
});

describe('bands', () => {
  test('amounts and ages fall in the bands their code lists define, edges included', () => {
    expect([99.5, 100, 499.99, 2999, 3000, 1e6].map((n) => bandFor('amountBand', n))).toEqual(['lt100', '100-499', '100-499', '1000-2999', '3000-9999', 'ge1000000']);
    expect([8, 9, 17, 18, 47, 48, 90].map((n) => bandFor('ageBand', n))).toEqual(['0-8', '9-17', '9-17', '18-20', '39-47', '48+', '48+']);
  });
});

describe('small-group protection', () => {
  const qi = model.profiles.find((p) => p.name === 'aggregate')!.kAnonymity!;
  const make = (citizenship: string, gender: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const report = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER')!);
      delete report.sharing.fieldLevelTlp;
      report.sharing.permittedPurposes = ['research'];
      report.recordId = `00000000-0000-4000-8000-${String(n * 1000 + i).padStart(12, '0')}`;
      for (const person of report.persons) Object.assign(person, { citizenship: [citizenship], gender, ageBand: '21-23' });
      return anonymiseReport(report, { profile: 'aggregate' });
    });

  test('rare combinations are generalised or suppressed until every group has at least k reports', () => {
    const reports = [...make('TH', 'Feminine', 14), ...make('KH', 'Masculine', 3), ...make('VN', 'Feminine', 1)];
    const values = reports.map((r) => quasiIdentifierValues(r, qi.quasiIdentifiers));
    const plan = planSuppression(values, qi.quasiIdentifiers, qi.k);
    const released = reports.filter((_, i) => !plan.withheld.has(i));
    released.forEach((r) => applySuppression(r, plan.actions.get(reports.indexOf(r)) ?? new Map()));
    const groups = new Map<string, number>();
    for (const r of released) {
      const key = quasiIdentifierValues(r, qi.quasiIdentifiers).join('|');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect(Math.min(...groups.values())).toBeGreaterThanOrEqual(qi.k);
    expect(released.length).toBe(reports.length - plan.withheld.size);
    expect(Object.keys(plan.summary).length).toBeGreaterThan(0);
    // The common group is released untouched.
    expect(plan.actions.has(0)).toBe(false);
    for (const r of released) {
      const verdict = validators.aggregate(r);
      expect(verdict.valid, JSON.stringify(verdict.errors.slice(0, 2))).toBe(true);
    }
  });

  test('statistics hide cells under k, and the next smallest when one alone would be hidden', () => {
    const stats = new StatsAccumulator([{ name: 'exploitationType', path: '/exploitationTypes' }]);
    const report = (types: string[]) => ({ exploitationTypes: types });
    for (let i = 0; i < 20; i++) stats.add(report(['ForcedLabour']));
    for (let i = 0; i < 12; i++) stats.add(report(['SexualExploitation']));
    for (let i = 0; i < 3; i++) stats.add(report(['OrganRemoval']));
    const result = stats.result(11);
    expect(result.dimensions.exploitationType).toEqual({ ForcedLabour: 20, SexualExploitation: '<11', OrganRemoval: '<11' });
    expect(result.suppressed).toEqual([
      { dimension: 'exploitationType', value: 'SexualExploitation', reason: 'secondary' },
      { dimension: 'exploitationType', value: 'OrganRemoval', reason: 'primary' },
    ]);
  });
});
