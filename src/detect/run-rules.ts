/**
 * Runs rules over the loaded canonical tables. Each rule's rows (subject, score, transactionId, accountId)
 * become one alert per subject. A rule that is not portable, does not parse, names a missing column or fails
 * while running is a finding naming the rule; the other rules still run.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { RULE_TABLES } from './export/canonical-tables.js';
import { checkPortableSql } from './rules/portable-sql.js';
import { bindParameters, parameterValues, RESULT_COLUMNS, RuleFileError, type ParameterValue, type Rule } from './rules/rule.js';

const CAST_AS: Record<(typeof RESULT_COLUMNS)[number], string> = { subject: 'VARCHAR', score: 'DOUBLE', transactionId: 'VARCHAR', accountId: 'VARCHAR' };

export interface Detection {
  rule: Rule;
  subject: string;
  score: number;
  transactions: string[];
  accounts: string[];
  /** Evidence left out of the alert beyond the per-alert cap. */
  truncated: number;
  parameters: Record<string, ParameterValue>;
}

export interface RuleOutcome {
  rule: Rule;
  detections: Detection[];
  seconds: number;
  /** Why the rule did not run, naming the rule; undefined when it ran. */
  error?: string;
}

export interface RunOptions {
  /** Parameter overrides by rule ID. */
  overrides?: Record<string, Record<string, ParameterValue>>;
  /** Most evidence items kept per alert (the count of the rest is kept). */
  maxEvidence?: number;
  /** Most result rows read from one rule, so that a rule gone wild cannot exhaust memory. */
  maxRows?: number;
  onRule?: (rule: Rule, index: number, total: number) => void;
}

/** DuckDB's parse and bind messages describe the rule; other messages may quote data and are not repeated. */
function describeFailure(error: unknown): string {
  const message = String((error as Error).message ?? error).split('\n')[0]!;
  return /^(Parser|Binder|Catalog) Error/.test(message) ? message : `failed while running (${/^(\w+ Error)/.exec(message)?.[1] ?? 'error'})`;
}

export async function runRule(connection: DuckDBConnection, rule: Rule, options: RunOptions = {}): Promise<RuleOutcome> {
  const started = performance.now();
  const done = (detections: Detection[], error?: string): RuleOutcome => ({ rule, detections, seconds: (performance.now() - started) / 1000, ...(error ? { error } : {}) });
  if (!rule.indicator) return done([], `rule ${rule.id} (${rule.file}): names no indicator of the catalogue`);
  const portable = checkPortableSql(rule.sql, RULE_TABLES);
  if (portable.problems.length > 0) return done([], `rule ${rule.id} (${rule.file}): not in the portable SQL subset: line ${portable.problems[0]!.line}: ${portable.problems[0]!.message}`);
  const parameters = parameterValues(rule, options.overrides?.[rule.id] ?? {});
  let sql: string;
  try {
    sql = bindParameters(rule, parameters);
  } catch (error) {
    if (error instanceof RuleFileError) return done([], `rule ${rule.id}: ${error.reason}`);
    throw error;
  }
  const maxRows = options.maxRows ?? 2_000_000;
  let rows: Record<string, unknown>[];
  try {
    const reader = await connection.runAndReadAll(
      `SELECT ${RESULT_COLUMNS.map((c) => `CAST(${c} AS ${CAST_AS[c]}) AS ${c}`).join(', ')} FROM (\n${sql}\n) AS rule_result ORDER BY subject LIMIT ${maxRows + 1}`,
    );
    rows = reader.getRowObjectsJS() as Record<string, unknown>[];
  } catch (error) {
    return done([], `rule ${rule.id} (${rule.file}): ${describeFailure(error)}`);
  }
  if (rows.length > maxRows) return done([], `rule ${rule.id}: returned more than ${maxRows} evidence rows; tighten its parameters`);
  return done(groupDetections(rule, rows, parameters, options.maxEvidence ?? 500));
}

function groupDetections(rule: Rule, rows: Record<string, unknown>[], parameters: Record<string, ParameterValue>, maxEvidence: number): Detection[] {
  const bySubject = new Map<string, { score: number; transactions: Set<string>; accounts: Set<string> }>();
  for (const row of rows) {
    if (row.subject === null || row.subject === undefined) continue;
    const subject = String(row.subject);
    let entry = bySubject.get(subject);
    if (!entry) bySubject.set(subject, (entry = { score: 0, transactions: new Set(), accounts: new Set(rule.subject === 'account' ? [subject] : []) }));
    const score = Number(row.score);
    if (Number.isFinite(score)) entry.score = Math.max(entry.score, Math.min(1, Math.max(0, score)));
    if (row.transactionId !== null && row.transactionId !== undefined) entry.transactions.add(String(row.transactionId));
    if (row.accountId !== null && row.accountId !== undefined) entry.accounts.add(String(row.accountId));
  }
  return [...bySubject].map(([subject, e]) => {
    const transactions = [...e.transactions].sort();
    const accounts = [...e.accounts].sort();
    const truncated = Math.max(0, transactions.length - maxEvidence) + Math.max(0, accounts.length - maxEvidence);
    return { rule, subject, score: Math.round(e.score * 1000) / 1000, transactions: transactions.slice(0, maxEvidence), accounts: accounts.slice(0, maxEvidence), truncated, parameters };
  });
}

export async function runRules(connection: DuckDBConnection, rules: Rule[], options: RunOptions = {}): Promise<RuleOutcome[]> {
  const outcomes: RuleOutcome[] = [];
  for (const [index, rule] of rules.entries()) {
    options.onRule?.(rule, index, rules.length);
    outcomes.push(await runRule(connection, rule, options));
  }
  return outcomes;
}
