/**
 * The HTCDS v2.0 ↔ HTFDS crosswalk as the runtime reads it (src/generated/htcds-crosswalk.js, generated from
 * schema/crosswalks/). The crosswalk rows are the source of truth for which HTCDS field lands where; the code
 * lists' `htcds` column is the source of truth for which HTCDS picklist value becomes which code.
 */

/** How an HTCDS value reaches HTFDS. */
export type CrosswalkMapping =
  /** Carried as it is (through the code list's htcds column where the field is coded). */
  | 'same'
  /** Carried in a coarser form (an age band, a month, a country). */
  | 'generalised'
  /** One picklist value (htcdsValue) sets a yes/no field to true. */
  | 'flag'
  /** A lookup to an organisation: an organisation item is added with the role htfdsCode, or referred to. */
  | 'reference'
  /** A direct identifier: only that one is held is recorded, as the code htfdsCode. */
  | 'presence'
  /** A direct identifier kept as a keyed hash of identifier type htfdsCode, when a key is given. */
  | 'keyedHash'
  /** The HTCDS value becomes a missing value (`unknown`), not a code. */
  | 'missingValue'
  /** A looser correspondence, for people reading the table; import does not fill it. */
  | 'related'
  /** HTFDS keeps nothing of it; the note says why. */
  | 'notCarried';

export const CROSSWALK_MAPPINGS: readonly CrosswalkMapping[] = ['same', 'generalised', 'flag', 'reference', 'presence', 'keyedHash', 'missingValue', 'related', 'notCarried'];
export const CROSSWALK_BACK = ['same', 'partial', 'none'] as const;

/** Mappings import applies; the others are for reading. */
export const IMPORTED_MAPPINGS: readonly CrosswalkMapping[] = ['same', 'generalised', 'flag', 'reference', 'presence', 'keyedHash', 'missingValue'];

export interface CrosswalkRow {
  htcdsField: string;
  /** One picklist value of the field, when the row is about that value only. */
  htcdsValue?: string;
  /** The HTFDS model path (`*` for any item of a list); none for notCarried. */
  htfdsPath?: string;
  htfdsCode?: string;
  mapping: CrosswalkMapping;
  /** What going from HTFDS back to HTCDS gives. */
  back: (typeof CROSSWALK_BACK)[number];
  note: string;
}

export interface HtcdsField {
  field: string;
  label: string;
  section: string;
  status: string;
  core: boolean;
  type: string;
  /** Picklist values: IOM's value name and label. */
  values: { name: string; label: string }[];
}

export interface HtcdsCrosswalk {
  /** The HTCDS version the standard file describes. */
  htcdsVersion: string;
  fields: HtcdsField[];
  rows: CrosswalkRow[];
  /** Code list → HTCDS value name → HTFDS code (the code lists' htcds column). */
  codes: Record<string, Record<string, string>>;
  /**
   * Code list → general code → the code for the same thing done to a child, in the terms of the Luxembourg
   * Guidelines (a code that shares its HTCDS value with an earlier, general one): an import uses it when the victim
   * was under 18 when trafficked.
   */
  childCodes: Record<string, Record<string, string>>;
}
