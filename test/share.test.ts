/**
 * Sharing that cannot leak, tried as an attacker would: distinctive values planted in every string position
 * the schema allows (local identifiers and references, open lists, free text and text-shaped fields, keyed
 * hashes and key IDs, markings, direct identifiers) never appear in the output, raw, normalised or as an unkeyed
 * hash; outputs are valid against the generated profile schemas; records cannot be joined across profiles or
 * groups; small groups count people, not copies. All data is synthetic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadFieldModel } from '../generators/load-model.js';
import { profileSchema } from '../generators/profiles/generate-profile-schemas.js';
import { anonymiseReport, SharingRefusal, type AnonymiseOptions } from '../src/share/anonymise.js';
import { bandFor } from '../src/share/bands.js';
import { anonymiseBatch, type BatchEvent } from '../src/share/batch.js';
import { normaliseIdentifier } from '../src/share/normalise.js';
import { isInstitutionIdentifier, isTransactionHash, isWalletAddress, truncateIdentifier } from '../src/share/safe-values.js';
import { isValid, validateCaseReport } from '../src/index.js';
import { arbitraryReport } from './helpers/arbitrary-report.js';
import { forms, isOpenList, plant, plantedReport, plantedValue, STRING_KINDS, UNPLANTABLE, fieldsByPath } from './helpers/plant-secrets.js';
import { makeAjvValidator } from './helpers/schema-validators.js';

const model = loadFieldModel('schema');
const profileValidator = (name: string) => makeAjvValidator(profileSchema(model, model.profiles.find((p) => p.name === name)!));
const validators = { aggregate: profileValidator('aggregate'), tactical: profileValidator('tactical') };
type Sharing = keyof typeof validators;

const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as Record<string, any>);
const KEY = new Uint8Array(32).fill(1);
const OTHER_KEY = new Uint8Array(32).fill(2);
const GROUP_A: AnonymiseOptions = { profile: 'tactical', key: KEY, keyId: 'group-a' };

/** Collects the events of a batch over an in-memory list of reports. */
async function runBatch(reports: unknown[], options: AnonymiseOptions): Promise<BatchEvent[]> {
  const events: BatchEvent[] = [];
  const open = async function* () {
    for (const [i, data] of reports.entries()) yield { data, place: `reports[${i}]` };
  };
  for await (const event of anonymiseBatch(open, options)) events.push(event);
  return events;
}
const sharedOf = (events: BatchEvent[]) => events.flatMap((e) => (e.type === 'shared' ? [e.report as Record<string, any>] : []));

describe('anonymise: nothing planted leaves', () => {
  test('planting keeps reports valid, so the property below tests the anonymiser and nothing else', () => {
    fc.assert(
      fc.property(fc.tuple(arbitraryReport({ maxItems: 2 }), fc.integer({ min: 1, max: 1_000_000 })), ([report, seed]) => {
        const errors = validateCaseReport(plant(report, seed).report).filter((f) => f.severity === 'error');
        expect(errors.map((f) => `${f.code} ${f.path}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('every string position of the model is planted or named here as unable to hold a distinctive value', () => {
    const positions = model.fields.filter((f) => STRING_KINDS.has(f.kind) || isOpenList(f)).map((f) => f.path);
    const notPlanted = positions.filter((p) => UNPLANTABLE.has(p));
    expect(notPlanted.sort()).toEqual(['/countriesInvolved/*/region', '/indicators/*/indicatorId', '/persons/*/primaryLanguage', '/sharing/fieldLevelTlp/*/path', '/transactions/*/merchantCategoryCode', '/transactions/*/place/region']);
    for (const path of positions.filter((p) => !notPlanted.includes(p))) expect(plantedValue(fieldsByPath.get(path)!, 'ZqabcSurvivor', '44770900123'), path).toBeDefined();
  });

  test.each(['aggregate', 'tactical'] as const)('%s: 1,000 planted reports — no planted value in any form in the output; output valid against the profile schema', (profile: Sharing) => {
    let shared = 0;
    fc.assert(
      fc.property(plantedReport, ({ report, secrets }) => {
        let out: Record<string, unknown>;
        try {
          out = anonymiseReport(report, { profile, key: KEY, keyId: 'group-a' });
        } catch (error) {
          expect(error).toBeInstanceOf(SharingRefusal);
          for (const secret of secrets) expect((error as SharingRefusal).reason + (error as SharingRefusal).hint).not.toContain(secret);
          return;
        }
        shared++;
        const bytes = JSON.stringify(out);
        for (const secret of secrets) for (const form of forms(secret)) expect(bytes).not.toContain(form);
        const verdict = validators[profile](out);
        expect(verdict.valid, JSON.stringify(verdict.errors.slice(0, 3))).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(shared).toBeGreaterThan(900);
  }, 300_000);

  test('a value typed into an open list becomes "other"; a name typed as an identifier, truncated number or wallet does not survive', () => {
    const example = examples.find((e) => e.sharing.tlp === 'TLP:AMBER' && e.accounts?.length && e.persons?.length)!;
    const report = relinked(example, example.persons[0].id, 'MariaSurvivor-447700900123');
    delete report.sharing.fieldLevelTlp;
    report.exploitationPlatforms = ['Maria Survivor', 'Facebook'];
    report.accounts[0].identifiers = [{ id: 'Maria-447700900123', scheme: 'iban', truncated: 'GB29 NWBK 6016 1331 9268 19' }];
    report.accounts[0].walletAddress = 'MariaSurvivor447700900123';
    const out = anonymiseReport(report, GROUP_A) as any;
    expect(out.exploitationPlatforms).toEqual(['Other', 'Facebook']);
    expect(out.accounts[0].identifiers[0].truncated).toBe('****6819');
    expect(out.accounts[0].walletAddress).toBeUndefined();
    expect(JSON.stringify(out)).not.toMatch(/Maria|447700900123/);
    expect(out.persons[0].id).toBe('persons-1');
  });
});

/** The report with every reference to one local identifier following it to a new name. */
function relinked(report: Record<string, any>, from: string, to: string): Record<string, any> {
  return JSON.parse(JSON.stringify(report).replaceAll(`"${from}"`, `"${to}"`));
}

describe('anonymise: fail closed', () => {
  const base = () => {
    const report = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER' && e.persons?.length > 1)!);
    delete report.sharing.fieldLevelTlp;
    return report;
  };

  test.each(['/sharing', '/schemaVersion', '/recordId', '/sharing/tlp'])('a field-level marking on %s refuses that report only; the batch goes on', async (path) => {
    const marked = base();
    marked.sharing.fieldLevelTlp = [{ path, tlp: 'TLP:RED' }];
    expect(isValid(validateCaseReport(marked))).toBe(true);
    const events = await runBatch([marked, base()], GROUP_A);
    expect(events.map((e) => e.type)).toEqual(['refused', 'shared']);
    expect(events[0]).toMatchObject({ place: 'reports[0]', reason: expect.stringMatching(/a part the report cannot do without is marked more strictly/) });
  });

  test('every report validate accepts is shared valid under the profile schema or refused with a reason, never a crash (property)', async () => {
    const reports = fc.sample(arbitraryReport({ maxItems: 2 }), { numRuns: 300, seed: 11 });
    // Field-level markings anywhere in the report, the awkward places included.
    reports.forEach((r: any, i) => {
      r.schemaVersion = model.version;
      r.sharing.tlp = i % 2 ? 'TLP:AMBER' : 'TLP:GREEN';
      r.sharing.permittedPurposes = ['transactionMonitoringTuning'];
      if (i % 3 === 0) r.sharing.fieldLevelTlp = [{ path: ['/sharing', '/schemaVersion', '/persons', '/dateReported', '/consent'][i % 5], tlp: 'TLP:RED' }];
    });
    const accepted = reports.filter((r) => isValid(validateCaseReport(r)));
    expect(accepted.length).toBeGreaterThan(200);
    for (const profile of ['tactical', 'aggregate'] as const) {
      let shared = 0;
      for (const report of accepted) {
        try {
          expect(validators[profile](anonymiseReport(report, { profile, key: KEY, keyId: 'group-a' })).valid).toBe(true);
          shared++;
        } catch (error) {
          expect(error).toBeInstanceOf(SharingRefusal);
          expect((error as SharingRefusal).reason).not.toMatch(/would not be valid/);
        }
      }
      expect(shared).toBeGreaterThan(accepted.length / 3);
    }
    // Through the batch (small-group protection included), nothing unexpected either.
    for (const event of await runBatch(accepted, { profile: 'aggregate', key: KEY, keyId: 'group-a' })) if (event.type === 'refused') expect(event.reason).not.toMatch(/does not expect|would not be valid/);
  });

  test('a marking that withholds the indicator catalogue version withholds the observations that need it', () => {
    const report = { ...base(), indicatorCatalogueVersion: model.version, indicators: [], sharing: { ...base().sharing, tlp: 'TLP:GREEN', permittedPurposes: ['transactionMonitoringTuning'], fieldLevelTlp: [{ path: '/indicatorCatalogueVersion', tlp: 'TLP:RED' }] } };
    const notes: Record<string, number> = {};
    const out = anonymiseReport(report, { profile: 'tactical', key: KEY, keyId: 'group-a' }, notes);
    expect(out).not.toHaveProperty('indicatorCatalogueVersion');
    expect(out).not.toHaveProperty('indicators');
    expect(notes['indicator observations removed: their catalogue version was withheld']).toBe(1);
  });

  test("a report's version label leaves as this toolkit's version, whatever was typed there", () => {
    const report = { ...base(), schemaVersion: '447700.900123.1' };
    expect(isValid(validateCaseReport(report))).toBe(true);
    expect(anonymiseReport(report, GROUP_A).schemaVersion).toBe(model.version);
  });
});

describe('linkage', () => {
  const report = () => {
    const r = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER' && e.persons?.length)!);
    delete r.sharing.fieldLevelTlp;
    r.sharing.permittedPurposes = ['transactionMonitoringTuning'];
    r.persons[0].identifiers = [{ id: 'I1', type: 'phoneE164', value: '+44 7700 900123' }];
    return r;
  };
  const identifiersIn = (out: unknown) => {
    const found = new Set<string>();
    JSON.stringify(out, (key, value) => {
      if (typeof value === 'string' && (/Hmac$/.test(key) || key === 'recordId' || key === 'relatesToRecordId')) found.add(value);
      return value;
    });
    return found;
  };

  test('aggregate and tactical outputs of the same report share no record identifier or pseudonym; local identifiers only say an item\'s place', () => {
    const tactical = anonymiseReport(report(), GROUP_A);
    const aggregate = anonymiseReport(report(), { ...GROUP_A, profile: 'aggregate' });
    const shared = [...identifiersIn(tactical)].filter((id) => identifiersIn(aggregate).has(id));
    expect(shared).toEqual([]);
    expect(tactical.recordId).not.toBe(report().recordId);
    for (const out of [tactical, aggregate]) JSON.stringify(out, (key, value) => (key === 'id' && expect(value).toMatch(/^[a-z][A-Za-z]*-[1-9][0-9]*$/), value));
  });

  test('tactical record identifiers are stable within a group and profile, so a later version links to the earlier one; two groups share no pseudonym', () => {
    const a1 = anonymiseReport(report(), GROUP_A) as any;
    const a2 = anonymiseReport(report(), GROUP_A) as any;
    const b = anonymiseReport(report(), { profile: 'tactical', key: OTHER_KEY, keyId: 'group-b' }) as any;
    expect(a2.recordId).toBe(a1.recordId);
    expect([...identifiersIn(a1)].filter((id) => identifiersIn(b).has(id))).toEqual([]);
    const update = { ...report(), recordId: '6f1d2c4b-8a9e-4f3a-9b7c-0d1e2f3a4b5c', relatesToRecordId: report().recordId };
    expect((anonymiseReport(update, GROUP_A) as any).relatesToRecordId).toBe(a1.recordId);
  });

  test('aggregate releases get fresh record identifiers every time, and drop links to earlier records', () => {
    const options = { ...GROUP_A, profile: 'aggregate' };
    const update = { ...report(), relatesToRecordId: '6f1d2c4b-8a9e-4f3a-9b7c-0d1e2f3a4b5c' };
    const [one, two] = [anonymiseReport(update, options), anonymiseReport(update, options)];
    expect(one.recordId).not.toBe(two.recordId);
    expect(one.relatesToRecordId).toBeUndefined();
  });

  test("a tactical run with group B's key drops group A's keyed hashes instead of passing them on", () => {
    const fromA = anonymiseReport(report(), GROUP_A) as any;
    const hashA = fromA.persons[0].identifiers[0].valueHmac;
    expect(hashA).toMatch(/^[0-9a-f]{64}$/);
    // Group A's output, re-shared by a member of group B.
    const reshared = { ...report(), persons: report().persons.map((p: any, i: number) => (i === 0 ? { ...p, identifiers: [{ id: 'I1', type: 'phoneE164', valueHmac: hashA, keyId: 'group-a' }] } : p)) };
    const byB = anonymiseReport(reshared, { profile: 'tactical', key: OTHER_KEY, keyId: 'group-b' });
    expect(JSON.stringify(byB)).not.toContain(hashA);
    // The same member re-sharing within group A keeps the group's pseudonym, so matching still works.
    expect(JSON.stringify(anonymiseReport(reshared, GROUP_A))).toContain(hashA);
  });

  test('keyed hashes match across organisations for the same identifier written differently, and differ between keys', () => {
    const other = report();
    other.persons[0].identifiers[0].value = '0044-7700-900-123';
    const hash = (r: unknown, key: Uint8Array) => (anonymiseReport(r, { profile: 'tactical', key, keyId: 'k' }) as any).persons[0].identifiers[0].valueHmac;
    expect(hash(other, KEY)).toBe(hash(report(), KEY));
    expect(hash(report(), OTHER_KEY)).not.toBe(hash(report(), KEY));
  });
});

describe('markings, purposes and free text', () => {
  test('a report marked more strictly than the profile accepts is refused, not downgraded', () => {
    const red = examples.find((e) => e.sharing.tlp === 'TLP:RED')!;
    expect(() => anonymiseReport(red, GROUP_A)).toThrow(/marked TLP:RED, which the tactical profile does not accept/);
  });

  test('the output marking is never weaker than the profile requires; purposes and onward sharing travel with the record', () => {
    const base = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER')!);
    delete base.sharing.fieldLevelTlp;
    const at = (tlp: string, purposes: string[]) => anonymiseReport({ ...base, sharing: { ...base.sharing, tlp, permittedPurposes: purposes } }, GROUP_A) as any;
    expect(at('TLP:CLEAR', ['investigation']).sharing.tlp).toBe('TLP:AMBER');
    expect(at('TLP:AMBER+STRICT', ['investigation']).sharing.tlp).toBe('TLP:AMBER+STRICT');
    expect(at('TLP:AMBER', ['investigation', 'research']).sharing.permittedPurposes).toEqual(['investigation']);
    expect(() => at('TLP:AMBER', ['research'])).toThrow(/none of the report's permitted purposes/);
  });

  test('parts marked more strictly than the output are removed, with the references to them', () => {
    const report = structuredClone(examples.find((e) => e.persons?.length > 1 && e.sharing.tlp === 'TLP:AMBER')!);
    report.sharing.fieldLevelTlp = [{ path: '/persons/0', tlp: 'TLP:RED' }];
    const kept = report.persons.length - 1;
    const out = anonymiseReport(report, GROUP_A) as any;
    expect(out.persons).toHaveLength(kept);
    expect(isValid(validateCaseReport(out))).toBe(true);
  });

  test('free text and institution names leave only when a person has said the texts were reviewed', () => {
    const report = structuredClone(examples.find((e) => e.sharing.tlp === 'TLP:AMBER' && e.accounts?.length)!);
    delete report.sharing.fieldLevelTlp;
    report.narrativeSummary = 'Synthetic summary.';
    report.narrativeRedacted = false;
    report.accounts[0].institutionName = 'Synthetic Bank';
    report.sharing.sanitisationMethods = [];
    const out = anonymiseReport(report, GROUP_A) as any;
    expect(out.narrativeSummary).toBeUndefined();
    expect(out.accounts[0].institutionName).toBeUndefined();
    report.narrativeRedacted = true;
    report.sharing.sanitisationMethods = ['FREE'];
    const reviewed = anonymiseReport(report, GROUP_A) as any;
    expect(reviewed.narrativeSummary).toBe('Synthetic summary.');
    expect(reviewed.accounts[0].institutionName).toBe('Synthetic Bank');
  });
});

describe('values that prove what they are', () => {
  test('institution identifiers: BICs with a real country, LEIs and ABA routing numbers with their check digits', () => {
    expect(['DEUTDEFF', 'NWBKGB2L', 'NWBKGB2LXXX', '5493001KJTIIGC8Y1R12', '021000021'].map(isInstitutionIdentifier)).toEqual([true, true, true, true, true]);
    expect(['SURVIVOR', 'MARYQQ12', '5493001KJTIIGC8Y1R13', '021000022', 'Maria Survivor'].map(isInstitutionIdentifier)).toEqual([false, false, false, false, false]);
  });

  test('wallet addresses and transaction hashes: each network\'s encoding, with its checksum where it has one', () => {
    const valid = ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '0x52908400098527886E0F7030069857D2E4169EE7', 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV'];
    expect(valid.map(isWalletAddress)).toEqual(valid.map(() => true));
    expect(['MariaSurvivor447700900123', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdz', 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8'].map(isWalletAddress)).toEqual([false, false, false, false]);
    expect(isTransactionHash('0x' + 'ab'.repeat(32))).toBe(true);
    expect(isTransactionHash('Maria')).toBe(false);
  });

  test('a truncated identifier keeps only its last four digits; letters never survive', () => {
    expect(truncateIdentifier('GB29 NWBK 6016 1331 9268 19')).toBe('****6819');
    expect(truncateIdentifier('411111…1234')).toBe('****1234');
    expect(truncateIdentifier('Maria Survivor')).toBeUndefined();
  });

  test('identifier normalisation: E.164, e-mail case, IBAN spacing', () => {
    expect(normaliseIdentifier('phoneE164', '0044 7700-900123')).toBe('+447700900123');
    expect(normaliseIdentifier('email', ' Zq@Example.ORG ')).toBe('zq@example.org');
    expect(normaliseIdentifier('iban', 'gb29 nwbk-6016')).toBe('GB29NWBK6016');
  });
});

describe('bands', () => {
  test('amounts and ages fall in the bands their code lists define, edges included', () => {
    expect([99.5, 100, 499.99, 2999, 3000, 1e6].map((n) => bandFor('amountBand', n))).toEqual(['lt100', '100-499', '100-499', '1000-2999', '3000-9999', 'ge1000000']);
    expect([8, 9, 17, 18, 47, 48, 90].map((n) => bandFor('ageBand', n))).toEqual(['0-8', '9-17', '9-17', '18-20', '39-47', '48+', '48+']);
  });
});
