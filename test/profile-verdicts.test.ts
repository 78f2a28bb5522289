/**
 * The generated profile verdicts (src/generated/profile-verdicts.js), which decide whether anonymised output may
 * leave, against their references: the precompiled Ajv profile validators and Ajv compiled in strict mode from the
 * profile schemas themselves. The same verdict on every anonymised example, hundreds of anonymised generated
 * reports, the raw examples (which carry what the profiles remove) and 1,500 mutated outputs. All data synthetic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadFieldModel } from '../generators/load-model.js';
import { profileSchema } from '../generators/profiles/generate-profile-schemas.js';
import { verdictModule } from '../generators/validators/generate-verdict.js';
import profileValidators from '../src/generated/profile-validators.js';
import profileVerdicts from '../src/generated/profile-verdicts.js';
import runtimeModel from '../src/generated/runtime-model.js';
import { anonymiseReport, SharingRefusal } from '../src/share/anonymise.js';
import { checkAgainstProfileSchema } from '../src/share/profile-schema-check.js';
import { arbitraryReport } from './helpers/arbitrary-report.js';
import { mutateReport, seededRandom } from './helpers/mutate-report.js';
import { makeAjvValidator } from './helpers/schema-validators.js';

const KEY = new Uint8Array(32).fill(7); // synthetic test key
const model = loadFieldModel('schema');
const profiles = Object.keys(profileVerdicts);
const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as unknown);
const generated = fc.sample(arbitraryReport(), { numRuns: 300, seed: 44 });

/** What a profile's anonymiser makes of the reports it accepts. */
function outputs(profile: string, reports: unknown[]): unknown[] {
  const made: unknown[] = [];
  for (const report of reports) {
    try {
      made.push(anonymiseReport(report, { profile, key: KEY, keyId: 'test-group' }));
    } catch (error) {
      if (!(error instanceof SharingRefusal)) throw error;
    }
  }
  return made;
}

describe.each(profiles)('the %s profile\'s verdict', (profile) => {
  const strictAjv = makeAjvValidator(profileSchema(model, model.profiles.find((p) => p.name === profile)!));
  /** Checks one output against both references; returns the verdict. */
  const compare = (data: unknown): boolean => {
    const valid = profileValidators[profile]!(data);
    expect(strictAjv(data).valid).toBe(valid);
    expect(profileVerdicts[profile]!(data)).toBe(valid);
    return valid;
  };
  const anonymised = outputs(profile, [...examples, ...generated]);

  test('every anonymised example and generated report passes, as Ajv says', () => {
    expect(anonymised.length).toBeGreaterThan(100);
    for (const out of anonymised) expect(compare(out)).toBe(true);
  });

  test('the raw examples, which carry what the profile removes, are rejected, as Ajv says', () => {
    for (const report of examples) expect(compare(report)).toBe(false);
  });

  test('1,500 mutated outputs: the same verdict as Ajv, with at least 900 rejected', () => {
    const random = seededRandom(7 + profile.length);
    let rejected = 0;
    for (let i = 0; i < 1500; i++) if (!compare(mutateReport(anonymised[i % anonymised.length], random))) rejected++;
    expect(rejected).toBeGreaterThanOrEqual(900);
  });

  test('a rejected output is refused with the place Ajv names, and nothing of its values', () => {
    const out = structuredClone(anonymised[0]) as { sharing: Record<string, unknown> };
    out.sharing.sanitised = 'Zqvictim-name-planted';
    expect(() => checkAgainstProfileSchema(out, runtimeModel.profiles[profile]!)).toThrow(/at \/sharing\/sanitised, const rule/);
    expect(() => checkAgainstProfileSchema(out, runtimeModel.profiles[profile]!)).not.toThrow(/Zqvictim/);
  });
});

describe('verdict generator: constants', () => {
  const object = (property: Record<string, unknown>) => ({ $defs: {}, type: 'object', additionalProperties: false, properties: { a: property } });

  test('enum and const of texts, numbers, booleans and null are translated; of objects or lists, refused', () => {
    expect(verdictModule(object({ enum: ['x', 1, true, null] }))).toContain('new Set(["x",1,true,null])');
    expect(verdictModule(object({ const: true }))).toContain('=== true');
    expect(() => verdictModule(object({ enum: [{ a: 1 }] }))).toThrow(/enum .* not translated/);
    expect(() => verdictModule(object({ const: ['x'] }))).toThrow(/const .* not translated/);
  });
});
