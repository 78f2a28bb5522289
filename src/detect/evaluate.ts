/**
 * Measures rules against synthetic ground truth (the `truth` table: typology, entityType, entityId).
 * An alert is a true positive when one of its accounts belongs to a planted typology; a rule's recall is the
 * share of its typologies' planted accounts (and transactions) that its alerts name. Precision says how much
 * of a rule's work lands on planted schemes; recall says how much of the schemes it finds.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RuleOutcome } from './run-rules.js';

export interface Ratio {
  hits: number;
  of: number;
}

export interface RuleScore {
  rule: string;
  verification: string;
  alerts: number;
  precision: Ratio;
  /** The typologies recall is measured against; `bestMatch` when the rule names none present in the truth. */
  typologies: string[];
  bestMatch: boolean;
  accountRecall: Ratio;
  transactionRecall: Ratio;
  error?: string;
}

export interface TypologyScore {
  typology: string;
  accounts: number;
  /** Planted accounts named by any alert of any rule. */
  accountRecall: Ratio;
  transactionRecall: Ratio;
  /** Of the alerts of the rules aimed at this typology, those on its accounts, against those plus the alerts on no planted account. */
  precision: Ratio;
  rules: string[];
}

export interface Evaluation {
  rules: RuleScore[];
  typologies: TypologyScore[];
}

interface TruthSets {
  accounts: Map<string, Set<string>>;
  transactions: Map<string, Set<string>>;
}

export async function readTruth(connection: DuckDBConnection): Promise<TruthSets> {
  const rows = (await connection.runAndReadAll('SELECT typology, entityType, entityId FROM truth')).getRowObjectsJS();
  const truth: TruthSets = { accounts: new Map(), transactions: new Map() };
  for (const r of rows) {
    const sets = r.entityType === 'transaction' ? truth.transactions : truth.accounts;
    const key = String(r.typology);
    if (!sets.has(key)) sets.set(key, new Set());
    sets.get(key)!.add(String(r.entityId));
    if (!truth.accounts.has(key)) truth.accounts.set(key, new Set());
  }
  return truth;
}

const overlap = (a: Iterable<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};
const union = (sets: (Set<string> | undefined)[]) => new Set(sets.flatMap((s) => [...(s ?? [])]));

export function evaluate(outcomes: RuleOutcome[], truth: TruthSets): Evaluation {
  const typologies = [...truth.accounts.keys()].sort();
  const anyAccount = union([...truth.accounts.values()]);
  const rules: RuleScore[] = outcomes.map((o) => {
    const accounts = new Set(o.detections.flatMap((d) => d.accounts));
    const transactions = new Set(o.detections.flatMap((d) => d.transactions));
    let targets = o.rule.typologies.filter((t) => truth.accounts.has(t));
    const bestMatch = targets.length === 0;
    if (bestMatch) {
      const best = typologies.map((t) => ({ t, n: overlap(accounts, truth.accounts.get(t)!) })).sort((a, b) => b.n - a.n)[0];
      targets = best && best.n > 0 ? [best.t] : [];
    }
    const targetAccounts = union(targets.map((t) => truth.accounts.get(t)));
    const targetTransactions = union(targets.map((t) => truth.transactions.get(t)));
    return {
      rule: o.rule.id,
      verification: o.rule.indicator?.verification ?? 'unknown',
      alerts: o.detections.length,
      precision: { hits: o.detections.filter((d) => d.accounts.some((a) => anyAccount.has(a))).length, of: o.detections.length },
      typologies: targets,
      bestMatch,
      accountRecall: { hits: overlap(accounts, targetAccounts), of: targetAccounts.size },
      transactionRecall: { hits: overlap(transactions, targetTransactions), of: targetTransactions.size },
      ...(o.error ? { error: o.error } : {}),
    };
  });
  const flaggedAccounts = new Set(outcomes.flatMap((o) => o.detections.flatMap((d) => d.accounts)));
  const flaggedTransactions = new Set(outcomes.flatMap((o) => o.detections.flatMap((d) => d.transactions)));
  const typologyScores = typologies.map((t) => {
    const planted = truth.accounts.get(t)!;
    const aimed = outcomes.filter((o) => rules.find((r) => r.rule === o.rule.id)!.typologies.includes(t));
    const alerts = aimed.flatMap((o) => o.detections);
    return {
      typology: t,
      accounts: planted.size,
      accountRecall: { hits: overlap(flaggedAccounts, planted), of: planted.size },
      transactionRecall: { hits: overlap(flaggedTransactions, truth.transactions.get(t) ?? new Set()), of: truth.transactions.get(t)?.size ?? 0 },
      // An alert on another planted scheme is not a false alarm: only alerts on no planted account count against.
      precision: { hits: alerts.filter((d) => d.accounts.some((a) => planted.has(a))).length, of: alerts.filter((d) => d.accounts.some((a) => planted.has(a)) || !d.accounts.some((a) => anyAccount.has(a))).length },
      rules: aimed.map((o) => o.rule.id),
    };
  });
  return { rules, typologies: typologyScores };
}

export const percent = (r: Ratio) => (r.of === 0 ? '—' : `${((100 * r.hits) / r.of).toFixed(1)}%`);

/** Two tables for people: per rule, then per typology. */
export function formatEvaluation(e: Evaluation): string {
  const table = (header: string[], rows: string[][]) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    return [header, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
  };
  const ruleRows = e.rules.map((r) => [
    r.rule,
    r.verification === 'unverified' ? 'UNVERIFIED' : r.verification,
    r.error ? 'error' : String(r.alerts),
    percent(r.precision),
    percent(r.accountRecall),
    percent(r.transactionRecall),
    r.typologies.length ? `${r.typologies.join(', ')}${r.bestMatch ? ' (best match)' : ''}` : '—',
  ]);
  const typologyRows = e.typologies.map((t) => [t.typology, String(t.accounts), percent(t.accountRecall), percent(t.transactionRecall), percent(t.precision), t.rules.join(', ') || '—']);
  return [
    'Per rule (precision: share of alerts on planted accounts; recall: share of the typology\'s planted accounts / transactions named by the rule\'s alerts)',
    table(['rule', 'indicator', 'alerts', 'precision', 'recall (accounts)', 'recall (transactions)', 'typologies'], ruleRows),
    '',
    'Per typology (recall by all rules together; precision of the rules aimed at it)',
    table(['typology', 'accounts', 'recall (accounts)', 'recall (transactions)', 'precision', 'rules'], typologyRows),
    '',
  ].join('\n');
}
