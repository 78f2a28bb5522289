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
});
