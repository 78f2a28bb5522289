/**
 * Releasing a second version end to end, in a scratch copy of the repository: snapshot the declared version, make one minor and
 * one major change, see the version gate refuse the old version number and accept the right one, regenerate the
 * changelog (keeping hand-written notes), and upgrade every example to the new version.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { checkVersionGate } from '../generators/diff/version-gate.js';
import { loadFieldModel } from '../generators/load-model.js';
import { runtimeModel } from '../generators/runtime-model/generate-runtime-model.js';
import { changelogText, releaseCommand } from '../generators/cli/version-command.js';
import { upgradeWith } from '../src/upgrade/upgrade.js';
import { makeAjvValidator } from './helpers/schema-validators.js';

const root = mkdtempSync(join(tmpdir(), 'htfds-release-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sink = () => {
  let text = '';
  return { stream: new Writable({ write: (c, _e, done) => ((text += String(c)), done()) }), text: () => text };
};
const editJson = (path: string, edit: (json: any) => void) => {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
};

/** The version the repository declares now, and the next minor and major versions after it. */
const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const [major, minor] = declared.split('.').map(Number) as [number, number, number];
// Before 1.0.0 a breaking change bumps the minor number and anything else the patch number.
const [, , patch] = declared.split('.').map(Number) as [number, number, number];
const nextMinor = major === 0 ? `0.${minor}.${patch + 1}` : `${major}.${minor + 1}.0`;
const nextMajor = major === 0 ? `0.${minor + 1}.0` : `${major + 1}.0.0`;
const escaped = (v: string) => v.replaceAll('.', '\\.');

describe('releasing a second version', () => {
  cpSync('schema', join(root, 'schema'), { recursive: true });
  cpSync('examples', join(root, 'examples'), { recursive: true });
  cpSync('package.json', join(root, 'package.json'));
  // The releases before the declared version, so that the examples (written for the first release) upgrade through them.
  for (const version of readdirSync('releases').filter((v) => v !== declared)) cpSync(join('releases', version), join(root, 'releases', version), { recursive: true });

  test('end to end: snapshot, gate, changelog, upgrade', () => {
    // 1. Release the declared version.
    const out = sink();
    expect(releaseCommand(root, out.stream)).toBe(0);
    expect(readdirSync(join(root, 'releases'))).toContain(declared);
    // The examples are kept as this version wrote them, for the upgrade property test of the next version.
    expect(readdirSync(join(root, 'releases', declared, 'examples')).sort()).toEqual(readdirSync('examples').sort());
    expect(readFileSync(join(root, 'releases', declared, 'examples', 'minimal.json'), 'utf8')).toBe(readFileSync('examples/minimal.json', 'utf8'));

    // 2. One minor change (a new optional field) and one major change (a renamed field, declared as an upgrade step).
    editJson(join(root, 'schema/transaction.schema.json'), (s) => {
      const props = s.$defs.Transaction.properties;
      props.merchantCode = props.merchantCategoryCode;
      delete props.merchantCategoryCode;
      props.settlementDelayDays = { title: 'Settlement delay', description: 'Days until settlement.', type: 'integer', minimum: 0, 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'] };
    });
    writeFileSync(join(root, `releases/${declared}/upgrade.json`), JSON.stringify({ from: declared, to: nextMajor, steps: [{ op: 'rename', from: '/transactions/*/merchantCategoryCode', to: '/transactions/*/merchantCode' }] }));

    // 3. The gate refuses the unchanged version number and says which change forces which bump.
    const refused = checkVersionGate(loadFieldModel(join(root, 'schema')), root);
    expect(refused.ok).toBe(false);
    expect(refused.required).toBe('major');
    expect(refused.problems.join('\n')).toMatch(new RegExp(`are breaking[^\\n]*need version ${escaped(nextMajor)} or later[\\s\\S]*merchantCategoryCode renamed to /transactions/\\*/merchantCode`));
    editJson(join(root, 'package.json'), (p) => (p.version = nextMinor));
    editJson(join(root, 'schema/case-report.schema.json'), (s) => (s['x-schemaVersion'] = nextMinor));
    expect(checkVersionGate(loadFieldModel(join(root, 'schema')), root).ok).toBe(false);
    editJson(join(root, 'package.json'), (p) => (p.version = nextMajor));
    editJson(join(root, 'schema/case-report.schema.json'), (s) => (s['x-schemaVersion'] = nextMajor));
    const accepted = checkVersionGate(loadFieldModel(join(root, 'schema')), root);
    expect(accepted.problems).toEqual([]);
    expect(accepted.ok).toBe(true);

    // 4. The changelog gets a generated section for the new version; notes written by people survive regeneration.
    let changelog = changelogText(root);
    expect(changelog).toMatch(new RegExp(`## ${escaped(nextMajor)} \\(unreleased\\)[\\s\\S]*Breaking changes[\\s\\S]*renamed to /transactions/\\*/merchantCode[\\s\\S]*settlementDelayDays added`));
    expect(changelog).toMatch(new RegExp(`## ${escaped(declared)}\\n`));
    writeFileSync(join(root, 'CHANGELOG.md'), changelog.replace(`## ${nextMajor} (unreleased)\n`, `## ${nextMajor} (unreleased)\n\nMerchant codes get a shorter name.\n`));
    changelog = changelogText(root);
    expect(changelog).toContain('Merchant codes get a shorter name.');
    expect(changelog.match(/generated changes: start/g)).toHaveLength(2);

    // 5. Every example upgrades to the new version and is valid against the new schema.
    const model = loadFieldModel(join(root, 'schema'));
    const runtime = runtimeModel(model);
    const validate = makeAjvValidator(model.bundle);
    let renamed = 0;
    for (const file of readdirSync(join(root, 'examples'))) {
      const example = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'));
      const before = JSON.stringify(example);
      const upgraded = upgradeWith(example, runtime.releases, runtime.version) as any;
      expect(upgraded.schemaVersion).toBe(nextMajor);
      const verdict = validate(upgraded);
      expect(verdict.errors.map((e) => `${file} ${e.instancePath} ${e.message}`)).toEqual([]);
      if (before.includes('merchantCategoryCode')) {
        renamed++;
        expect(JSON.stringify(upgraded)).not.toContain('merchantCategoryCode');
      }
    }
    expect(renamed).toBeGreaterThan(0);
  });
});
