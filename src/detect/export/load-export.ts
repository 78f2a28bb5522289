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

/** DuckDB's messages can quote a row; only the line number is kept, as " (line N)". */
const lineOf = (error: unknown) => {
  const line = /line (\d+)/i.exec(String((error as Error).message))?.[1];
  return line ? ` (line ${line})` : '';
};

function unreadable(file: ExportFile, error: unknown): DetectError {
  return new DetectError(`${file.path}${lineOf(error)}: cannot be read as ${FORMAT_NAME[file.format]}`);
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

/**
 * One file as typed canonical columns (plus localHour for transactions). Typed Parquet columns are used as they
 * are; text (all of CSV and NDJSON) is trimmed and converted, NULL when missing or malformed.
 */
async function fileSelect(connection: DuckDBConnection, file: ExportFile, fields: CanonicalField[], mapping: Mapping): Promise<string> {
  const columns = await describe(connection, file);
  const names = columns.map((c) => c.name);
  const tableMapping = mapping.tables[file.table];
  const select: string[] = [];
  for (const field of fields) {
    const mapped = tableMapping?.columns[field.name];
    const source = mapped ?? field.name;
    const column = columns.find((c) => c.name === source) ?? (mapped ? undefined : columns.find((c) => c.name.toLowerCase() === source.toLowerCase()));
    if (!column) {
      if (mapped) throw new DetectError(`${mapping.file}#/tables/${file.table}/columns/${field.name}: names the column "${mapped}", which ${file.path} does not have${showable(mapped) ? didYouMean(mapped, names.filter(showable)) : ''}`);
      if (field.required) throw new DetectError(`${file.path}: no column "${field.name}" (${listColumns(names)}); name it so, or map one of yours to it in a mapping file (--mapping)`);
      select.push(`CAST(NULL AS ${SQL_TYPE[field.type] ?? 'VARCHAR'}) AS ${ident(field.name)}`);
      if (field.type === 'datetime') select.push('CAST(NULL AS INTEGER) AS "localHour"');
      continue;
    }
    // CSV and NDJSON are read as text; only Parquet brings its own types.
    const type = file.format === 'parquet' ? column.type.toUpperCase() : 'VARCHAR';
    const col = ident(column.name);
    const text = type === 'VARCHAR' && file.format === 'parquet' ? `NULLIF(${col}, '')` : `NULLIF(TRIM(CAST(${col} AS VARCHAR)), '')`;
    const codes = Object.entries(tableMapping?.codes[field.name] ?? {});
    const coded = codes.length > 0 ? `CASE ${text} ${codes.map(([theirs, ours]) => `WHEN ${sqlText(theirs)} THEN ${sqlText(ours)}`).join(' ')} ELSE ${text} END` : text;
    select.push(`${typedValue(field, type, col, coded)} AS ${ident(field.name)}`);
    if (field.type === 'datetime') select.push(`${/^TIMESTAMP/.test(type) ? `hour(${col})` : `TRY_CAST(substr(${text}, 12, 2) AS INTEGER)`} AS "localHour"`);
  }
  const reader = file.format === 'ndjson' ? readerOf(file, names) : readerOf(file);
  return `SELECT ${select.join(', ')} FROM ${reader}`;
}

const SQL_TYPE: Record<string, string> = { number: 'DOUBLE', datetime: 'TIMESTAMPTZ', date: 'DATE', year: 'INTEGER' };
const NUMERIC = /^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)/;

/**
 * A timestamp in text must carry its UTC offset (Z, ±HH, ±HHMM or ±HH:MM): without it the moment is ambiguous.
 * Checked by position rather than by regular expression, which costs more than the conversion itself.
 */
const hasOffset = (v: string) =>
  `(substr(${v}, 11, 1) IN ('T', ' ') AND (right(${v}, 1) = 'Z' OR substr(${v}, length(${v}) - 5, 1) IN ('+', '-') OR substr(${v}, length(${v}) - 4, 1) IN ('+', '-') OR substr(${v}, length(${v}) - 2, 1) IN ('+', '-')))`;

/** The canonical typed value of a column: `col` as the file has it, `text` its trimmed text. */
function typedValue(field: CanonicalField, type: string, col: string, text: string): string {
  switch (field.type) {
    case 'number':
      return NUMERIC.test(type) ? `CASE WHEN ${col} >= 0 THEN CAST(${col} AS DOUBLE) END` : `CASE WHEN TRY_CAST(${text} AS DOUBLE) >= 0 THEN TRY_CAST(${text} AS DOUBLE) END`;
    case 'datetime':
      if (/^TIMESTAMP/.test(type)) return `CAST(${col} AS TIMESTAMPTZ)`;
      return `CASE WHEN ${hasOffset(text)} THEN TRY_CAST(${text} AS TIMESTAMPTZ) END`;
    case 'date':
      return type === 'DATE' ? col : `TRY_CAST(${text} AS DATE)`;
    case 'year':
      return `CASE WHEN TRY_CAST(${text} AS INTEGER) BETWEEN 1850 AND 2200 THEN TRY_CAST(${text} AS INTEGER) END`;
    default:
      return text;
  }
}

const derived: Record<string, string> = {
  epochSeconds: `CAST(epoch("timestamp") AS BIGINT)`,
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
    const staged = selects.join(' UNION ALL ');
    const extra = (DERIVED_COLUMNS[tableName] ?? []).map((c) => (derived[c] ? `${derived[c]} AS ${ident(c)}` : ident(c)));
    const keep = table.fields.map((f) => ident(f.name));
    // Parsed and typed once into a table: every rule then reads typed columns instead of re-reading the files.
    const target = ident(tableName);
    try {
      await connection.run(`CREATE TABLE ${target} AS SELECT ${[...keep, ...extra].join(', ')} FROM (${staged})`);
    } catch (error) {
      throw new DetectError(`${mine.map((f) => f.path).join(', ')}${lineOf(error)}: cannot be read as the ${tableName} table`);
    }
    const validRows = await checkRows(connection, target, tableName, table.fields, mine, loaded);
    if (validRows) await connection.run(`DELETE FROM ${target} WHERE NOT (${validRows})`);
    const rows = loaded.rows[tableName]!;
    if (rows === 0 && tables.required.includes(tableName)) throw new DetectError(`${mine.map((f) => f.path).join(', ')}: no usable ${tableName} rows`);
  }
  return loaded;
}

async function createEmpty(connection: DuckDBConnection, tableName: string, fields: CanonicalField[]): Promise<void> {
  const type = (f: CanonicalField) => ({ number: 'DOUBLE', datetime: 'TIMESTAMPTZ', date: 'DATE', year: 'INTEGER' })[f.type] ?? 'VARCHAR';
  const columns = [...fields.map((f) => `${ident(f.name)} ${type(f)}`), ...(DERIVED_COLUMNS[tableName] ?? []).map((c) => `${ident(c)} BIGINT`)];
  await connection.run(`CREATE TABLE ${ident(tableName)} (${columns.join(', ')})`);
}

/**
 * Counts, in one pass, the rows and the malformed required values (those rows are then left out) and the codes
 * outside their list (kept, reported). Returns the condition that keeps the valid rows, if any are not.
 */
async function checkRows(connection: DuckDBConnection, source: string, tableName: string, fields: CanonicalField[], files: ExportFile[], loaded: LoadedExport): Promise<string | undefined> {
  const where = files.length === 1 ? files[0]!.path : `${tableName} files`;
  const required = fields.filter((f) => f.required);
  const coded = fields
    .map((f) => ({ f, allowed: f.enum ?? (f.codelist && f.codelist !== 'country' && f.codelist !== 'currency' ? Object.keys(runtimeModel.codelists[f.codelist]?.codes ?? {}) : []) }))
    .filter((c) => c.allowed.length > 0);
  const outside = (c: (typeof coded)[number]) => `${ident(c.f.name)} NOT IN (${c.allowed.map(sqlText).join(', ')})`;
  const validCondition = required.map((f) => `${ident(f.name)} IS NOT NULL`).join(' AND ');
  const counts = (
    await connection.runAndReadAll(
      `SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE ${validCondition}) AS valid, ${[
        ...required.map((f, i) => `COUNT(*) FILTER (WHERE ${ident(f.name)} IS NULL) AS r${i}`),
        ...coded.map((c, i) => `COUNT(*) FILTER (WHERE ${outside(c)}) AS c${i}`),
      ].join(', ')} FROM ${source}`,
    )
  ).getRowObjectsJson()[0]!;
  loaded.rows[tableName] = Number(counts.valid);
  required.forEach((f, i) => {
    const n = Number(counts[`r${i}`]);
    if (n > 0) loaded.findings.push({ table: tableName, column: f.name, message: `${where}: ${n} row(s) without ${WHAT_IS_VALID[f.type] ?? 'a value'} in ${f.name}; left out` });
  });
  for (const [i, c] of coded.entries()) {
    if (Number(counts[`c${i}`]) === 0) continue;
    const rows = (await connection.runAndReadAll(`SELECT ${ident(c.f.name)} AS v, COUNT(*) AS n FROM ${source} WHERE ${outside(c)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`)).getRowObjectsJson();
    const examples = rows.map((r) => String(r.v)).filter(showable).map((v) => `"${v}"`);
    loaded.findings.push({ table: tableName, column: c.f.name, message: `${where}: ${c.f.name} has values outside ${c.f.codelist ? `the ${c.f.codelist} code list` : c.allowed.join('/')}${examples.length ? ` (e.g. ${examples.join(', ')})` : ''}; rules will not recognise them: translate them in the mapping file's "codes"` });
  }
  return Number(counts.valid) < Number(counts.total) ? validCondition : undefined;
}
