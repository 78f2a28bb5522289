/**
 * Detection rules as data: schema/rules/<INDICATOR-ID>.yaml, one per catalogue indicator that transactions can
 * evidence. A rule holds its SQL (portable subset, see portable-sql.ts), its named parameters with defaults,
 * and what its evidence is; the indicator's title, source and verification level are read from the catalogue
 * at load time, never copied into the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { parseDocument as ParseDocument } from 'yaml';
import { readCsvTable } from '../../io/csv.js';

/** What an alert is about: an account, or a keyed hash of an address, phone or device shared by several customers. */
export const SUBJECT_KINDS = ['account', 'sharedContact'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const PARAMETER_TYPES = ['integer', 'number', 'text', 'textList'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
export type ParameterValue = number | string | string[];

export interface RuleParameter {
  type: ParameterType;
  default: ParameterValue;
  description: string;
}

/** The columns every rule returns: one row per piece of evidence, rows of one subject making one alert. */
export const RESULT_COLUMNS = ['subject', 'score', 'transactionId', 'accountId'] as const;

export interface CatalogueEntry {
  id: string;
  title: string;
  source: string;
  locator: string;
  verification: string;
  status: string;
  category: string;
}

export interface Rule {
  /** The indicator's ID, which is also the rule's name and file name. */
  id: string;
  file: string;
  logic: string;
  subject: SubjectKind;
  /** Typologies of the examples the rule is meant to catch (names used by synthetic ground truth). */
  typologies: string[];
  parameters: Record<string, RuleParameter>;
  evidence: { transactions: string; accounts: string; score: string };
  sql: string;
  /** From the catalogue; undefined when the rule names no catalogue indicator (a lint finding). */
  indicator?: CatalogueEntry;
}

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function readCatalogue(path: string): Map<string, CatalogueEntry> {
  const { header, rows } = readCsvTable(readFileSync(path, 'utf8'));
  const col = (name: string) => header.indexOf(name);
  const entries = new Map<string, CatalogueEntry>();
  for (const row of rows) {
    const get = (name: string) => row[col(name)] ?? '';
    entries.set(get('id'), { id: get('id'), title: get('title'), source: get('source'), locator: get('locator'), verification: get('verification'), status: get('status'), category: get('category') });
  }
  return entries;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The YAML reader: an optional peer dependency like DuckDB, so a plain install of htfds stays small. */
export const YAML_PACKAGE = 'yaml';
let yamlReader: typeof ParseDocument | undefined;

/** Loads the YAML reader once; false when it is not installed. Call it before reading rules. */
export async function loadYamlReader(): Promise<boolean> {
  try {
    yamlReader ??= ((await import(YAML_PACKAGE)) as typeof import('yaml')).parseDocument;
    return true;
  } catch {
    return false;
  }
}

/** Reads one rule file; a file that is not a well-formed rule is a RuleFileError naming the file and the key. */
export function readRule(file: string, catalogue: Map<string, CatalogueEntry>, parseDocument: typeof ParseDocument | undefined = yamlReader): Rule {
  if (!parseDocument) throw new Error('the YAML reader is not loaded: call loadYamlReader() first');
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
  if (doc.errors.length > 0) throw new RuleFileError(file, `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const data: unknown = doc.toJS();
  if (!isRecord(data)) throw new RuleFileError(file, 'the file must hold a mapping of keys (indicator, logic, subject, parameters, evidence, sql)');
  const known = ['indicator', 'logic', 'subject', 'typologies', 'parameters', 'evidence', 'sql'];
  const unknown = Object.keys(data).find((k) => !known.includes(k));
  if (unknown) throw new RuleFileError(file, `unknown key "${unknown}" (keys: ${known.join(', ')})`);
  const text = (key: string) => {
    const v = data[key];
    if (typeof v !== 'string' || v.trim() === '') throw new RuleFileError(file, `"${key}" must be a non-empty text`);
    return v.trim();
  };
  const id = text('indicator');
  if (basename(file, '.yaml') !== id) throw new RuleFileError(file, `the file must be named after its indicator: ${id}.yaml`);
  const subject = text('subject') as SubjectKind;
  if (!SUBJECT_KINDS.includes(subject)) throw new RuleFileError(file, `"subject" must be one of ${SUBJECT_KINDS.join(', ')}`);
  const typologies = data.typologies ?? [];
  if (!Array.isArray(typologies) || typologies.some((t) => typeof t !== 'string')) throw new RuleFileError(file, '"typologies" must be a list of names');
  const evidence = data.evidence;
  if (!isRecord(evidence) || ['transactions', 'accounts', 'score'].some((k) => typeof evidence[k] !== 'string')) {
    throw new RuleFileError(file, '"evidence" must say what the rule returns as transactions, accounts and score');
  }
  const rawParameters = data.parameters ?? {};
  if (!isRecord(rawParameters)) throw new RuleFileError(file, '"parameters" must map each parameter name to its type, default and description');
  const parameters: Record<string, RuleParameter> = {};
  for (const [name, p] of Object.entries(rawParameters)) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new RuleFileError(file, `parameter "${name}": names are lowerCamelCase`);
    if (!isRecord(p) || !PARAMETER_TYPES.includes(p.type as ParameterType) || typeof p.description !== 'string') {
      throw new RuleFileError(file, `parameter "${name}" needs a type (${PARAMETER_TYPES.join(', ')}), a default and a description`);
    }
    const problem = parameterProblem(p.type as ParameterType, p.default);
    if (problem) throw new RuleFileError(file, `parameter "${name}": the default ${problem}`);
    parameters[name] = { type: p.type as ParameterType, default: p.default as ParameterValue, description: p.description };
  }
  return {
    id,
    file,
    logic: text('logic'),
    subject,
    typologies: typologies as string[],
    parameters,
    evidence: evidence as Rule['evidence'],
    sql: text('sql'),
    indicator: catalogue.get(id),
  };
}

/** Loads every rule of a folder, in a stable order. */
export function loadRules(dir: string, cataloguePath: string): Rule[] {
  const catalogue = readCatalogue(cataloguePath);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readRule(join(dir, name), catalogue));
}

/** Why a value does not fit a parameter type, or undefined when it does. */
export function parameterProblem(type: ParameterType, value: unknown): string | undefined {
  switch (type) {
    case 'integer':
      return Number.isInteger(value) ? undefined : 'must be a whole number';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'text':
      return typeof value === 'string' && SAFE_TEXT.test(value) ? undefined : 'must be a text of letters, digits, spaces, "-", "_" or "."';
    case 'textList':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && SAFE_TEXT.test(v)) ? undefined : 'must be a non-empty list of texts of letters, digits, spaces, "-", "_" or "."';
  }
}

/** Parameter texts become SQL literals; keeping them to plain characters keeps quoting trivial and safe. */
const SAFE_TEXT = /^[A-Za-z0-9 _.-]*$/;

const literal = (type: ParameterType, value: ParameterValue): string => {
  if (type === 'textList') return (value as string[]).map((v) => `'${v}'`).join(', ');
  if (type === 'text') return `'${value as string}'`;
  return String(value);
};

/** The SQL with every :name replaced by its value as a literal: plain SQL any engine runs. */
export function bindParameters(rule: Rule, values: Record<string, ParameterValue>): string {
  return rule.sql.replace(/'(?:[^']|'')*'|--[^\n]*|:([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string | undefined) => {
    if (!name) return match;
    const p = rule.parameters[name];
    if (!p) throw new RuleFileError(rule.file, `the SQL uses :${name}, which is not a declared parameter`);
    return literal(p.type, values[name] ?? p.default);
  });
}

/** The parameter values of a run: the defaults, overridden by `--set RULE.name=value` options. */
export function parameterValues(rule: Rule, overrides: Record<string, ParameterValue>): Record<string, ParameterValue> {
  return Object.fromEntries(Object.entries(rule.parameters).map(([name, p]) => [name, overrides[name] ?? p.default]));
}
