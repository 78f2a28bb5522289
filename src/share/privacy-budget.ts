/**
 * The privacy budget kept across releases: each release of differentially private statistics spends its ε from
 * the budget of the data set it describes, and a release that would overspend is refused. Two releases over
 * data sets that differ by one person together cost the sum of their ε, which is what bounds a differencing attack.
 * The ledger records only dates, ε and what was counted — never a count or a report.
 */
export interface BudgetLedger {
  format: 'htfds-privacy-budget/1';
  datasets: Record<string, { budget: number; releases: { at: string; epsilon: number; dimensions: string[] }[] }>;
}

export class BudgetExceeded extends Error {}

export const emptyLedger = (): BudgetLedger => ({ format: 'htfds-privacy-budget/1', datasets: {} });

/** Whether a value read from disk is a ledger. */
export function isLedger(value: unknown): value is BudgetLedger {
  if (value === null || typeof value !== 'object') return false;
  const ledger = value as BudgetLedger;
  return ledger.format === 'htfds-privacy-budget/1' && ledger.datasets !== null && typeof ledger.datasets === 'object' && Object.values(ledger.datasets).every((d) => typeof d?.budget === 'number' && Array.isArray(d.releases) && d.releases.every((r) => typeof r?.epsilon === 'number'));
}

export const spent = (ledger: BudgetLedger, dataset: string) => (Object.hasOwn(ledger.datasets, dataset) ? ledger.datasets[dataset]!.releases.reduce((sum, r) => sum + r.epsilon, 0) : 0);

/** The ledger after spending ε on a release; throws BudgetExceeded when the data set's budget would be overspent. */
export function spend(ledger: BudgetLedger, dataset: string, epsilon: number, budget: number, dimensions: string[], at: Date): BudgetLedger {
  const entry = Object.hasOwn(ledger.datasets, dataset) ? ledger.datasets[dataset]! : { budget, releases: [] };
  const used = spent(ledger, dataset);
  // A small tolerance for decimal ε values that add up to the budget exactly (0.1 + 0.2 …).
  if (used + epsilon > entry.budget + 1e-9) {
    throw new BudgetExceeded(`the privacy budget of data set "${dataset}" would be overspent: ε ${round(used)} of ${entry.budget} used, this release needs ${epsilon}`);
  }
  const releases = [...entry.releases, { at: at.toISOString(), epsilon, dimensions }];
  return { ...ledger, datasets: { ...ledger.datasets, [dataset]: { budget: entry.budget, releases } } };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
