/**
 * What the submission import needs to know about the generated forms: for every element of the form's instance
 * (named by its JSON path, `*` for list items) what it holds and how to read it back. Generated into
 * src/generated/form-import-model.js from the same questionnaire the forms are generated from.
 */

/** How an element's text becomes a JSON value. */
export type ImportValueKind =
  | 'code' // one choice value → a code
  | 'codes' // space-separated choice values → list of codes
  | 'boolean' // true / false
  | 'integer'
  | 'number'
  | 'yearMonth' // a date whose day is dropped
  | 'text' // kept as written (dates, identifiers, free text)
  | 'list'; // space-separated words → list of strings (references, wallet addresses)

export interface ImportElement {
  /** `field`: one answer; `money`: a group of the Money parts; `object` / `list`: a section, nested object or list of objects. */
  shape: 'field' | 'money' | 'object' | 'list';
  title: string;
  kind?: ImportValueKind;
  codelist?: string;
  acceptsMissing?: boolean;
  /** True when a missing reason is given in a `<name>_missing` companion element rather than as a choice. */
  companion?: boolean;
}

export interface ImportMoneyPart {
  kind: 'number' | 'code' | 'boolean';
  codelist?: string;
  title: string;
}

export interface FormImportModel {
  formId: string;
  version: string;
  /** JSON path (with `*`) → element. */
  elements: Record<string, ImportElement>;
  moneyParts: Record<string, ImportMoneyPart>;
  /** Code list → choice value → code, only where the choice value differs from the code. */
  choiceCodes: Record<string, Record<string, string>>;
  missingReasons: string[];
}
