/** What validation reports: one finding per problem, with a stable code, a place, and words a person can act on. */
export type Severity = 'error' | 'warning';

/** The codes validation gives: from the schema, then from the rules the schema cannot say. */
export const VALIDATION_CODES = [
  'required-missing', 'code-unknown', 'wrong-type', 'unknown-field', 'wrong-format', 'out-of-range', 'too-long', 'too-short',
  'too-few-items', 'duplicate-item', 'amount-incomplete', 'no-shape-matches',
  'reference-unresolved', 'id-duplicate', 'date-order', 'date-after-report', 'indicator-unknown', 'indicator-withdrawn',
  'indicator-deprecated', 'indicator-unverified',
  'field-deprecated', 'code-deprecated', 'code-not-in-open-list', 'direct-identifier-in-open-report',
  'field-marking-unresolved', 'field-marking-not-stricter',
] as const;

/** The codes reading a filled template gives (a workbook, a CSV package, a form submission), placed in the file. */
export const IMPORT_CODES = [
  'no-case', 'case-repeated', 'case-not-found', 'case-ambiguous', 'row-without-case', 'table-unknown', 'table-repeated', 'header-missing',
  'column-unknown', 'column-repeated', 'empty-list-has-rows', 'empty-name-unknown', 'amount-missing-and-given',
  'cell-error', 'cell-formula', 'date-format', 'date-has-time', 'month-format', 'no-value', 'none-not-a-list', 'not-a-number',
  'not-yes-no', 'several-values', 'label-ambiguous', 'missing-not-accepted', 'missing-reason-unknown',
  'form-field-unknown', 'form-version-different', 'form-answer-and-reason', 'form-choices-combined', 'form-field-repeated',
  'form-missing-not-allowed', 'form-missing-reason-unknown', 'form-none-and-entries', 'form-value-invalid',
  'parent-missing', 'parent-not-found', 'parent-ambiguous', 'cell-without-column', 'form-text-in-group', 'heading-changed',
  'record-id-made', 'htcds-not-carried', 'htcds-child-code', 'htcds-value-unknown', 'htcds-column-unknown', 'htcds-column-relabelled',
] as const;

/** The codes reading a report's JSON text gives: what JSON.parse would hide (src/io/report-json.ts). */
export const READ_CODES = ['key-duplicate', 'key-not-allowed'] as const;

/** The codes of exchange messages: a problem with a message's headers (src/exchange), a submission the sharing hub refuses (src/hub). */
export const MESSAGE_CODES = ['message-header', 'hub-refused'] as const;

/** A finding's stable code; `schema-<keyword>` for a schema rule without words of its own. */
export type FindingCode = (typeof VALIDATION_CODES)[number] | (typeof IMPORT_CODES)[number] | (typeof READ_CODES)[number] | (typeof MESSAGE_CODES)[number] | `schema-${string}`;

export interface Finding {
  /** Stable rule code, e.g. `code-unknown`, `reference-unresolved`. */
  code: FindingCode;
  severity: Severity;
  /** JSON pointer to the place in the report. */
  path: string;
  /** What is wrong, in plain words. Never contains the report's own values, only field names and codes. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** True when no finding is an error (warnings do not make a report invalid). */
export function isValid(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'error');
}
