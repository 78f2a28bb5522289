/** htfds diff classifies each kind of schema change by semantic versioning for standards. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diffModels, requiredBump, type Change } from '../generators/diff/diff-models.js';
import { loadVersion } from '../generators/diff/versions.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const original = loadVersion('schema');
let n = 0;

/** A copy of the schema with one change, diffed against the original. */
function diffAfter(change: (dir: string) => void, renames: { from: string; to: string }[] = []): Change[] {
  const dir = join(scratch, `v${n++}`);
  cpSync('schema', dir, { recursive: true });
  change(dir);
  return diffModels(original, loadVersion(dir), renames);
}
const editJson = (path: string, edit: (json: any) => void) => {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
};
const addCode = (dir: string, list: string, file: string, def: string, code: string) => {
  writeFileSync(join(dir, 'codelists', `${list}.csv`), readFileSync(join(dir, 'codelists', `${list}.csv`), 'utf8') + `${code},New code,A code added for the test.,HTFDS,,,\n`);
  editJson(join(dir, file), (s) => s.$defs[def].enum?.push(code));
};
const summary = (changes: Change[]) => changes.map((c) => `${c.kind}:${c.level}`).sort();

describe('htfds diff', () => {
  test('the same schema has no changes', () => {
    expect(diffModels(original, loadVersion('schema'))).toEqual([]);
  });

  test('removing a field is major', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => delete s.$defs.Transaction.properties.merchantCategoryCode));
    expect(summary(changes)).toEqual(['field-removed:major']);
    expect(changes[0]!.subject).toBe('/transactions/*/merchantCategoryCode');
  });

  const rename = (d: string) => editJson(join(d, 'transaction.schema.json'), (s) => {
    const props = s.$defs.Transaction.properties;
    props.merchantCode = props.merchantCategoryCode;
    delete props.merchantCategoryCode;
  });
  test('renaming a field without the rename map is a removal (major) and an addition (minor)', () => {
    expect(summary(diffAfter(rename))).toEqual(['field-added:minor', 'field-removed:major']);
  });
  test('renaming a field with the rename map is one rename (major: old data needs upgrading)', () => {
    expect(summary(diffAfter(rename, [{ from: '/transactions/*/merchantCategoryCode', to: '/transactions/*/merchantCode' }]))).toEqual(['field-renamed:major']);
  });

  test('a moved section takes its fields along: one rename per field, none removed or added', () => {
    const move = (d: string) => editJson(join(d, 'case-report.schema.json'), (s) => {
      s.properties.launderingDetails = s.properties.laundering;
      delete s.properties.laundering;
    });
    const changes = diffAfter(move, [{ from: '/laundering', to: '/launderingDetails' }]);
    expect(new Set(summary(changes))).toEqual(new Set(['field-renamed:major']));
    expect(changes.map((c) => c.subject)).toContain('/launderingDetails/launderingMethods');
  });

  test('making an optional field required is major', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => {
      s.$defs.Transaction.required.push('date');
      s.$defs.Transaction.properties.date['x-obligation'] = 'required';
    }));
    expect(summary(changes)).toEqual(['field-made-required:major']);
  });

  test('adding an optional field is minor', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => {
      s.$defs.Transaction.properties.settlementDelayDays = { title: 'Settlement delay', description: 'Days until settlement.', type: 'integer', minimum: 0, 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'] };
    }));
    expect(summary(changes)).toEqual(['field-added:minor']);
  });

  test('adding a code to an open code list is a patch; to a closed one, minor', () => {
    expect(summary(diffAfter((d) => addCode(d, 'platform', 'recruitment.schema.json', 'Platform', 'Signal')))).toEqual(['code-added:patch']);
    expect(summary(diffAfter((d) => addCode(d, 'wagesPaid', 'financial-control.schema.json', 'WagesPaid', 'paidInKind')))).toEqual(['code-added:minor']);
  });

  test('removing a code from a closed code list is major', () => {
    const changes = diffAfter((d) => {
      const csv = join(d, 'codelists', 'wagesPaid.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').split('\n').filter((l) => !l.startsWith('paidIrregularly,')).join('\n'));
      editJson(join(d, 'financial-control.schema.json'), (s) => (s.$defs.WagesPaid.enum = s.$defs.WagesPaid.enum.filter((c: string) => c !== 'paidIrregularly')));
    });
    expect(summary(changes)).toEqual(['code-removed:major']);
  });

  test('changing a description is a patch', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => (s.$defs.Transaction.properties.purpose.description = 'What the payment was for, reworded.')));
    expect(summary(changes)).toEqual(['wording-changed:patch']);
  });

  test('narrowing a type is major, widening it minor', () => {
    const narrowed = diffAfter((d) => editJson(join(d, 'case-report.schema.json'), (s) => (s.properties.dataQualityNote.maxLength = 500)));
    expect(summary(narrowed)).toEqual(['type-narrowed:major']);
    const noMissing = diffAfter((d) => editJson(join(d, 'case-report.schema.json'), (s) => {
      const p = s.properties.ongoingExploitation;
      delete p.$ref;
      p.type = 'boolean';
    }));
    expect(summary(noMissing)).toEqual(['type-narrowed:major']);
    const widened = diffAfter((d) => editJson(join(d, 'case-report.schema.json'), (s) => (s.properties.dataQualityNote.maxLength = 4000)));
    expect(summary(widened)).toEqual(['type-widened:minor']);
  });

  // A list of objects with a required id and an optional note, as 0.2.0 added several (items defined under $defs, as the schema's lists are).
  const addHolds = (s: any, obligation: 'optional' | 'required') => {
    s.$defs.Hold = { type: 'object', title: 'Hold', description: 'Made by the diff test.', additionalProperties: false, required: ['id'], properties: idAndNote };
    s.$defs.Transaction.properties.holds = { type: 'array', title: 'Holds', description: 'Made by the diff test.', 'x-obligation': obligation, 'x-sources': ['HTFDS'], items: { $ref: '#/$defs/Hold' } };
    if (obligation === 'required') s.$defs.Transaction.required.push('holds');
  };
  const idAndNote = {
    id: { type: 'string', title: 'ID', description: 'Made by the diff test.', 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'required', 'x-sources': ['HTFDS'], 'x-kind': 'id' },
    note: { type: 'string', title: 'Note', description: 'Made by the diff test.', 'x-sensitivity': 'P1', 'x-anon': 'KEEP', 'x-obligation': 'optional', 'x-sources': ['HTFDS'] },
  };
  test('a required field of a new optional list breaks no report: the addition is minor and says why', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => addHolds(s, 'optional')));
    expect(summary(changes)).toEqual(['field-added:minor', 'field-added:minor']);
    expect(changes.map((c) => c.message)).toContain('/transactions/*/holds/*/id added (required in /transactions/*/holds, which is new)');
  });
  test('a new required list is major, reported once at the list', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => addHolds(s, 'required')));
    expect(changes.filter((c) => c.level === 'major').map((c) => c.message)).toEqual(['/transactions/*/holds added as a required list: reports without it become invalid']);
    expect(requiredBump(changes)).toBe('major');
  });
  test('a required field added to a section reports already have is major', () => {
    const changes = diffAfter((d) => editJson(join(d, 'transaction.schema.json'), (s) => {
      s.$defs.Transaction.properties.note = { ...idAndNote.note, 'x-obligation': 'required' };
      s.$defs.Transaction.required.push('note');
    }));
    expect(changes.map((c) => `${c.level} ${c.message}`)).toEqual(['major /transactions/*/note added as a required field: reports without it become invalid']);
  });

  test('the required bump is the highest level', () => {
    expect(requiredBump([])).toBe('none');
    expect(requiredBump([{ kind: 'wording-changed', level: 'patch', subject: '', message: '' }, { kind: 'field-added', level: 'minor', subject: '', message: '' }])).toBe('minor');
  });
});

describe('the versions htfds diff compares', () => {
  test('a bundled schema (as built into dist/schema/) against its source folder: no change; a real change still shows', () => {
    const bundle = join(scratch, 'bundle.schema.json');
    writeFileSync(bundle, JSON.stringify(original.bundle));
    const fromBundle = loadVersion(bundle);
    expect(fromBundle.fromBundle).toBe(true);
    expect(diffModels(fromBundle, original)).toEqual([]);
    expect(diffModels(original, fromBundle)).toEqual([]);
    const dir = join(scratch, 'reworded');
    cpSync('schema', dir, { recursive: true });
    editJson(join(dir, 'case-report.schema.json'), (s) => (s.properties.caseStatus.description = 'Reworded for the test.'));
    const newBundle = join(scratch, 'reworded.bundle.schema.json');
    writeFileSync(newBundle, JSON.stringify(loadVersion(dir).bundle));
    expect(summary(diffModels(fromBundle, loadVersion(newBundle)))).toEqual(['wording-changed:patch']);
  });

  test('git refs are checked and resolved before git sees them: an option-like or unknown ref is one clear error', () => {
    for (const spec of ['--output=/tmp/htfds-diff-probe', '-o', 'HEAD --exec=true', 'no-such-ref-anywhere', 'HEAD..main']) {
      expect(() => loadVersion(spec), spec).toThrow(/is neither a schema folder, a bundled schema file, nor a git ref of this repository/);
    }
    expect(loadVersion('HEAD').version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
