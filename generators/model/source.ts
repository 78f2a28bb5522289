/**
 * Reads the hand-written schema source (schema files, code lists, indicator catalogue, source registry)
 * into memory once, turning unreadable files into findings instead of exceptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CsvSyntaxError, readCsvTable, type CsvTable } from '../../src/io/csv.js';
import type { SourceFinding } from './finding.js';
import { parseStrictJson, StrictJsonError } from '../../src/io/strict-json.js';

export type JsonObject = { [key: string]: unknown };

export interface SourceFile<T> {
  /** Path relative to the repository root (or to the working directory). */
  path: string;
  text: string;
  content: T;
}

export interface SchemaSource {
  dir: string;
  /** Schema files by file name, e.g. `person.schema.json`. */
  schemas: Map<string, SourceFile<JsonObject>>;
  metaSchema?: SourceFile<JsonObject>;
  /** Code-list CSVs by code-list name, e.g. `wagesPaid`. */
  codelists: Map<string, SourceFile<CsvTable>>;
  /** The synthetic example reports beside the schema folder (examples/<name>.json), by name. */
  examples: Map<string, SourceFile<JsonObject>>;
  /** Released versions (releases/<version>/schema beside the schema folder), and their upgrade steps to the next. */
  releases: { version: string; upgrade?: JsonObject }[];
  /** Sharing profiles by name (schema/profiles/<name>.json). */
  profiles: Map<string, SourceFile<JsonObject>>;
  indicators?: SourceFile<CsvTable>;
  sources?: SourceFile<CsvTable>;
  /** Crosswalks to other standards (schema/crosswalks/<name>.csv), by name, e.g. `htcds`, `htcds-standard`. */
  crosswalks?: Map<string, SourceFile<CsvTable>>;
  /** Problems met while reading (syntax errors, duplicate keys). */
  findings: SourceFinding[];
  /** Rebuilt from a bundled schema, which carries the codes of closed lists only, without titles or deprecations. */
  fromBundle?: boolean;
}

export const ROOT_SCHEMA_FILE = 'case-report.schema.json';

/** The columns of every code-list CSV file, in order. */
export const CODELIST_HEADER = ['code', 'title', 'description', 'source', 'htcds', 'deprecated', 'deprecationNote'];

/** Loads every file of the schema folder. */
export function loadSchemaSource(dir: string): SchemaSource {
  const source: SchemaSource = { dir, schemas: new Map(), codelists: new Map(), crosswalks: new Map(), profiles: new Map(), examples: new Map(), releases: [], findings: [] };
  const rel = (p: string) => relative(process.cwd(), p) || p;

  // Missing files are reported by the lint, which knows which ones are required.
  const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const listDir = (path: string) => (existsSync(path) ? readdirSync(path).sort() : []);

  const readJson = (path: string): SourceFile<JsonObject> | undefined => {
    const text = readText(path);
    if (text === undefined) return undefined;
    try {
      const content = parseStrictJson(text);
      if (typeof content !== 'object' || content === null || Array.isArray(content)) {
        source.findings.push({ rule: 'json-syntax', file: rel(path), message: 'the file must hold one JSON object', hint: 'wrap the schema in { … }' });
        return undefined;
      }
      return { path: rel(path), text, content: content as JsonObject };
    } catch (error) {
      if (!(error instanceof StrictJsonError)) throw error;
      const duplicate = error.message.startsWith('duplicate key');
      source.findings.push({
        rule: duplicate ? 'json-duplicate-key' : 'json-syntax',
        file: rel(path),
        line: error.line,
        pointer: error.pointer,
        message: `${error.message} (column ${error.column})`,
        hint: duplicate ? 'remove one of the two entries: JSON readers would silently keep only the last' : 'fix the JSON syntax at that place',
      });
      return undefined;
    }
  };
  const readCsv = (path: string): SourceFile<CsvTable> | undefined => {
    const text = readText(path);
    if (text === undefined) return undefined;
    try {
      return { path: rel(path), text, content: readCsvTable(text) };
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      source.findings.push({ rule: 'csv-syntax', file: rel(path), line: error.line, message: error.message, hint: 'fix the quoting on that line' });
      return undefined;
    }
  };

  for (const name of listDir(dir)) {
    if (!name.endsWith('.schema.json')) continue;
    const file = readJson(join(dir, name));
    if (file) source.schemas.set(name, file);
  }
  source.metaSchema = readJson(join(dir, 'meta', 'htfds-dialect.schema.json'));
  for (const name of listDir(join(dir, 'codelists'))) {
    if (!name.endsWith('.csv')) continue;
    const file = readCsv(join(dir, 'codelists', name));
    if (file) source.codelists.set(name.slice(0, -'.csv'.length), file);
  }
  for (const name of listDir(join(dir, 'profiles'))) {
    if (!name.endsWith('.json')) continue;
    const file = readJson(join(dir, 'profiles', name));
    if (file) source.profiles.set(name.slice(0, -'.json'.length), file);
  }
  for (const name of listDir(join(dir, '..', 'examples'))) {
    if (!name.endsWith('.json')) continue;
    const file = readJson(join(dir, '..', 'examples', name));
    if (file) source.examples.set(name.slice(0, -'.json'.length), file);
  }
  const releasesDir = join(dir, '..', 'releases');
  for (const version of listDir(releasesDir).filter((v) => /^\d+\.\d+\.\d+$/.test(v))) {
    const upgrade = existsSync(join(releasesDir, version, 'upgrade.json')) ? readJson(join(releasesDir, version, 'upgrade.json')) : undefined;
    source.releases.push({ version, ...(upgrade ? { upgrade: upgrade.content } : {}) });
  }
  source.releases.sort((a, b) => {
    const [x, y] = [a.version.split('.').map(Number), b.version.split('.').map(Number)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  for (const name of listDir(join(dir, 'crosswalks'))) {
    if (!name.endsWith('.csv')) continue;
    const file = readCsv(join(dir, 'crosswalks', name));
    if (file) source.crosswalks!.set(name.slice(0, -'.csv'.length), file);
  }
  source.indicators = readCsv(join(dir, 'indicators', 'indicators.csv'));
  source.sources = readCsv(join(dir, 'sources.csv'));
  return source;
}
