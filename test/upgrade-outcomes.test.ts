/**
 * The 0.1.0 → 0.2.0 upgrade of outcomes, with the steps the release declares (releases/0.1.0/upgrade.json): the
 * single report and compensation fields land in the first items of the new lists, markings on them follow, and
 * the result is a valid 0.2.0 report. Synthetic data.
 */
import { describe, expect, test } from 'vitest';
import { isValid } from '../src/validate/finding.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { upgradeReportWithNotes } from '../src/upgrade/upgrade.js';

/** A 0.1.0 report with every outcome field that 0.2.0 moved (synthetic). */
const OLD = {
  schemaVersion: '0.1.0',
  recordId: '6f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  recordType: 'caseSummary',
  reportingOrgType: 'NGO',
  reportingCountry: 'GB',
  dateReported: '2026-03-02',
  traffickingStatus: 'PossibleVictimOfTrafficking',
  exploitationTypes: ['ForcedLabour'],
  dataQualityNote: 'Synthetic test report.',
  sharing: {
    tlp: 'TLP:AMBER',
    fieldLevelTlp: [
      { path: '/outcomes/strSarRefHmac', tlp: 'TLP:RED' },
      { path: '/outcomes/victimCompensation/amount', tlp: 'TLP:AMBER+STRICT' },
    ],
    permittedPurposes: ['investigation'],
    onwardSharing: 'withinOrganisation',
  },
  consent: { consentStatus: 'explicitConsent' },
  provenance: { informationSources: ['survivorInterview'] },
  financialControl: { debtBondage: true, takesEarnings: true, restrictsFinancialAccess: { missing: 'notAsked' }, withholdsDocuments: false, accountControlledByOther: { missing: 'unknown' } },
  victimFinancialMisuse: { usedAsMoneyMule: false },
  outcomes: {
    strSarFiled: true,
    strSarFiledBy: ['bank', 'msb'],
    strSarJurisdiction: 'GB',
    strSarPeriod: '2025-11',
    strSarKeyTermsUsed: ['XXMSHTXX'],
    strSarRefHmac: 'a'.repeat(64),
    assetsFrozen: { amount: { amount: 5000, currency: 'GBP', isEstimate: false }, confiscationType: 'criminal' },
    victimCompensation: {
      awarded: true,
      sources: ['backPayFromEmployer'],
      amount: { amount: 2400, currency: 'GBP', isEstimate: false },
      paid: false,
    },
  },
};

describe('upgrade of 0.1.0 outcomes', () => {
  const { report, notCarried } = upgradeReportWithNotes(OLD);
  const outcomes = report.outcomes as Record<string, unknown>;

  test('the report fields become the first suspicious transaction report; the summary stays', () => {
    expect(outcomes.strSarFilings).toEqual([{ id: 'STRSAR-1', jurisdiction: 'GB', period: '2025-11', keyTermsUsed: ['XXMSHTXX'], refHmac: 'a'.repeat(64) }]);
    expect(outcomes).toMatchObject({ strSarFiled: true, strSarFiledBy: ['bank', 'msb'] });
    for (const old of ['strSarJurisdiction', 'strSarPeriod', 'strSarKeyTermsUsed', 'strSarRefHmac', 'victimCompensation']) expect(outcomes, old).not.toHaveProperty(old);
  });

  test('the compensation becomes the first claim, its amount the amount awarded; the frozen total stays, deprecated', () => {
    expect(outcomes.compensationClaims).toEqual([{ id: 'COMP-1', awarded: true, sources: ['backPayFromEmployer'], amountAwarded: { amount: 2400, currency: 'GBP', isEstimate: false }, paid: false }]);
    expect(outcomes.assetsFrozen).toEqual(OLD.outcomes.assetsFrozen);
  });

  test('field-level markings follow the values they marked', () => {
    expect((report.sharing as { fieldLevelTlp: unknown }).fieldLevelTlp).toEqual([
      { path: '/outcomes/strSarFilings/0/refHmac', tlp: 'TLP:RED' },
      { path: '/outcomes/compensationClaims/0/amountAwarded', tlp: 'TLP:AMBER+STRICT' },
    ]);
  });

  test('nothing is left behind, and the result is a valid 0.2.0 report', () => {
    expect(notCarried).toEqual([]);
    const findings = validateCaseReport(report);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(isValid(findings)).toBe(true);
  });

  test('a report without those fields gets no empty lists', () => {
    const { report: bare } = upgradeReportWithNotes({ ...OLD, sharing: { ...OLD.sharing, fieldLevelTlp: [] }, outcomes: { strSarFiled: false } });
    expect(bare.outcomes).toEqual({ strSarFiled: false });
  });
});
