/**
 * The bank's mapping file: which of its files, columns and code values stand for the canonical ones
 * (schema/transaction-export/mapping.schema.json). Every problem names the mapping file and the key.
 */
import { readFileSync } from 'node:fs';
import { DetectError } from '../detect-error.js';
import { canonicalTable, canonicalTables } from './canonical-tables.js';

export interface TableMapping {
  files?: string;
  columns: Record<string, string>;
  codes: Record<string, Record<string, string>>;
}

export interface Mapping {
  file?: string;
  tables: Record<string, TableMapping>;
}

export const NO_MAPPING: Mapping = { tables: {} };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The nearest canonical name, for "did you mean". */
function nearest(name: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const best = candidates.map((c) => ({ c, d: distance(name.toLowerCase(), c.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.c : undefined;
}

export const didYouMean = (name: string, candidates: string[]) => {
  const n = nearest(name, candidates);
  return n ? ` (did you mean "${n}"?)` : ` (one of: ${candidates.join(', ')})`;
};

export function readMapping(file: string): Mapping {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DetectError(`${file}: ${code === 'ENOENT' ? 'no such mapping file' : code ? `cannot read the mapping file (${code})` : `not valid JSON: ${(error as Error).message}`}`);
  }
  const fail = (pointer: string, reason: string): never => {
    throw new DetectError(`${file}#${pointer}: ${reason}`);
  };
  if (!isRecord(data)) return fail('', 'the mapping must be a JSON object with a "tables" member');
  for (const key of Object.keys(data)) if (key !== 'tables' && key !== '$schema') fail(`/${key}`, `unknown member${didYouMean(key, ['tables'])}`);
  if (!isRecord(data.tables)) return fail('/tables', 'give an object with one member per canonical table');
  const tableNames = canonicalTables().map((t) => t.name);
  const tables: Record<string, TableMapping> = {};
  for (const [tableName, raw] of Object.entries(data.tables)) {
    const at = `/tables/${tableName}`;
    const table = canonicalTable(tableName);
    if (!table) return fail(at, `not a canonical table${didYouMean(tableName, tableNames)}`);
    if (!isRecord(raw)) return fail(at, 'give an object with "files", "columns" and/or "codes"');
    for (const key of Object.keys(raw)) if (!['files', 'columns', 'codes'].includes(key)) fail(`${at}/${key}`, `unknown member${didYouMean(key, ['files', 'columns', 'codes'])}`);
    const fieldNames = table.fields.map((f) => f.name);
    const columns: Record<string, string> = {};
    if (raw.columns !== undefined) {
      if (!isRecord(raw.columns)) return fail(`${at}/columns`, 'give an object of canonical column → your column');
      for (const [canonical, theirs] of Object.entries(raw.columns)) {
        if (!fieldNames.includes(canonical)) fail(`${at}/columns/${canonical}`, `not a column of the canonical ${tableName} table${didYouMean(canonical, fieldNames)}`);
        if (typeof theirs !== 'string' || theirs === '') fail(`${at}/columns/${canonical}`, 'give the name of your column as a text');
        columns[canonical] = theirs as string;
      }
    }
    const codes: Record<string, Record<string, string>> = {};
    if (raw.codes !== undefined) {
      if (!isRecord(raw.codes)) return fail(`${at}/codes`, 'give an object of canonical column → { your value → canonical code }');
      for (const [canonical, values] of Object.entries(raw.codes)) {
        if (!fieldNames.includes(canonical)) fail(`${at}/codes/${canonical}`, `not a column of the canonical ${tableName} table${didYouMean(canonical, fieldNames)}`);
        if (!isRecord(values) || Object.values(values).some((v) => typeof v !== 'string')) fail(`${at}/codes/${canonical}`, 'give an object of your value → canonical code, both texts');
        codes[canonical] = values as Record<string, string>;
      }
    }
    if (raw.files !== undefined && (typeof raw.files !== 'string' || raw.files === '')) fail(`${at}/files`, 'give the start of your file names as a text');
    tables[tableName] = { ...(typeof raw.files === 'string' ? { files: raw.files } : {}), columns, codes };
  }
  return { file, tables };
}
