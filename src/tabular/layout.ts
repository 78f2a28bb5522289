/**
 * The tabular layout: how a case report is spread over tables (one for the case, one per list of objects)
 * and columns (one per data point; amounts of money as five). It is derived from the field model at build
 * time (generators/templates/layout/) and generated into src/generated/tabular-layout.js (loaded by
 * current-layout.ts), so that the workbook and CSV templates, import and export all read the same layout and
 * can never disagree. This module holds only the types, so that the build can use them before that file exists.
 */
export type Sensitivity = 'P0' | 'P1' | 'P2' | 'P3' | 'P4';

/**
 * What a column holds. `case`, `parent` and `empty` are the linking columns; the rest are the field kinds of
 * the model (money is split into its parts, which take the kinds number, code and boolean).
 */
export type ColumnKind =
  | 'case' | 'parent' | 'empty'
  | 'id' | 'ref' | 'refs' | 'code' | 'codes' | 'boolean' | 'integer' | 'number' | 'date' | 'dateTime'
  | 'yearMonth' | 'uuid' | 'hmac' | 'string' | 'strings' | 'text';

export interface ColumnLayout {
  /** Machine name, written in the hidden first row and as the CSV header: the JSON pointer relative to the row's item, without the leading slash (`amount/currency`), or `#case`, `#parent`, `#empty`. */
  key: string;
  /** Pointer tokens from the row's item to the value; empty for the linking columns. */
  pointer: string[];
  kind: ColumnKind;
  /** Several values in one cell, separated by `;`. */
  many: boolean;
  codelist?: string;
  /** Whether a missing-value token may be written in the cell. For the amount column of money, the token stands for the whole amount (`pointer` minus its last token). */
  acceptsMissing: boolean;
  /** Set on the first column of an amount of money: the token in it replaces the whole amount. */
  missingReplacesParent?: boolean;
  /** The model path of the data point (`/transactions/*\/amount`); empty for linking columns. */
  field: string;
  /** Column heading for people. */
  label: string;
  /** The section or nested object the column belongs to, shown above the heading. */
  group: string;
  description: string;
  /** Every row must have a value here. */
  required: boolean;
  sensitivity: Sensitivity;
  /** Part of the core template (required and recommended data points of required and recommended sections). */
  core: boolean;
  deprecated?: string;
  minimum?: number;
  maxLength?: number;
  pattern?: string;
  /** For references: the tables whose identifiers the value may name. */
  refTables?: string[];
}

/** A nested object inside a row's item (a section of the case, or an object inside a list item). */
export interface ObjectLayout {
  /** Pointer tokens from the row's item. */
  pointer: string[];
  title: string;
  /** Created whenever its parent exists, even with nothing in it. */
  required: boolean;
}

/** A list of objects held by a row's item; its items are the rows of another table. */
export interface ChildListLayout {
  table: string;
  /** Pointer tokens from the row's item to the list. */
  pointer: string[];
  required: boolean;
}

export interface TableLayout {
  /** Sheet name and CSV file name (without `.csv`): `case`, `persons`, `persons.identifiers`. */
  key: string;
  /** The model path of the list (`/persons`, `/persons/*\/identifiers`); `''` for the case table. */
  path: string;
  title: string;
  description: string;
  /** The table whose rows hold this list; undefined for the case table. */
  parent?: string;
  /** Items of this list have a local identifier, in the column with this key. */
  idColumn?: string;
  columns: ColumnLayout[];
  objects: ObjectLayout[];
  childLists: ChildListLayout[];
  core: boolean;
  /** The highest sensitivity of the data points in the table. */
  sensitivity: Sensitivity;
}

export interface ListEntry {
  code: string;
  title: string;
  description: string;
}

/** A drop-down list: a code list, or yes/no. */
export interface DropdownList {
  name: string;
  title: string;
  /** Open code lists accept other codes too. */
  open: boolean;
  entries: ListEntry[];
  /** Some column using it accepts missing values, so the workbook also offers the missing-value tokens after the codes. */
  withMissing: boolean;
}

/** A top-level section of the report, for the instructions: where it is and how sensitive it is. */
export interface SectionSummary {
  title: string;
  description: string;
  table: string;
  sensitivity: Sensitivity;
  core: boolean;
}

export interface TabularLayout {
  /** The version of the standard. */
  version: string;
  tables: TableLayout[];
  /** Drop-down lists by name; `yesNo` is the list for yes/no answers. */
  lists: DropdownList[];
  /** The reasons a value may be missing, in the order of their code list. */
  missingReasons: ListEntry[];
  sections: SectionSummary[];
  /** Model path of an object (`''`, `/sharing`, `/persons/*`, `/transactions/*\/amount`) → its property names in schema order. */
  keyOrder: Record<string, string[]>;
}

/** The name of the drop-down list of yes/no answers. */
export const YES_NO_LIST = 'yesNo';

/** The core variant: only core tables and columns (the linking columns stay). */
export function coreLayout(full: TabularLayout): TabularLayout {
  const tables = full.tables.filter((t) => t.core).map((t) => ({ ...t, columns: t.columns.filter((c) => c.core) }));
  const keep = new Set(tables.map((t) => t.key));
  const used = new Set(tables.flatMap((t) => t.columns.map((c) => (c.kind === 'boolean' ? YES_NO_LIST : c.codelist))).filter(Boolean));
  return {
    ...full,
    tables: tables.map((t) => ({ ...t, childLists: t.childLists.filter((l) => keep.has(l.table)) })),
    lists: full.lists.filter((l) => used.has(l.name)),
    sections: full.sections.filter((s) => s.core),
  };
}

export function tableByKey(from: TabularLayout, key: string): TableLayout | undefined {
  return from.tables.find((t) => t.key === key);
}
