/**
 * How money moved (schema 0.2.0): self-hosted wallets need no institution, with the same verdict from the fast
 * check and Ajv and one finding for a missing institution; a 0.1.0 report's scam-compound wallet addresses
 * upgrade to {address}; the new place, bank-code and wallet fields leave only in forms the anonymiser can vouch
 * for; the new identifier schemes hash the same however they are written. All data is synthetic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { passesSchema } from '../src/generated/check-case-report-schema.js';
import { anonymiseReport } from '../src/share/anonymise.js';
import { normaliseIdentifier } from '../src/share/normalise.js';
import { upgradeReportWithNotes } from '../src/upgrade/upgrade.js';
import { isValid, validateCaseReport } from '../src/index.js';

type Json = Record<string, any>;
const example = (name: string): Json => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));
const KEY = new Uint8Array(32).fill(7);

describe('accounts without an institution', () => {
  const withAccount = (account: Json) => {
    const report = example('crypto-laundering');
    report.accounts.push({ id: 'ACC-X', ...account });
    return report;
  };
  const cases: [string, Json, boolean][] = [
    ['a self-hosted wallet with no institution', { instrumentType: 'selfHostedCryptoWallet', cryptoNetwork: 'tron' }, true],
    ['a bank account with no institution type', { instrumentType: 'currentAccount', institutionCountry: 'TH' }, false],
    ['a bank account with no institution country', { instrumentType: 'currentAccount', institutionType: 'bank' }, false],
    ['an account of unknown type with no institution', { instrumentType: { missing: 'unknown' } }, false],
    ['an account of unknown type with unknown institution', { instrumentType: { missing: 'unknown' }, institutionType: { missing: 'unknown' }, institutionCountry: { missing: 'unknown' } }, true],
  ];
  test.each(cases)('%s: the fast check and Ajv agree', (_, account, valid) => {
    const report = withAccount(account);
    expect(isValid(validateCaseReport(report))).toBe(valid);
    expect(passesSchema(report)).toBe(valid);
  });

  test('a missing institution is one finding at its place, not a second one about the condition', () => {
    const findings = validateCaseReport(withAccount({ instrumentType: 'currentAccount', institutionCountry: 'TH' })).filter((f) => f.severity === 'error');
    expect(findings.map((f) => [f.code, f.path])).toEqual([['required-missing', '/accounts/7/institutionType']]);
  });
});

describe('upgrade from 0.1.0', () => {
  test('scam-compound wallet addresses become a list of {address}, with nothing left behind', () => {
    const old = example('scam-compound');
    old.schemaVersion = '0.1.0';
    const { walletAddresses } = old.scamCompound;
    delete old.scamCompound.walletAddresses;
    old.scamCompound.scamWalletAddresses = walletAddresses.map((w: Json) => w.address);
    const { report, notCarried } = upgradeReportWithNotes(old);
    expect(notCarried).toEqual([]);
    expect(report.scamCompound).not.toHaveProperty('scamWalletAddresses');
    expect((report.scamCompound as Json).walletAddresses).toEqual(walletAddresses.map((w: Json) => ({ address: w.address })));
    expect(isValid(validateCaseReport(report))).toBe(true);
  });
});

describe('sharing the new fields', () => {
  const forSharing = () => {
    const report = example('crypto-laundering');
    report.sharing.permittedPurposes = ['investigation', 'transactionMonitoringTuning'];
    delete report.sharing.fieldLevelTlp;
    // The summary names places too; this test is about the fields.
    delete report.narrativeSummary;
    delete report.narrativeRedacted;
    return report;
  };

  test('aggregate: a region with a real country code leaves, one without does not; city names and wallet entries never do', () => {
    const report = forSharing();
    report.transactions[5].place = { country: 'TH', region: 'ZZ-63', city: 'Mae Sot' };
    const out = anonymiseReport(report, { profile: 'aggregate', key: KEY, keyId: 'k1' }) as Json;
    expect(out.transactions[4].place).toEqual({ country: 'TH', region: 'TH-10' });
    expect(out.transactions[5].place).toEqual({ country: 'TH' });
    // An address goes below TLP:AMBER, and the entry with it: a network alone says nothing.
    expect(out.scamCompound?.walletAddresses).toBeUndefined();
    expect(JSON.stringify(out)).not.toMatch(/Bangkok|Mae Sot|EXMPUS33|handsets|smartphones/);
    expect(out.laundering.tradeBasedDetails[0]).toMatchObject({ hsChapter: '85', misInvoicing: ['overInvoicing'] });
  });

  test('tactical: bank codes and wallet addresses in their proper form travel; a name typed as a bank code does not; texts wait for review', () => {
    const report = forSharing();
    report.transactions[4].intermediaryInstitution = { identifier: 'Somchai Broker', country: 'US' };
    const out = anonymiseReport(report, { profile: 'tactical', key: KEY, keyId: 'k1' }) as Json;
    expect(out.transactions[7].intermediaryInstitution).toEqual({ identifier: 'EXMPUS33', country: 'US' });
    expect(out.transactions[4].intermediaryInstitution).toEqual({ country: 'US' });
    expect(out.scamCompound.walletAddresses).toEqual(report.scamCompound.walletAddresses);
    // The report does not say its texts were reviewed: cities, references and goods descriptions stay behind.
    expect(JSON.stringify(out)).not.toMatch(/Bangkok|Mae Sot|phone stock|handsets|smartphones/);
  });
});

test('UPI addresses, PIX keys and app handles hash alike however they are written', () => {
  const same = (scheme: string, a: string, b: string) => expect(normaliseIdentifier(scheme, a)).toBe(normaliseIdentifier(scheme, b));
  same('upiVpa', 'Ravi.K@OKAXIS', 'ravi.k@okaxis');
  same('appHandle', '$CashTag_77', 'cashtag_77');
  same('appHandle', '@Some.User', 'some.user');
  same('pixKey', '123.456.789-09', '12345678909');
  same('pixKey', '+55 (11) 91234-5678', '+5511912345678');
  same('pixKey', 'Pessoa@Example.COM', 'pessoa@example.com');
  same('bic', 'exmp us33', 'EXMPUS33');
  expect(normaliseIdentifier('pixKey', '123.456.789-09')).not.toBe(normaliseIdentifier('pixKey', '123.456.789-08'));
});
