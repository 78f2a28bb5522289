/**
 * Counts across many reports, published with differential privacy so that two releases over data sets that
 * differ by one person cannot tell whether that person is in: each count gets discrete Laplace noise
 * (src/share/discrete-laplace.ts) calibrated to ε, split evenly over the published tables.
 *
 * - The unit is a person or case, not a report: reports that may describe the same people are counted once
 *   (src/share/identity-clusters.ts), and each contributes at most `capPerPerson` values to one table, so one
 *   person moves each table's counts by at most that much (the sensitivity the noise is calibrated to).
 * - Reports are read through the aggregate profile first, so field-level markings, permitted purposes and
 *   refusals apply exactly as when records are shared; open-list text has become "other" by then.
 * - Every code of a table's code list is counted, so whether a cell exists says nothing; a cell is printed only
 *   when its noisy count reaches the threshold, and labels are only ever codes of the standard's lists.
 */
import runtimeModel from '../generated/runtime-model.js';
import { valuesAt } from '../validate/paths.js';
import type { Finding } from '../validate/finding.js';
import { anonymiseReport, refuseInvalid } from './anonymise.js';
import { discreteLaplace, type RandomInt, type Rational } from './discrete-laplace.js';
import { IdentityClusters, identityKeys } from './identity-clusters.js';
import { SharingRefusal } from './refusal.js';

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

/** Every value a dimension can take: the codes of its list (the catalogue's IDs for indicators), in list order. */
export function domainOf(dimension: Dimension): string[] {
  if (dimension.path === '/indicators/*/indicatorId') return Object.keys(runtimeModel.indicators);
  const field = runtimeModel.fields.find((f) => f.path === dimension.path);
  const list = field?.codelist ? runtimeModel.codelists[field.codelist] : undefined;
  return list ? Object.keys(list.codes) : [];
}

export interface StatsOptions {
  dimensions: Dimension[];
  /** ε spent by this release, as an exact fraction (e.g. 1/2). */
  epsilon: Rational;
  /** Noisy counts below this are not printed. */
  threshold: number;
  /** The most values one person or case adds to one table. */
  capPerPerson: number;
  /** For tests only: the source of random integers (a CSPRNG by default). */
  random?: RandomInt;
}

export interface StatsRelease {
  method: string;
  epsilon: number;
  epsilonPerTable: string;
  threshold: number;
  capPerPerson: number;
  /** Noisy number of distinct people or cases counted, or `<threshold`. */
  people: number | string;
  /** Dimension → code → noisy count, only for counts at or above the threshold. */
  tables: Record<string, Record<string, number>>;
}

/** For the person releasing the figures (stderr), never published: what was left out and why, without values. */
export interface StatsDiagnostics {
  reports: number;
  refused: Record<string, number>;
}

export class StatsAccumulator {
  private readonly clusters = new IdentityClusters();
  private readonly valuesByReport: Map<string, Set<string>>[] = [];
  readonly diagnostics: StatsDiagnostics = { reports: 0, refused: {} };

  constructor(readonly dimensions: Dimension[]) {}

  /** Takes one report through the aggregate profile and notes its values; refused reports are counted, not used. */
  add(report: unknown, readFindings: readonly Finding[] = []): void {
    const index = this.diagnostics.reports++;
    let shared: Record<string, unknown>;
    try {
      refuseInvalid(readFindings);
      shared = anonymiseReport(report, { profile: 'aggregate' });
    } catch (error) {
      const reason = error instanceof SharingRefusal ? error.reason : 'the anonymiser could not process it';
      this.diagnostics.refused[reason] = (this.diagnostics.refused[reason] ?? 0) + 1;
      return;
    }
    this.clusters.add(index, identityKeys(report, shared));
    const values = new Map<string, Set<string>>();
    for (const d of this.dimensions) {
      const seen = new Set<string>();
      const itemPath = d.path.slice(0, d.path.lastIndexOf('/'));
      const name = d.path.slice(d.path.lastIndexOf('/') + 1);
      for (const { value: item } of valuesAt(shared, itemPath)) {
        if (item === null || typeof item !== 'object') continue;
        if (d.statuses && !d.statuses.includes(String((item as Record<string, unknown>).status))) continue;
        const value = (item as Record<string, unknown>)[name];
        for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') seen.add(v);
      }
      values.set(d.name, seen);
    }
    this.valuesByReport[index] = values;
  }

  /**
   * The exact counts of distinct people or cases, per table and code, each contributing at most `cap` codes to a
   * table. Never published: the release adds noise to them.
   */
  exactCounts(cap: number): { people: number; tables: Map<string, Map<string, number>> } {
    // One set of values per person or case: the union over its reports.
    const people = new Map<number, Map<string, Set<string>>>();
    this.valuesByReport.forEach((values, index) => {
      if (!values) return;
      const cluster = this.clusters.clusterOf(index);
      const merged = people.get(cluster) ?? new Map<string, Set<string>>();
      for (const [name, set] of values) merged.set(name, new Set([...(merged.get(name) ?? []), ...set]));
      people.set(cluster, merged);
    });
    const tables = new Map<string, Map<string, number>>();
    for (const d of this.dimensions) {
      const domain = domainOf(d);
      const order = new Map(domain.map((code, i) => [code, i]));
      const counts = new Map<string, number>(domain.map((code) => [code, 0]));
      for (const values of people.values()) {
        // The cap keeps the first values in list order, whatever the report's own order.
        const kept = [...(values.get(d.name) ?? [])].filter((v) => order.has(v)).sort((a, b) => order.get(a)! - order.get(b)!).slice(0, cap);
        for (const v of kept) counts.set(v, counts.get(v)! + 1);
      }
      tables.set(d.name, counts);
    }
    return { people: people.size, tables };
  }

  /** The publishable release. */
  release(options: Omit<StatsOptions, 'dimensions'>): StatsRelease {
    const exact = this.exactCounts(options.capPerPerson);
    const tables = this.dimensions.length + 1;
    // ε per table = ε / tables; the scale of the noise is sensitivity / ε per table.
    const { num, den } = options.epsilon;
    const noise = (sensitivity: number) => discreteLaplace({ num: sensitivity * tables * den, den: num }, options.random);
    const noisyPeople = exact.people + noise(1);
    const release: StatsRelease = {
      method: 'differential privacy: discrete Laplace noise, sampled exactly; one person or case contributes at most capPerPerson values to a table',
      epsilon: num / den,
      epsilonPerTable: `${num}/${den * tables}`,
      threshold: options.threshold,
      capPerPerson: options.capPerPerson,
      people: noisyPeople >= options.threshold ? noisyPeople : `<${options.threshold}`,
      tables: {},
    };
    for (const [name, counts] of exact.tables) {
      const table: Record<string, number> = {};
      for (const [code, count] of counts) {
        const noisy = count + noise(options.capPerPerson);
        if (noisy >= options.threshold) table[code] = noisy;
      }
      release.tables[name] = table;
    }
    return release;
  }
}
