/**
 * The upgrade steps a release declares as data, applied to small synthetic reports: each op on its own, and the
 * account of values an upgrade could not carry (paths and reasons, never the values).
 */
import { describe, expect, test } from 'vitest';
import { upgradeWithNotes } from '../src/upgrade/upgrade.js';
import type { RuntimeUpgradeStep } from '../src/validate/runtime-model.js';

const upgrade = (report: object, steps: RuntimeUpgradeStep[]) => upgradeWithNotes({ schemaVersion: '1.0.0', ...report }, [{ version: '1.0.0', steps }], '2.0.0');

describe('upgrade steps', () => {
  test('move: a single object becomes the first item of a new list, made on the way', () => {
    const { report, notCarried } = upgrade({ recruitment: { method: 'jobAdvert' }, debts: [] }, [{ op: 'move', from: '/recruitment', to: '/victimProfiles/0/recruitment' }]);
    expect(report).toEqual({ schemaVersion: '2.0.0', debts: [], victimProfiles: [{ recruitment: { method: 'jobAdvert' } }] });
    expect(notCarried).toEqual([]);
  });

  test('move: the list indexes of the source fill the target item by item', () => {
    const { report } = upgrade({ debts: [{ amount: 1 }, { amount: 2 }, { other: 3 }] }, [{ op: 'move', from: '/debts/*/amount', to: '/debts/*/principal/value' }]);
    expect(report.debts).toEqual([{ principal: { value: 1 } }, { principal: { value: 2 } }, { other: 3 }]);
  });

  test('move: a taken target leaves the value where it was and says so, without the value', () => {
    const { report, notCarried } = upgrade({ a: 'SECRET-NAME', b: { c: 'kept' } }, [{ op: 'move', from: '/a', to: '/b/c' }]);
    expect(report).toMatchObject({ a: 'SECRET-NAME', b: { c: 'kept' } });
    expect(notCarried).toEqual([{ path: '/a', reason: 'it could not be moved to /b/c, which is taken' }]);
    expect(JSON.stringify(notCarried)).not.toContain('SECRET');
  });

  test('wrap: plain values become objects holding them; objects are left alone', () => {
    const { report } = upgrade({ wallets: ['T-addr', { address: 'B-addr', network: 'bitcoin' }] }, [{ op: 'wrap', path: '/wallets/*', key: 'address' }]);
    expect(report.wallets).toEqual([{ address: 'T-addr' }, { address: 'B-addr', network: 'bitcoin' }]);
  });

  test('remove: each removed value is reported by its path, with the reason the release gives', () => {
    const { report, notCarried } = upgrade({ persons: [{ id: 'P1', shoeSize: 42 }, { id: 'P2' }, { id: 'P3', shoeSize: 40 }] }, [
      { op: 'remove', path: '/persons/*/shoeSize', reason: 'shoe sizes are no longer collected' },
    ]);
    expect(report.persons).toEqual([{ id: 'P1' }, { id: 'P2' }, { id: 'P3' }]);
    expect(notCarried).toEqual([
      { path: '/persons/0/shoeSize', reason: 'shoe sizes are no longer collected' },
      { path: '/persons/2/shoeSize', reason: 'shoe sizes are no longer collected' },
    ]);
  });

  test('steps after a move can name the item it made by its index, as well as every item by *', () => {
    const { report, notCarried } = upgrade({ recruitment: { methods: ['advert', 'friend'], fee: 100 } }, [
      { op: 'move', from: '/recruitment', to: '/victimProfiles/0/recruitment' },
      { op: 'recode', path: '/victimProfiles/0/recruitment/methods', codes: { advert: 'jobAdvert' } },
      { op: 'wrap', path: '/victimProfiles/0/recruitment/fee', key: 'amount' },
      { op: 'rename', from: '/victimProfiles/0/recruitment/methods', to: '/victimProfiles/0/recruitment/recruitmentMethods' },
      { op: 'default', path: '/victimProfiles/0/personRef', value: 'P1' },
      { op: 'remove', path: '/victimProfiles/*/recruitment/unknownField', reason: 'never there' },
    ]);
    expect(report.victimProfiles).toEqual([{ personRef: 'P1', recruitment: { recruitmentMethods: ['jobAdvert', 'friend'], fee: { amount: 100 } } }]);
    expect(notCarried).toEqual([]);
  });

  test('field-level markings follow the data they protect through moves, renames and wraps; others are left alone', () => {
    const marks = ['/recruitment', '/recruitment/fee', '/recruitmentNote', '/transactions/1/mcc', '/wallets/0', '/wallets', '/persons/0'];
    const { report } = upgrade(
      { recruitment: { fee: 1 }, recruitmentNote: 'n', transactions: [{ mcc: '1' }, { mcc: '2' }], wallets: ['T-addr'], persons: [{ id: 'P1' }], sharing: { fieldLevelTlp: marks.map((path) => ({ path, tlp: 'TLP:RED' })) } },
      [
        { op: 'move', from: '/recruitment', to: '/victimProfiles/0/recruitment' },
        { op: 'rename', from: '/transactions/*/mcc', to: '/transactions/*/merchantCode' },
        { op: 'wrap', path: '/wallets/*', key: 'address' },
      ],
    );
    expect((report.sharing as { fieldLevelTlp: { path: string }[] }).fieldLevelTlp.map((m) => m.path)).toEqual([
      '/victimProfiles/0/recruitment',
      '/victimProfiles/0/recruitment/fee',
      '/recruitmentNote',
      '/transactions/1/merchantCode',
      '/wallets/0',
      '/wallets',
      '/persons/0',
    ]);
    // A wrapped value's place still holds it; a pointer inside a wrapped list follows it under the key.
    const wrapped = upgrade({ codes: ['a', 'b'], sharing: { fieldLevelTlp: [{ path: '/codes', tlp: 'TLP:RED' }, { path: '/codes/1', tlp: 'TLP:RED' }] } }, [{ op: 'wrap', path: '/codes', key: 'values' }]).report;
    expect(wrapped.codes).toEqual({ values: ['a', 'b'] });
    expect((wrapped.sharing as { fieldLevelTlp: { path: string }[] }).fieldLevelTlp.map((m) => m.path)).toEqual(['/codes', '/codes/values/1']);
  });

  test('steps run in the order declared, one release after another', () => {
    const steps: RuntimeUpgradeStep[] = [
      { op: 'rename', from: '/x', to: '/y' },
      { op: 'move', from: '/y', to: '/list/0/y' },
    ];
    const { report } = upgradeWithNotes({ schemaVersion: '0.1.0', x: 1 }, [{ version: '0.1.0', steps }, { version: '0.2.0', steps: [{ op: 'wrap', path: '/list/*/y', key: 'value' }] }], '0.3.0');
    expect(report).toEqual({ schemaVersion: '0.3.0', list: [{ y: { value: 1 } }] });
  });

  test('toList: a single code becomes a one-item list; lists and missing values are left alone', () => {
    const { report } = upgrade({ items: [{ heldBy: 'employer' }, { heldBy: ['agency'] }, { heldBy: { missing: 'unknown' } }, {}] }, [{ op: 'toList', path: '/items/*/heldBy' }]);
    expect(report.items).toEqual([{ heldBy: ['employer'] }, { heldBy: ['agency'] }, { heldBy: { missing: 'unknown' } }, {}]);
  });

  const people = [{ id: 'P1', role: 'victim' }, { id: 'P2', role: 'perpetrator' }, { id: 'P3', role: 'victimAndPerpetrator' }];
  const victimsOf = (extra: Partial<Extract<RuntimeUpgradeStep, { op: 'idsWhere' }>>): RuntimeUpgradeStep => ({ op: 'idsWhere', path: '/profiles/*/refs', from: '/people', key: 'role', values: ['victim', 'victimAndPerpetrator'], ...extra });

  test('idsWhere: fills an absent or empty list with the ids of the matching items, and leaves a given one alone', () => {
    const { report } = upgrade({ people, profiles: [{}, { refs: [] }, { refs: ['P1'] }] }, [victimsOf({})]);
    expect(report.profiles).toEqual([{ refs: ['P1', 'P3'] }, { refs: ['P1', 'P3'] }, { refs: ['P1'] }]);
  });

  test('idsWhere single: sets the one matching id, and nothing when the match is ambiguous or absent', () => {
    const single = victimsOf({ path: '/debts/*/debtor', single: true });
    expect(upgrade({ people: people.slice(0, 2), debts: [{ id: 'D1' }, { id: 'D2', debtor: 'P9' }] }, [single]).report.debts).toEqual([{ id: 'D1', debtor: 'P1' }, { id: 'D2', debtor: 'P9' }]);
    expect(upgrade({ people, debts: [{ id: 'D1' }] }, [single]).report.debts).toEqual([{ id: 'D1' }]);
    expect(upgrade({ people: [people[1]], debts: [{ id: 'D1' }] }, [single]).report.debts).toEqual([{ id: 'D1' }]);
  });

  test('repoint: markings that point at a moved part, or inside it, follow it; others are left alone', () => {
    const marks = [{ path: '/recruitment' }, { path: '/recruitment/ransom' }, { path: '/recruitmentNote' }, { path: '/persons/0' }];
    const { report } = upgrade({ marks }, [{ op: 'repoint', path: '/marks/*/path', from: '/recruitment', to: '/victimProfiles/0/recruitment' }]);
    expect((report.marks as { path: string }[]).map((m) => m.path)).toEqual(['/victimProfiles/0/recruitment', '/victimProfiles/0/recruitment/ransom', '/recruitmentNote', '/persons/0']);
  });
});
