/**
 * Loads the export's files into DuckDB as the canonical tables, applying the bank's mapping: columns renamed,
 * codes translated, values typed, derived columns added (canonical-tables.ts). Rows whose required values are
 * missing or malformed are counted, reported and left out — never silently. Messages name files, columns and
 * the bank's column names or codes; never the content of a row.
 */
import { statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import runtimeModel from '../../generated/runtime-model.js';
import { DetectError } from '../detect-error.js';
import { canonicalTable, DERIVED_COLUMNS, type CanonicalField } from './canonical-tables.js';
import { findExportFiles, type ExportFile } from './find-files.js';
import { didYouMean, type Mapping } from './mapping.js';

export interface ExportFinding {
  table: string;
  column?: string;
  message: string;
}

export interface LoadedExport {
  rows: Record<string, number>;
  files: Record<string, string[]>;
  findings: ExportFinding[];
}

export const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;
export const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Column names are shown only when they look like names: a headerless CSV would otherwise print its first row. */
const showable = (name: string) => /^[A-Za-z_][A-Za-z0-9_ .-]{0,63}$/.test(name);
const listColumns = (names: string[]) => {
  const shown = names.filter(showable);
  return shown.length === names.length ? `its columns: ${names.join(', ')}` : `${names.length} columns, some of them not names: is the header row missing?`;
};

function readerOf(file: ExportFile, columns?: string[]): string {
  const path = sqlText(file.path);
  switch (file.format) {
    case 'csv':
      return `read_csv(${path}, header = true, all_varchar = true, strict_mode = true)`;
    case 'ndjson':
      return columns
        ? `read_json(${path}, format = 'newline_delimited', records = true, columns = {${columns.map((c) => `${sqlText(c)}: 'VARCHAR'`).join(', ')}})`
        : `read_json(${path}, format = 'newline_delimited', records = true)`;
    case 'parquet':
      return `read_parquet(${path})`;
  }
}

const FORMAT_NAME = { csv: 'a CSV file with a header row', ndjson: 'NDJSON (one JSON object per line)', parquet: 'a Parquet file' };

/** DuckDB's messages can quote a row; only the line number is kept. */
function unreadable(file: ExportFile, error: unknown): DetectError {
  const line = /line (\d+)/i.exec(String((error as Error).message))?.[1];
  return new DetectError(`${file.path}${line ? ` (line ${line})` : ''}: cannot be read as ${FORMAT_NAME[file.format]}`);
}

async function describe(connection: DuckDBConnection, file: ExportFile): Promise<{ name: string; type: string }[]> {
  if (statSync(file.path).size === 0) throw new DetectError(`${file.path}: the file is empty (0 bytes)`);
  try {
    const result = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${readerOf(file)}`);
    return result.getRowObjectsJson().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** One file as canonical columns, all text (typed timestamps as ISO text), ready for the typed table. */
async function fileSelect(connection: DuckDBConnection, file: ExportFile, fields: CanonicalField[], mapping: Mapping): Promise<string> {
  const columns = await describe(connection, file);
  const names = columns.map((c) => c.name);
  const tableMapping = mapping.tables[file.table];
  const select = fields.map((field) => {
    const mapped = tableMapping?.columns[field.name];
    const source = mapped ?? field.name;
    const column = columns.find((c) => c.name === source) ?? (mapped ? undefined : columns.find((c) => c.name.toLowerCase() === source.toLowerCase()));
    if (!column) {
      if (mapped) throw new DetectError(`${mapping.file}#/tables/${file.table}/columns/${field.name}: names the column "${mapped}", which ${file.path} does not have${showable(mapped) ? didYouMean(mapped, names.filter(showable)) : ''}`);
      if (field.required) throw new DetectError(`${file.path}: no column "${field.name}" (${listColumns(names)}); name it so, or map one of yours to it in a mapping file (--mapping)`);
      return `CAST(NULL AS VARCHAR) AS ${ident(field.name)}`;
    }
    let value = `CAST(${ident(column.name)} AS VARCHAR)`;
    // CSV and NDJSON are read as text; only Parquet brings its own types.
    const type = file.format === 'parquet' ? column.type : 'VARCHAR';
    if (/^TIMESTAMP WITH TIME ZONE$/i.test(type)) value = `strftime(timezone('UTC', ${ident(column.name)}), '%Y-%m-%dT%H:%M:%S.%fZ')`;
    else if (/^TIMESTAMP/i.test(type)) value = `strftime(${ident(column.name)}, '%Y-%m-%dT%H:%M:%S.%fZ')`;
    const codes = tableMapping?.codes[field.name];
    if (codes && Object.keys(codes).length > 0) {
      value = `CASE TRIM(${value}) ${Object.entries(codes).map(([theirs, ours]) => `WHEN ${sqlText(theirs)} THEN ${sqlText(ours)}`).join(' ')} ELSE TRIM(${value}) END`;
    }
    return `${value} AS ${ident(field.name)}`;
  });
  const reader = file.format === 'ndjson' ? readerOf(file, names) : readerOf(file);
  return `SELECT ${select.join(', ')} FROM ${reader}`;
}

const TIMESTAMP_PATTERN = String.raw`^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$`;

/** The typed expression of a canonical column from its text; NULL when the text is missing or malformed. */
function typed(field: CanonicalField): string {
  const v = `NULLIF(TRIM(${ident(field.name)}), '')`;
  switch (field.type) {
    case 'number':
      return `CASE WHEN TRY_CAST(${v} AS DOUBLE) >= 0 THEN TRY_CAST(${v} AS DOUBLE) END`;
    case 'datetime':
      return `CASE WHEN regexp_full_match(${v}, '${TIMESTAMP_PATTERN}') THEN TRY_CAST(${v} AS TIMESTAMPTZ) END`;
    case 'date':
      return `TRY_CAST(${v} AS DATE)`;
    case 'year':
      return `CASE WHEN TRY_CAST(${v} AS INTEGER) BETWEEN 1850 AND 2200 THEN TRY_CAST(${v} AS INTEGER) END`;
    default:
      return v;
  }
}

const derived: Record<string, string> = {
  epochSeconds: `CAST(epoch("timestamp") AS BIGINT)`,
  localHour: `CAST(substr(TRIM("timestamp_text"), 12, 2) AS INTEGER)`,
  openedEpochSeconds: `CAST(epoch(CAST("openedDate" AS TIMESTAMP)) AS BIGINT)`,
};

const WHAT_IS_VALID: Record<string, string> = {
  number: 'a number of 0 or more, with a decimal point and no thousands separator',
  datetime: 'an ISO 8601 date and time with its UTC offset, e.g. 2026-03-01T23:15:00+01:00',
  date: 'a date YYYY-MM-DD',
  year: 'a year such as 1990',
  string: 'a value',
};

/** Loads every table; `required` tables must have files and rows, the others may be absent. */
export async function loadExport(connection: DuckDBConnection, inputs: string[], mapping: Mapping, tables: { required: string[]; optional: string[] }): Promise<LoadedExport> {
  const all = [...tables.required, ...tables.optional];
  const files = findExportFiles(inputs, all, mapping);
  const loaded: LoadedExport = { rows: {}, files: {}, findings: [] };
  await connection.run(`SET TimeZone = 'UTC'`);
  for (const tableName of all) {
    const table = canonicalTable(tableName)!;
    const mine = files.filter((f) => f.table === tableName);
    loaded.files[tableName] = mine.map((f) => f.path);
    if (mine.length === 0) {
      if (tables.required.includes(tableName)) throw new DetectError(`no ${tableName} files in ${inputs.join(', ')}: name them ${mapping.tables[tableName]?.files ?? tableName}….csv, .ndjson, .jsonl or .parquet`);
      await createEmpty(connection, tableName, table.fields);
      continue;
    }
    const selects: string[] = [];
    for (const file of mine) selects.push(await fileSelect(connection, file, table.fields, mapping));
    const columns = table.fields.map((f) => `${typed(f)} AS ${ident(f.name)}`);
    if (tableName === 'transactions') columns.push(`"timestamp" AS "timestamp_text"`);
    const staged = `SELECT ${columns.join(', ')} FROM (${selects.join(' UNION ALL ')})`;
    const extra = (DERIVED_COLUMNS[tableName] ?? []).map((c) => `${derived[c]} AS ${ident(c)}`);
    const keep = table.fields.map((f) => ident(f.name));
    try {
      await connection.run(`CREATE TABLE ${ident(tableName)} AS SELECT ${[...keep, ...extra].join(', ')} FROM (${staged})`);
    } catch (error) {
      throw new DetectError(`${mine.map((f) => f.path).join(', ')}: cannot be read as the ${tableName} table${/line (\d+)/i.test(String(error)) ? ` (line ${/line (\d+)/i.exec(String(error))![1]})` : ''}`);
    }
    await checkRows(connection, tableName, table.fields, mine, loaded);
    const rows = Number((await connection.runAndReadAll(`SELECT COUNT(*) AS n FROM ${ident(tableName)}`)).getRowObjectsJson()[0]!.n);
    loaded.rows[tableName] = rows;
    if (rows === 0 && tables.required.includes(tableName)) throw new DetectError(`${mine.map((f) => f.path).join(', ')}: no usable ${tableName} rows`);
  }
  return loaded;
}

async function createEmpty(connection: DuckDBConnection, tableName: string, fields: CanonicalField[]): Promise<void> {
  const type = (f: CanonicalField) => ({ number: 'DOUBLE', datetime: 'TIMESTAMPTZ', date: 'DATE', year: 'INTEGER' })[f.type] ?? 'VARCHAR';
  const columns = [...fields.map((f) => `${ident(f.name)} ${type(f)}`), ...(DERIVED_COLUMNS[tableName] ?? []).map((c) => `${ident(c)} BIGINT`)];
  await connection.run(`CREATE TABLE ${ident(tableName)} (${columns.join(', ')})`);
}

/** Counts malformed required values (rows then removed) and codes outside their list (kept, reported). */
async function checkRows(connection: DuckDBConnection, tableName: string, fields: CanonicalField[], files: ExportFile[], loaded: LoadedExport): Promise<void> {
  const where = files.length === 1 ? files[0]!.path : `${tableName} files`;
  const required = fields.filter((f) => f.required);
  const counts = (await connection.runAndReadAll(`SELECT ${required.map((f, i) => `COUNT(*) FILTER (WHERE ${ident(f.name)} IS NULL) AS c${i}`).join(', ')} FROM ${ident(tableName)}`)).getRowObjectsJson()[0]!;
  const bad: string[] = [];
  required.forEach((f, i) => {
    const n = Number(counts[`c${i}`]);
    if (n > 0) {
      bad.push(`${ident(f.name)} IS NULL`);
      loaded.findings.push({ table: tableName, column: f.name, message: `${where}: ${n} row(s) without ${WHAT_IS_VALID[f.type] ?? 'a value'} in ${f.name}; left out` });
    }
  });
  if (bad.length > 0) await connection.run(`DELETE FROM ${ident(tableName)} WHERE ${bad.join(' OR ')}`);
  for (const f of fields) {
    const allowed = f.enum ?? (f.codelist && f.codelist !== 'country' && f.codelist !== 'currency' ? Object.keys(runtimeModel.codelists[f.codelist]?.codes ?? {}) : undefined);
    if (!allowed || allowed.length === 0) continue;
    const rows = (await connection.runAndReadAll(`SELECT ${ident(f.name)} AS v, COUNT(*) AS n FROM ${ident(tableName)} WHERE ${ident(f.name)} IS NOT NULL AND ${ident(f.name)} NOT IN (${allowed.map(sqlText).join(', ')}) GROUP BY 1 ORDER BY 2 DESC LIMIT 3`)).getRowObjectsJson();
    if (rows.length === 0) continue;
    const examples = rows.map((r) => String(r.v)).filter(showable).map((v) => `"${v}"`);
    loaded.findings.push({ table: tableName, column: f.name, message: `${where}: ${f.name} has values outside ${f.codelist ? `the ${f.codelist} code list` : allowed.join('/')}${examples.length ? ` (e.g. ${examples.join(', ')})` : ''}; rules will not recognise them: translate them in the mapping file's "codes"` });
  }
}
