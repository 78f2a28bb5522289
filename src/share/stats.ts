/**
 * Counts across many reports, with small-cell suppression: a count below k (default 11, as CTDC uses) is not
 * published, and when a dimension has exactly one such cell the next smallest is suppressed too, so the hidden
 * one cannot be worked out from the total.
 */
import runtimeModel from '../generated/runtime-model.js';
import { valuesAt } from '../validate/paths.js';

/** What counts can be broken down by: the path of a coded field, and an optional condition on its item. */
export interface Dimension {
  name: string;
  path: string;
  /** Only items whose `status` is one of these count (for indicators: observed or suspected). */
  statuses?: string[];
}

export const DEFAULT_DIMENSIONS: Dimension[] = [
  { name: 'exploitationType', path: '/exploitationTypes' },
  { name: 'typology', path: '/typologies' },
  { name: 'sector', path: '/sectors' },
  { name: 'reportingCountry', path: '/reportingCountry' },
  { name: 'countryInvolved', path: '/countriesInvolved/*/country' },
  { name: 'paymentMethod', path: '/transactions/*/method' },
  { name: 'transactionPurpose', path: '/transactions/*/purpose' },
  { name: 'indicatorObserved', path: '/indicators/*/indicatorId', statuses: ['observed', 'suspected'] },
];

/** A dimension for any coded field of the model, by its path. */
export function dimensionFor(path: string): Dimension | undefined {
  const known = DEFAULT_DIMENSIONS.find((d) => d.name === path || d.path === path);
  if (known) return known;
  const field = runtimeModel.fields.find((f) => f.path === path);
  return field && (field.kind === 'code' || field.kind === 'codes') ? { name: path, path } : undefined;
}

export class StatsAccumulator {
  records = 0;
  private readonly counts = new Map<string, Map<string, number>>();
  constructor(readonly dimensions: Dimension[]) {
    for (const d of dimensions) this.counts.set(d.name, new Map());
  }

  /** Counts one report: once per distinct value in each dimension. */
  add(report: unknown): void {
    this.records++;
    for (const d of this.dimensions) {
      const seen = new Set<string>();
      const itemPath = d.path.slice(0, d.path.lastIndexOf('/'));
      const name = d.path.slice(d.path.lastIndexOf('/') + 1);
      for (const { value: item } of valuesAt(report, itemPath)) {
        if (item === null || typeof item !== 'object') continue;
        if (d.statuses && !d.statuses.includes(String((item as Record<string, unknown>).status))) continue;
        const value = (item as Record<string, unknown>)[name];
        for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') seen.add(v);
      }
      const counts = this.counts.get(d.name)!;
      for (const v of seen) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }

  /** The publishable table and what was suppressed. */
  result(k: number): StatsResult {
    const dimensions: StatsResult['dimensions'] = {};
    const suppressed: StatsResult['suppressed'] = [];
    for (const d of this.dimensions) {
      const cells = [...this.counts.get(d.name)!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const hidden = new Set(cells.filter(([, n]) => n < k).map(([v]) => v));
      if (hidden.size === 1) {
        const nextSmallest = cells.filter(([v]) => !hidden.has(v)).at(-1);
        if (nextSmallest) {
          hidden.add(nextSmallest[0]);
          suppressed.push({ dimension: d.name, value: nextSmallest[0], reason: 'secondary' });
        }
      }
      for (const [v, n] of cells) if (n < k) suppressed.push({ dimension: d.name, value: v, reason: 'primary' });
      dimensions[d.name] = Object.fromEntries(cells.map(([v, n]) => [v, hidden.has(v) ? `<${k}` : n]));
    }
    return { records: this.records < k ? `<${k}` : this.records, k, dimensions, suppressed };
  }
}

export interface StatsResult {
  records: number | string;
  k: number;
  dimensions: Record<string, Record<string, number | string>>;
  /** For the person releasing the figures, not for publication: which cells were hidden and why. */
  suppressed: { dimension: string; value: string; reason: 'primary' | 'secondary' }[];
}
