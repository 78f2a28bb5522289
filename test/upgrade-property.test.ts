/**
 * The upgrade from 0.1.0, as a property: every 0.1.0 example (kept in releases/0.1.0/examples by the release),
 * the base of every invalid fixture, and hundreds of 0.1.0 reports generated from the 0.1.0 snapshot's own model
 * upgrade to valid current reports, and every value of the old report lands where the steps say it goes, or the
 * upgrade's notCarried account names its path (test/helpers/upgrade-losses.ts follows each value through the
 * steps' paths, independently of the upgrade's code). The library does it for every report; the CLI once, for
 * all of them in one file. Lossy steps planted in a scratch release list show that the check fails when it should.
 * All reports are synthetic.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { loadVersion, readUpgrade } from '../generators/diff/versions.js';
import runtimeModel from '../src/generated/runtime-model.js';
import { upgradeReportWithNotes, upgradeWithNotes } from '../src/upgrade/upgrade.js';
import { valuesAt } from '../src/validate/paths.js';
import type { RuntimeUpgradeStep } from '../src/validate/runtime-model.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { arbitraryReport, versionErrors } from './helpers/arbitrary-report.js';
import { htfds } from './helpers/run-cli.js';
import { makeAjvValidator } from './helpers/schema-validators.js';
import { lostValues, stepsFrom } from './helpers/upgrade-losses.js';

type Report = Record<string, unknown>;

const OLD = '0.1.0';
const oldModel = loadVersion(join('releases', OLD));
const oldSchema = makeAjvValidator(oldModel.bundle);
const current = runtimeModel.version;
const steps = stepsFrom(runtimeModel.releases, OLD, current);

/**
 * 0.1.0 reports as the 0.1.0 toolkit would accept them (its schema's verdict; its rules the generator builds in),
 * saying they are 0.1.0 reports, as that toolkit wrote them (the schema asks only for a version-shaped string).
 */
const oldReports = (maxItems = 3) =>
  arbitraryReport({ model: oldModel, maxItems, errorsOf: versionErrors(oldModel) }).map((r) => ({ ...r, schemaVersion: OLD }));

const examples = oldModel.examples.map(({ name, report }) => ({ name, report: report as Report }));
const fixtureBases = [...new Set(readdirSync('test/fixtures/invalid').filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join('test/fixtures/invalid', f), 'utf8')) as { base: string }).base))];
/** Fixtures added with 0.2.0 may build on examples 0.1.0 did not have; those bases are not 0.1.0 reports. */
const oldFixtureBases = fixtureBases.filter((base) => examples.some((e) => e.name === base));
const GENERATED = 300;
const generated = fc.sample(oldReports(), { numRuns: GENERATED, seed: 130 });

/** The errors of the upgraded report and the values it lost, each as one line. */
function problems(old: Report): string[] {
  const { report, notCarried } = upgradeReportWithNotes(old);
  const errors = validateCaseReport(report).filter((f) => f.severity === 'error').map((f) => `invalid at ${f.path || '/'}: ${f.message}`);
  return [...errors, ...lostValues(old, report, notCarried, steps, current)];
}

const scratch = mkdtempSync(join(tmpdir(), 'htfds-upgrade-property-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe(`upgrading ${OLD} reports to ${current}`, () => {
  test('the library runs the steps declared in releases/ (the generated runtime model is not stale)', () => {
    const declared = readUpgrade(OLD)?.steps ?? [];
    expect(runtimeModel.releases.find((r) => r.version === OLD)?.steps ?? [], 'run npm run build:package').toEqual(declared);
  });

  test(`the ${OLD} examples are the released ones, valid ${OLD} reports`, () => {
    expect(examples.length).toBeGreaterThanOrEqual(11);
    for (const { name, report } of examples) {
      expect(report.schemaVersion, name).toBe(OLD);
      expect(oldSchema(report).errors, name).toEqual([]);
    }
  });

  test.each(examples)(`the ${OLD} example $name upgrades to a valid report, losing nothing`, ({ report }) => {
    expect(problems(report)).toEqual([]);
  });

  test('the base of every invalid fixture that 0.1.0 had upgrades to a valid report, losing nothing', () => {
    expect(oldFixtureBases).toContain('minimal');
    for (const base of oldFixtureBases) expect(problems(examples.find((e) => e.name === base)!.report), base).toEqual([]);
  });

  test('an empty ransom, moved into the ransom list and given its default id, counts as carried (a report fast-check found)', () => {
    const minimal = examples.find((e) => e.name === 'minimal')!.report;
    const emptyRansom = { ...minimal, recruitment: { ...((minimal.recruitment as object | undefined) ?? {}), ransom: {} } } as Report;
    expect(oldSchema(emptyRansom).errors).toEqual([]);
    expect(problems(emptyRansom)).toEqual([]);
  });

  test(`${GENERATED} generated ${OLD} reports upgrade to valid reports, losing nothing`, () => {
    for (const [i, report] of generated.entries()) expect(problems(report), `generated report ${i}`).toEqual([]);
  });

  test('and any others fast-check finds (it shrinks a failing report to a small one)', () => {
    fc.assert(
      fc.property(oldReports(2), (report) => {
        expect(problems(report)).toEqual([]);
      }),
      // Shrinking a report regenerates and upgrades it at every step: bounded, a failure is reported half shrunk.
      { numRuns: 60, interruptAfterTimeLimit: 45_000 },
    );
  }, 120_000);

  test(`the generated reports are ${OLD} reports of every shape: optional sections present and absent, lists empty and full, missing values`, () => {
    expect(generated.every((r) => r.schemaVersion === OLD && oldSchema(r).valid)).toBe(true);
    const sections = oldModel.containers.filter((c) => /^\/[^/*]+$/.test(c.path) && !c.required);
    expect(sections.length).toBeGreaterThan(5);
    for (const { path } of sections) {
      const present = generated.filter((r) => valuesAt(r, path).length > 0).length;
      expect(present, `${path} present in some reports and absent in others`).toBeGreaterThan(0);
      expect(present, path).toBeLessThan(GENERATED);
    }
    for (const { path } of oldModel.containers.filter((c) => c.kind === 'list' && oldModel.fields.some((f) => f.path.startsWith(`${c.path}/*/`)))) {
      expect(generated.some((r) => valuesAt(r, `${path}/*`).length >= 2), `${path} with several items`).toBe(true);
    }
    const missing = generated.flatMap((r) => oldModel.fields.filter((f) => valuesAt(r, f.path).some(({ value }) => typeof value === 'object' && value !== null && 'missing' in value)).map((f) => f.path));
    expect(new Set(missing).size, 'fields given as missing values').toBeGreaterThan(20);
  });

  test('htfds upgrade (the CLI) turns all of them into valid reports in one run, and names every value it did not carry', async () => {
    const all = [...examples.map((e) => e.report), ...generated];
    const input = join(scratch, 'old.ndjson');
    writeFileSync(input, all.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const output = join(scratch, 'upgraded.ndjson');
    const { code, stderr } = await htfds('upgrade', input, '--out', output);
    expect(stderr).toContain(`${all.length} report(s) upgraded to ${current}.`);
    expect(code).toBe(0);
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(all.map((r) => upgradeReportWithNotes(r).report));
    const notes = all.flatMap((r, i) => upgradeReportWithNotes(r).notCarried.map((n) => `htfds: ${input}:${i + 1}: ${n.path}: not carried into ${current} — ${n.reason}\n`));
    for (const note of notes) expect(stderr).toContain(note);
    if (notes.length > 0) expect(stderr).toContain(`${notes.length} value(s) were not carried (listed above by report and path, with the reason): they remain only in the original files, so keep those.`);
    else expect(stderr).not.toContain('not carried');
  });
});

describe('the check catches a lossy step (planted in a scratch release list)', () => {
  const reportsWith = (planted: RuntimeUpgradeStep[], report: Report) => {
    const withPlanted = [...steps, ...planted];
    const { report: upgraded, notCarried } = upgradeWithNotes(report, [{ version: OLD, steps: withPlanted }], current);
    return lostValues(report, upgraded, notCarried, withPlanted, current);
  };
  const example = (name: string) => examples.find((e) => e.name === name)!.report;

  test('and no false alarm on lossless steps of every op, of the shapes 0.2.0 needs', () => {
    const markings = ['/recruitment/recruitmentMethods', '/scamCompound/transitCountries/0', '/transactions/0/method'].map((path) => ({ path, tlp: 'TLP:RED' }));
    const report = { ...example('scam-compound'), sharing: { ...(example('scam-compound').sharing as Report), fieldLevelTlp: markings } };
    const lossless: RuntimeUpgradeStep[] = [
      { op: 'move', from: '/recruitment', to: '/victimProfiles/0/recruitment' },
      { op: 'move', from: '/financialControl', to: '/victimProfiles/0/financialControl' },
      { op: 'rename', from: '/transactions/*/method', to: '/transactions/*/channel' },
      { op: 'move', from: '/transactions/*/counterpartyCountry', to: '/transactions/*/counterparty/country' },
      // Two codes merged into one: the list keeps one of them, which is what the recode means.
      { op: 'recode', path: '/victimProfiles/0/recruitment/recruitmentMethods', codes: { ThroughAnOnlineAdvertisement: 'online', ThroughOnlineSocialNetworks: 'online' } },
      { op: 'recode', path: '/transactions/*/purpose', codes: { recruitmentOrPlacementFee: 'recruitmentFee' } },
      { op: 'wrap', path: '/scamCompound/transitCountries/*', key: 'country' },
      { op: 'wrap', path: '/scamCompound/jobAdPlatforms', key: 'platforms' },
      { op: 'default', path: '/victimProfiles/*/personRef', value: 'P1' },
      { op: 'remove', path: '/scamCompound/timesSoldBand', reason: 'planted' },
    ];
    const { report: upgraded, notCarried } = upgradeWithNotes(report, [{ version: OLD, steps: lossless }], current);
    expect(upgraded).toMatchObject({ victimProfiles: [{ personRef: 'P1', recruitment: { recruitmentMethods: ['online'] } }], scamCompound: { transitCountries: [{ country: 'TH' }], jobAdPlatforms: { platforms: ['Facebook', 'Telegram'] } } });
    expect(notCarried).toEqual([{ path: '/scamCompound/timesSoldBand', reason: 'planted' }]);
    // The markings followed what they mark.
    expect((upgraded.sharing as { fieldLevelTlp: { path: string }[] }).fieldLevelTlp.map((m) => m.path)).toEqual(['/victimProfiles/0/recruitment/recruitmentMethods', '/scamCompound/transitCountries/0', '/transactions/0/channel']);
    expect(lostValues(report, upgraded, notCarried, lossless, current)).toEqual([]);
  });

  test('the ops toList, repoint and idsWhere (engineer A\'s) are followed too: as their results, no loss; otherwise, a loss', () => {
    const old = { schemaVersion: OLD, persons: [{ id: 'P1', personRole: 'victim' }], profiles: [{ refs: [], heldBy: 'employer' }], marks: [{ path: '/recruitment/fee' }] };
    const opsOfA: Parameters<typeof lostValues>[3] = [
      { op: 'toList', path: '/profiles/*/heldBy' },
      { op: 'repoint', path: '/marks/*/path', from: '/recruitment', to: '/victimProfiles/0/recruitment' },
      { op: 'idsWhere', path: '/profiles/*/refs', from: '/persons', key: 'personRole', values: ['victim'] },
    ];
    const upgraded = { schemaVersion: current, persons: old.persons, profiles: [{ refs: ['P1'], heldBy: ['employer'] }], marks: [{ path: '/victimProfiles/0/recruitment/fee' }] };
    expect(lostValues(old, upgraded, [], opsOfA, current)).toEqual([]);
    const lossy = { ...upgraded, profiles: [{ refs: 'P1', heldBy: 'employer' }], marks: [{ path: '/recruitment/fee' }] };
    expect(lostValues(old, lossy, [], opsOfA, current)).toEqual([
      '/profiles/0/refs: /profiles/0/refs holds "P1", not the old value []',
      '/profiles/0/heldBy: nothing at /profiles/0/heldBy/0, where the steps put it',
      '/marks/0/path: /marks/0/path holds "/recruitment/fee", not the old value "/victimProfiles/0/recruitment/fee"',
    ]);
  });

  test('a rename onto a field that has a value (the old value is overwritten)', () => {
    const lost = reportsWith([{ op: 'rename', from: '/dateReported', to: '/recordId' }], example('minimal'));
    expect(lost.join('\n')).toMatch(/^\/recordId: \/recordId holds .*not the old value/m);
  });

  test('a rename that names another parent than the one the value goes to', () => {
    const lost = reportsWith([{ op: 'rename', from: '/sharing/tlp', to: '/consent/tlp' }], example('minimal'));
    expect(lost).toContain('/sharing/tlp: nothing at /consent/tlp, where the steps put it');
  });

  test('two moves into one place (the second is refused and reported, so only a missing account fails)', () => {
    const planted: RuntimeUpgradeStep[] = [
      { op: 'move', from: '/dateReported', to: '/scratch/0/date' },
      { op: 'move', from: '/recordId', to: '/scratch/0/date' },
    ];
    expect(reportsWith(planted, example('minimal'))).toEqual([]);
    // An upgrade that kept no account of what it could not carry would lose it.
    const { report } = upgradeWithNotes(example('minimal'), [{ version: OLD, steps: [...steps, ...planted] }], current);
    expect(lostValues(example('minimal'), report, [], [...steps, ...planted], current).join('\n')).toMatch(/^\/recordId: /m);
  });

  test('a remove whose account is lost on the way', () => {
    const planted: RuntimeUpgradeStep[] = [{ op: 'remove', path: '/sharing/permittedPurposes', reason: 'planted' }];
    const { report } = upgradeWithNotes(example('minimal'), [{ version: OLD, steps: [...steps, ...planted] }], current);
    expect(lostValues(example('minimal'), report, [], [...steps, ...planted], current)).toContain('/sharing/permittedPurposes/0: removed at /sharing/permittedPurposes without a notCarried entry');
    expect(reportsWith(planted, example('minimal'))).toEqual([]);
  });

  test('on generated reports too: a rename of each transaction\'s purpose onto its method loses one of the two (equal ones count once)', () => {
    const planted: RuntimeUpgradeStep[] = [{ op: 'rename', from: '/transactions/*/purpose', to: '/transactions/*/method' }];
    const both = generated.filter((r) => valuesAt(r, '/transactions/*').some(({ value }) => typeof value === 'object' && value !== null && 'purpose' in value && 'method' in value));
    expect(both.length).toBeGreaterThan(0);
    for (const report of both) expect(reportsWith(planted, report).some((l) => /^\/transactions\/\d+\/(method|purpose)(\/|:)/.test(l))).toBe(true);
  });
});
