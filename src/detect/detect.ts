/**
 * One detection run: open DuckDB, load the export, run the rules, turn detections into alerts. Shared by
 * `htfds detect` and `htfds evaluate`, which only differ in what they do with the outcome.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DUCKDB_PACKAGE, openEngine, type EngineOptions } from './duckdb.js';
import { DetectError } from './detect-error.js';
import { loadExport, type LoadedExport } from './export/load-export.js';
import { NO_MAPPING, readMapping } from './export/mapping.js';
import { CATALOGUE_PATH, packagePath } from './package-root.js';

export { CATALOGUE_PATH };
import { runRules, type RuleOutcome, type RunOptions } from './run-rules.js';
import { loadRules, loadYamlReader, RuleFileError, YAML_PACKAGE, type ParameterValue, type Rule } from './rules/rule.js';

export const DEFAULT_RULES_DIR = () => packagePath('schema', 'rules');

export interface DetectOptions extends EngineOptions {
  inputs: string[];
  mapping?: string;
  rulesDir?: string;
  /** Only these rules (indicator IDs). */
  only?: string[];
  /** "RULE.parameter=value" settings. */
  settings?: string[];
  onRule?: RunOptions['onRule'];
  onLoaded?: (loaded: LoadedExport) => void;
}

export interface DetectRun {
  loaded: LoadedExport;
  outcomes: RuleOutcome[];
  /** Earliest evidence month (YYYY-MM) per detection, keyed by rule ID and subject. */
  firstSeen: Map<string, string>;
  connection: DuckDBConnection;
}

export function selectRules(options: Pick<DetectOptions, 'rulesDir' | 'only'>): Rule[] {
  let rules: Rule[];
  try {
    rules = loadRules(options.rulesDir ?? DEFAULT_RULES_DIR(), CATALOGUE_PATH());
  } catch (error) {
    if (error instanceof RuleFileError) throw new DetectError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DetectError(`${options.rulesDir}: no such rules folder`);
    throw error;
  }
  if (options.only && options.only.length > 0) {
    const unknown = options.only.find((id) => !rules.some((r) => r.id === id));
    if (unknown) throw new DetectError(`--only: no rule ${unknown} (rules: ${rules.map((r) => r.id).join(', ')})`);
    rules = rules.filter((r) => options.only!.includes(r.id));
  }
  if (rules.length === 0) throw new DetectError(`${options.rulesDir ?? DEFAULT_RULES_DIR()}: no rules (*.yaml)`);
  return rules;
}

/** Parses `RULE.parameter=value` settings against the rules' declared parameters and types. */
export function parseSettings(settings: string[], rules: Rule[]): Record<string, Record<string, ParameterValue>> {
  const overrides: Record<string, Record<string, ParameterValue>> = {};
  for (const setting of settings) {
    const m = /^([A-Z][A-Z0-9-]*)\.([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(setting);
    if (!m) throw new DetectError(`--set ${setting}: write RULE.parameter=value, e.g. FATF-HT18-01.minWagePayments=4`);
    const [, ruleId, name, raw] = m as unknown as [string, string, string, string];
    const rule = rules.find((r) => r.id === ruleId);
    if (!rule) throw new DetectError(`--set ${setting}: no rule ${ruleId}`);
    const p = rule.parameters[name];
    if (!p) throw new DetectError(`--set ${setting}: rule ${ruleId} has no parameter ${name} (it has: ${Object.keys(rule.parameters).join(', ')})`);
    const value: ParameterValue = p.type === 'textList' ? raw.split(',').map((s) => s.trim()) : p.type === 'text' ? raw : Number(raw);
    const ok = p.type === 'integer' ? Number.isInteger(value) : p.type === 'number' ? Number.isFinite(value) : (p.type === 'text' ? [value as string] : (value as string[])).every((v) => /^[A-Za-z0-9 _.-]*$/.test(v));
    if (!ok || raw === '') throw new DetectError(`--set ${setting}: ${name} takes ${p.type === 'integer' ? 'a whole number' : p.type === 'number' ? 'a number' : 'letters, digits, spaces, "-", "_" or "."' + (p.type === 'textList' ? ', comma-separated' : '')}`);
    (overrides[ruleId] ??= {})[name] = value;
  }
  return overrides;
}

/** Detection needs two optional peer dependencies; when either is missing, one line says what to install. */
async function requireDetectionPackages(): Promise<void> {
  const [yaml, duckdb] = [await loadYamlReader(), await hasPackage(DUCKDB_PACKAGE)];
  if (!yaml || !duckdb) throw new DetectError(`detection needs the DuckDB engine and a YAML reader, which are optional: run \`npm install ${[DUCKDB_PACKAGE, YAML_PACKAGE].join(' ')}\``);
}

const hasPackage = (name: string) => import(name).then(() => true, () => false);

/** Runs the rules over the inputs; the caller closes the engine with the returned close(). */
export async function detect(options: DetectOptions): Promise<DetectRun & { close(): void }> {
  await requireDetectionPackages();
  const rules = selectRules(options);
  const overrides = parseSettings(options.settings ?? [], rules);
  const mapping = options.mapping ? readMapping(options.mapping) : NO_MAPPING;
  const engine = await openEngine(options);
  try {
    const loaded = await loadExport(engine.connection, options.inputs, mapping, { required: ['transactions'], optional: ['accounts', 'customers', 'truth'] });
    options.onLoaded?.(loaded);
    const outcomes = await runRules(engine.connection, rules, { overrides, ...(options.onRule ? { onRule: options.onRule } : {}) });
    const firstSeen = await firstSeenMonths(engine.connection, outcomes);
    return { loaded, outcomes, firstSeen, connection: engine.connection, close: engine.close };
  } catch (error) {
    engine.close();
    throw error;
  }
}

/** The month of each alert's earliest evidence transaction, in one query over all alerts. */
async function firstSeenMonths(connection: DuckDBConnection, outcomes: RuleOutcome[]): Promise<Map<string, string>> {
  const months = new Map<string, string>();
  const pairs = outcomes.flatMap((o) => o.detections.flatMap((d) => d.transactions.map((t) => [`${o.rule.id}\u0000${d.subject}`, t] as const)));
  if (pairs.length === 0) return months;
  await connection.run('CREATE OR REPLACE TABLE htfds_evidence (alert VARCHAR, transactionId VARCHAR)');
  const appender = await connection.createAppender('htfds_evidence');
  for (const [alert, tx] of pairs) {
    appender.appendVarchar(alert);
    appender.appendVarchar(tx);
    appender.endRow();
  }
  appender.closeSync();
  const rows = (await connection.runAndReadAll(`SELECT e.alert, strftime(MIN(t."timestamp"), '%Y-%m') AS month FROM htfds_evidence e JOIN transactions t ON t.transactionId = e.transactionId GROUP BY e.alert`)).getRowObjectsJS();
  for (const row of rows) months.set(String(row.alert), String(row.month));
  return months;
}
