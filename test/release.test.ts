/**
 * Releasing a second version end to end, in a scratch copy of the repository: snapshot 0.1.0, make one minor and
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

describe('releasing a second version', () => {
  cpSync('schema', join(root, 'schema'), { recursive: true });
  cpSync('examples', join(root, 'examples'), { recursive: true });
  cpSync('package.json', join(root, 'package.json'));

  test('end to end: snapshot, gate, changelog, upgrade', () => {
    // 1. Release 0.1.0.
    const out = sink();
    expect(releaseCommand(root, out.stream)).toBe(0);
    expect(readdirSync(join(root, 'releases'))).toEqual(['0.1.0']);

    // 2. One minor change (a new optional field) and one major change (a renamed field, declared as an upgrade step).
    editJson(join(root, 'schema/transaction.schema.json'), (s) => {
      const props = s.$defs.Transaction.properties;
      props.merchantCode = props.merchantCategoryCode;
      delete props.merchantCategoryCode;
      props.settlementDelayDays = { title: 'Settlement delay', description: 'Days until settlement.', type: 'integer', minimum: 0, 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'] };
    });
    writeFileSync(join(root, 'releases/0.1.0/upgrade.json'), JSON.stringify({ from: '0.1.0', to: '1.0.0', steps: [{ op: 'rename', from: '/transactions/*/merchantCategoryCode', to: '/transactions/*/merchantCode' }] }));

    // 3. The gate refuses the unchanged version number and says which change forces which bump.
    const refused = checkVersionGate(loadFieldModel(join(root, 'schema')), root);
    expect(refused.ok).toBe(false);
    expect(refused.required).toBe('major');
    expect(refused.problems.join('\n')).toMatch(/need a major version \(1\.0\.0 or later\)[\s\S]*merchantCategoryCode renamed to \/transactions\/\*\/merchantCode/);
    editJson(join(root, 'package.json'), (p) => (p.version = '0.2.0'));
    editJson(join(root, 'schema/case-report.schema.json'), (s) => (s['x-schemaVersion'] = '0.2.0'));
    expect(checkVersionGate(loadFieldModel(join(root, 'schema')), root).ok).toBe(false);
    editJson(join(root, 'package.json'), (p) => (p.version = '1.0.0'));
    editJson(join(root, 'schema/case-report.schema.json'), (s) => (s['x-schemaVersion'] = '1.0.0'));
    const accepted = checkVersionGate(loadFieldModel(join(root, 'schema')), root);
    expect(accepted.problems).toEqual([]);
    expect(accepted.ok).toBe(true);

    // 4. The changelog gets a generated section for 1.0.0; notes written by people survive regeneration.
    let changelog = changelogText(root);
    expect(changelog).toMatch(/## 1\.0\.0 \(unreleased\)[\s\S]*Breaking changes[\s\S]*renamed to \/transactions\/\*\/merchantCode[\s\S]*settlementDelayDays added/);
    expect(changelog).toMatch(/## 0\.1\.0\n[\s\S]*First release/);
    writeFileSync(join(root, 'CHANGELOG.md'), changelog.replace('## 1.0.0 (unreleased)\n', '## 1.0.0 (unreleased)\n\nMerchant codes get a shorter name.\n'));
    changelog = changelogText(root);
    expect(changelog).toContain('Merchant codes get a shorter name.');
    expect(changelog.match(/generated changes: start/g)).toHaveLength(2);

    // 5. Every example upgrades to 1.0.0 and is valid against the new schema.
    const model = loadFieldModel(join(root, 'schema'));
    const runtime = runtimeModel(model);
    const validate = makeAjvValidator(model.bundle);
    let renamed = 0;
    for (const file of readdirSync(join(root, 'examples'))) {
      const example = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'));
      const before = JSON.stringify(example);
      const upgraded = upgradeWith(example, runtime.releases, runtime.version) as any;
      expect(upgraded.schemaVersion).toBe('1.0.0');
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
