/**
 * The canonical tables of the transaction export, read from the data package that defines them
 * (schema/transaction-export/datapackage.json), so that code, docs and the lint follow one definition.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

export interface CanonicalField {
  name: string;
  type: string;
  required: boolean;
  /** The HTFDS code list its values come from, if any. */
  codelist?: string;
  enum?: string[];
}

export interface CanonicalTable {
  name: string;
  fields: CanonicalField[];
}

interface PackageField {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
  'x-codelist'?: string;
}

export const DATAPACKAGE_PATH = ['schema', 'transaction-export', 'datapackage.json'];

let cached: CanonicalTable[] | undefined;

export function canonicalTables(): CanonicalTable[] {
  if (cached) return cached;
  const dp = JSON.parse(readFileSync(packagePath(...DATAPACKAGE_PATH), 'utf8')) as { resources: { name: string; schema: { fields: PackageField[] } }[] };
  cached = dp.resources.map((r) => ({
    name: r.name,
    fields: r.schema.fields.map((f) => ({ name: f.name, type: f.type, required: f.constraints?.required === true, ...(f['x-codelist'] ? { codelist: f['x-codelist'] } : {}), ...(f.constraints?.enum ? { enum: f.constraints.enum } : {}) })),
  }));
  return cached;
}

export const canonicalTable = (name: string) => canonicalTables().find((t) => t.name === name);

/** Tables the rules read; `truth` exists only in synthetic data. */
export const RULE_TABLES = ['transactions', 'accounts', 'customers'] as const;

/**
 * Columns the loader adds so that rules need no engine-specific date functions. A warehouse adds the same
 * columns in a view: epochSeconds = seconds since 1970-01-01T00:00Z of the timestamp; localHour = the hour
 * (0–23) of the timestamp as written, in its own offset; openedEpochSeconds = the opening date at 00:00 UTC.
 */
export const DERIVED_COLUMNS: Record<string, string[]> = {
  transactions: ['epochSeconds', 'localHour'],
  accounts: ['openedEpochSeconds'],
  customers: [],
  truth: [],
};
