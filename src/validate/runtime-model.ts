import type { SharingProfileRules } from '../types/sharing-profile.js';

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
  /** Whether the object that holds it lists it in `required`. */
  required: boolean;
  codelist?: string;
  sensitivity: 'P0' | 'P1' | 'P2' | 'P3' | 'P4';
  anonymisation: string;
  /** The least strict marking under which the value may be shared in clear. */
  tlpMin?: string;
  /** Could single a person out in combination with others: aggregate releases protect small groups over these. */
  quasiIdentifier?: boolean;
  /** The path of the data point this one is computed from: it is generalised and suppressed with it. */
  derivedFrom?: string;
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

/** A sharing profile as the runtime applies it. */
export type RuntimeProfile = SharingProfileRules;

export type RuntimeUpgradeStep =
  | { op: 'rename'; from: string; to: string }
  | { op: 'recode'; path: string; codes: Record<string, string> }
  /** `reason` says, in the upgrade's account, why the value has no place in the new version. */
  | { op: 'remove'; path: string; reason?: string }
  | { op: 'default'; path: string; value: unknown }
  /** Moves each value at `from` to `to`; the `*`s of `from` fill those of `to` in order, and `to` may name new list items (`/victimProfiles/0/…`). */
  | { op: 'move'; from: string; to: string }
  /** Replaces each value at `path` that is not already an object by an object holding it under `key`. */
  | { op: 'wrap'; path: string; key: string }
  /** Replaces each plain value at `path` (not a list, not an object such as a missing value) by a list holding it. */
  | { op: 'toList'; path: string }
  /**
   * Rewrites JSON pointers held as values at `path` (field-level markings) that point at `from` or inside it, so
   * that they point at `to`: a marking must follow the data it protects when a step moves it.
   */
  | { op: 'repoint'; path: string; from: string; to: string }
  /**
   * Sets `path` where it is absent or an empty list (and its holder exists) to the `id`s of the items of the list
   * `from` whose `key` is one of `values`, when there is at least one; with `single`, only when exactly one matches, and to
   * that `id` itself (for example the victim of a report that names only one).
   */
  | { op: 'idsWhere'; path: string; from: string; key: string; values: string[]; single?: boolean };

export interface RuntimeModel {
  version: string;
  fields: RuntimeField[];
  /** Path → title of sections, nested objects and lists of objects. */
  containers: Record<string, string>;
  /** Sections, nested objects and lists of objects that their parent requires. */
  requiredContainers: string[];
  /** Container path → fields of which each item must keep at least one (an identifier's value, hash or truncated form). */
  requiresOneOf: Record<string, string[]>;
  codelists: Record<string, RuntimeCodelist>;
  /** For the `money` value type: part → code list (currency → currency, …). */
  moneyCodes: Record<string, string>;
  /** Released versions, oldest first, each with the upgrade steps from it to the next version when declared. */
  releases: { version: string; steps?: RuntimeUpgradeStep[] }[];
  /** Sharing profiles by name. */
  profiles: Record<string, RuntimeProfile>;
  /** Indicator ID → catalogue status (active, provisional, deprecated or withdrawn); provisional ones are unverified. */
  indicators: Record<string, string>;
  /** Deprecated or withdrawn indicator ID → the indicator to use instead, when the catalogue names one. */
  indicatorReplacedBy: Record<string, string>;
}
