/**
 * Interview logic that the schema does not state: which questions only make sense after a given answer (the
 * amount paid only when a ransom was paid), which values the form fills in itself, and which answers are
 * picked from the indicator catalogue. It is form behaviour, not data rules: every report the forms can
 * produce is still checked by the validator after import.
 *
 * This table names schema paths and codes, so it is checked against the field model on every build
 * (checkFormLogic): a renamed field or a removed code stops the build with a message saying which rule to fix,
 * rather than producing a form whose logic silently points at nothing.
 */
import type { FieldModel } from '../../model/field-model.js';

/** A test on an earlier answer: a yes/no question answered yes, or a coded question answered with any of the codes. */
export type AnswerTest = { field: string; is: 'yes' } | { field: string; anyOf: string[] };

export interface ShowRule {
  /** Fields, sections, nested objects or lists (JSON paths with `*` for list items) asked only when `when` holds. */
  show: string[];
  /** Any one of these tests (one or more). */
  when: AnswerTest[];
}

export const SHOW_RULES: ShowRule[] = [
  { show: ['/forcedCriminalityTypes'], when: [{ field: '/exploitationTypes', anyOf: ['ForcedCriminality'] }] },
  { show: ['/sexualExploitationTypes'], when: [{ field: '/exploitationTypes', anyOf: ['SexualExploitation'] }] },
  { show: ['/sharing/sanitisationMethods', '/sharing/kAnonymityThreshold'], when: [{ field: '/sharing/sanitised', is: 'yes' }] },
  { show: ['/persons/*/identifiers/*/platform'], when: [{ field: '/persons/*/identifiers/*/type', anyOf: ['socialMediaHandle', 'messagingHandle'] }] },
  { show: ['/organisations/*/frontBusinessType'], when: [{ field: '/organisations/*/isFrontBusiness', is: 'yes' }] },
  {
    show: ['/victimProfiles/*/recruitment/recruitmentFee', '/victimProfiles/*/recruitment/recruitmentFeePaidTo', '/victimProfiles/*/recruitment/recruitmentFeePaymentMethod', '/victimProfiles/*/recruitment/feeFinancedBy'],
    when: [{ field: '/victimProfiles/*/recruitment/recruitmentFeeCharged', is: 'yes' }],
  },
  // Debts are a list of the report, asked once for all victims, so no one victim's answer on debt bondage can hide it.
  {
    show: ['/victimProfiles/*/financialControl/documentsHeldBy', '/victimProfiles/*/financialControl/documentsHeldByRefs'],
    when: [{ field: '/victimProfiles/*/financialControl/withholdsDocuments', is: 'yes' }],
  },
  { show: ['/victimProfiles/*/financialControl/accountControlMethods'], when: [{ field: '/victimProfiles/*/financialControl/accountControlledByOther', is: 'yes' }] },
  {
    show: ['/victimProfiles/*/financialControl/wagesWithheldDuration'],
    when: [{ field: '/victimProfiles/*/financialControl/wagesPaid', anyOf: ['notPaid', 'paidPartially', 'paidLessThanPromised', 'paidIrregularly'] }],
  },
  {
    show: ['/victimProfiles/*/financialControl/remittanceChannel'],
    when: [{ field: '/victimProfiles/*/financialControl/remittancesToFamily', anyOf: ['controlledByOther', 'madeByOtherOnVictimsBehalf', 'allowedSmallAmounts', 'free'] }],
  },
  { show: ['/victimProfiles/*/financialControl/fines'], when: [{ field: '/victimProfiles/*/financialControl/finesImposed', is: 'yes' }] },
  {
    show: ['/victimProfiles/*/victimFinancialMisuse/muleAwareness', '/victimProfiles/*/victimFinancialMisuse/transactionsForcedToConduct'],
    when: [{ field: '/victimProfiles/*/victimFinancialMisuse/usedAsMoneyMule', is: 'yes' }],
  },
  { show: ['/victimProfiles/*/victimFinancialMisuse/victimCompanyRole'], when: [{ field: '/victimProfiles/*/victimFinancialMisuse/companyRegisteredInVictimName', is: 'yes' }] },
  {
    show: ['/victimProfiles/*/scamCompoundWork'],
    when: [
      { field: '/exploitationTypes', anyOf: ['ForcedCriminality'] },
      { field: '/typologies', anyOf: ['scamLabourCamp'] },
    ],
  },
  { show: ['/victimProfiles/*/penalties/fraudMarkerDatabases'], when: [{ field: '/victimProfiles/*/penalties/fraudMarkerRecorded', is: 'yes' }] },
  {
    show: ['/accounts/*/walletAddress', '/accounts/*/cryptoNetwork', '/accounts/*/cryptoAssets'],
    when: [{ field: '/accounts/*/instrumentType', anyOf: ['custodialCryptoAccount', 'selfHostedCryptoWallet'] }],
  },
  {
    show: ['/transactions/*/frequency', '/transactions/*/count', '/transactions/*/periodStart', '/transactions/*/periodEnd'],
    when: [{ field: '/transactions/*/isAggregate', is: 'yes' }],
  },
  { show: ['/transactions/*/cryptoDetails'], when: [{ field: '/transactions/*/method', anyOf: ['cryptoOnChain', 'cryptoAtm', 'cryptoOtc'] }] },
  { show: ['/transactions/*/thresholdReference'], when: [{ field: '/transactions/*/belowReportingThreshold', is: 'yes' }] },
  {
    show: ['/outcomes/strSarFiledBy', '/outcomes/strSarFilings', '/outcomes/fiuDisseminations'],
    when: [{ field: '/outcomes/strSarFiled', is: 'yes' }],
  },
  { show: ['/outcomes/assetActions/*/refusalReason'], when: [{ field: '/outcomes/assetActions/*/status', anyOf: ['refused', 'lifted'] }] },
  { show: ['/outcomes/assetActions/*/returnedToRefs'], when: [{ field: '/outcomes/assetActions/*/action', anyOf: ['returnToVictims'] }] },
  { show: ['/outcomes/compensationClaims/*/refusalReason'], when: [{ field: '/outcomes/compensationClaims/*/status', anyOf: ['refused', 'lifted'] }] },
  {
    show: ['/outcomes/compensationClaims/*/amountAwarded', '/outcomes/compensationClaims/*/paid', '/outcomes/compensationClaims/*/paidFromAssetActionRefs'],
    when: [{ field: '/outcomes/compensationClaims/*/awarded', is: 'yes' }],
  },
  { show: ['/outcomes/compensationClaims/*/amountPaid'], when: [{ field: '/outcomes/compensationClaims/*/paid', is: 'yes' }] },
  { show: ['/organisations/*/ownership/*/nominatorRef'], when: [{ field: '/organisations/*/ownership/*/isNominee', is: 'yes' }] },
  { show: ['/persons/*/sanctions'], when: [{ field: '/persons/*/sanctionsDesignated', is: 'yes' }] },
  { show: ['/organisations/*/sanctions'], when: [{ field: '/organisations/*/sanctionsDesignated', is: 'yes' }] },
  { show: ['/scamCompound/ransoms/*/amountPaid', '/scamCompound/ransoms/*/datePaid', '/scamCompound/ransoms/*/transactionRefs'], when: [{ field: '/scamCompound/ransoms/*/paid', is: 'yes' }] },
  {
    show: ['/scamCompound'],
    when: [
      { field: '/exploitationTypes', anyOf: ['ForcedCriminality'] },
      { field: '/typologies', anyOf: ['scamLabourCamp'] },
    ],
  },
];

/** Values the form fills in itself rather than asking. */
export type Calculation =
  /** The version of the standard the form was generated from. */
  | { path: string; value: 'schemaVersion' }
  /** The submission's own random instance identifier (a UUID), without its `uuid:` prefix. */
  | { path: string; value: 'instanceId' };

export const CALCULATIONS: Calculation[] = [
  { path: '/schemaVersion', value: 'schemaVersion' },
  { path: '/recordId', value: 'instanceId' },
  // The catalogue ships with the standard, so the version of the indicators offered is the form's version.
  { path: '/indicatorCatalogueVersion', value: 'schemaVersion' },
];

/** Free-text identifiers that are picked from the indicator catalogue instead. */
export const CATALOGUE_FIELDS = ['/indicators/*/indicatorId'];

/** Checks the logic against the model; returns one message per broken rule (empty when all hold). */
export function checkFormLogic(model: FieldModel): string[] {
  const problems: string[] = [];
  const fields = new Map(model.fields.map((f) => [f.path, f]));
  const containers = new Set(model.containers.map((c) => c.path));
  for (const [i, rule] of SHOW_RULES.entries()) {
    const where = `form rule ${i + 1} (show ${rule.show.join(', ')})`;
    for (const target of rule.show) {
      if (!fields.has(target) && !containers.has(target)) problems.push(`${where}: ${target} is not a field or container of the schema`);
      else if (fields.get(target)?.deprecated) problems.push(`${where}: ${target} is deprecated; drop it from the rule`);
    }
    for (const test of rule.when) {
      const field = fields.get(test.field);
      if (!field) {
        problems.push(`${where}: the condition field ${test.field} is not a field of the schema`);
        continue;
      }
      if ('is' in test && field.kind !== 'boolean') problems.push(`${where}: ${test.field} is not a yes/no question`);
      if ('anyOf' in test) {
        const list = field.codelist ? model.codelists.get(field.codelist) : undefined;
        if (!list) problems.push(`${where}: ${test.field} is not a coded question`);
        else for (const code of test.anyOf) if (!list.codes.some((c) => c.code === code)) problems.push(`${where}: ${code} is not a code of the ${list.name} list`);
      }
      for (const target of rule.show) if (test.field === target || test.field.startsWith(`${target}/`)) problems.push(`${where}: ${test.field} is inside what it shows`);
    }
  }
  for (const calc of CALCULATIONS) if (!fields.has(calc.path)) problems.push(`form calculation: ${calc.path} is not a field of the schema`);
  for (const path of CATALOGUE_FIELDS) if (!fields.has(path)) problems.push(`catalogue question: ${path} is not a field of the schema`);
  return problems;
}
