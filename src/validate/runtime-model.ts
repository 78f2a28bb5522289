/** The facts about the schema that the runtime rules and messages need; generated into src/generated/. */
export interface RuntimeField {
  /** JSON path with `*` for list items, e.g. `/transactions/*\/amount`. */
  path: string;
  title: string;
  /** The description written for people; it says what form the value takes. */
  description: string;
  kind: string;
  /** Whether a MissingValue may stand in for the answer. */
  acceptsMissing: boolean;
  codelist?: string;
  sensitivity: 'P0' | 'P1' | 'P2' | 'P3' | 'P4';
  refTarget?: string[];
  deprecated?: { since: string; reason: string; replacedBy?: string };
}

export interface RuntimeCodelist {
  title: string;
  open: boolean;
  /** Code → title, in the order of the code list. */
  codes: Record<string, string>;
  /** Deprecated code → note saying what to use instead. */
  deprecated: Record<string, string>;
}

export interface RuntimeModel {
  version: string;
  fields: RuntimeField[];
  /** Path → title of sections, nested objects and lists of objects. */
  containers: Record<string, string>;
  codelists: Record<string, RuntimeCodelist>;
  /** For the `money` value type: part → code list (currency → currency, …). */
  moneyCodes: Record<string, string>;
  /** Indicator ID → catalogue status (active or withdrawn). */
  indicators: Record<string, string>;
}
