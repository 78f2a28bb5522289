/**
 * The one anonymiser every door calls (command line, sharing hub, browser): reports in, anonymised reports and
 * refusals out, streamed. When the profile protects small groups it reads the input twice — once to learn the
 * rare combinations of quasi-identifiers and which reports describe the same people, once to release — so the
 * caller hands over a function that opens the input, not the input itself.
 *
 * Fail closed: anything unexpected in a report refuses that report, with a reason that never quotes it, and the
 * batch goes on. Every released report has passed its profile's schema.
 */
import runtimeModel from '../generated/runtime-model.js';
import { fieldsByPath } from '../validate/model-index.js';
import type { Finding } from '../validate/finding.js';
import { anonymiseReport, getProfile, refuseInvalid, type AnonymiseNotes, type AnonymiseOptions } from './anonymise.js';
import { IdentityClusters, identityKeys } from './identity-clusters.js';
import { applySuppression, planSuppression, quasiIdentifierValues, type SuppressionPlan } from './k-anonymity.js';
import { checkAgainstProfileSchema } from './profile-schema-check.js';
import { quasiIdentifierPaths } from './quasi-identifiers.js';
import { SharingRefusal } from './refusal.js';

type Json = Record<string, unknown>;

/** One report to anonymise, and where it came from (a file and line, never its content). */
export interface SourceReport {
  data: unknown;
  place: string;
  /** What reading its text found (src/io/report-json.ts); an error there refuses the report as validation's would. */
  findings?: readonly Finding[];
}

export type BatchEvent = { type: 'shared'; place: string; report: Json } | { type: 'refused'; place: string; reason: string; hint: string };

export interface BatchSummary {
  shared: number;
  refused: number;
  /** What was changed or removed, counted per kind (for the person releasing the data, never the reports). */
  notes: AnonymiseNotes;
}

const UNEXPECTED = new SharingRefusal('the anonymiser met something in the report it does not expect, so it did not share it', 'run htfds validate on it; if it is valid, report the fault to the HTFDS maintainers without the report');

const CHANGED = new SharingRefusal('the input changed between the two readings that small-group protection needs', 'run the command again on input that is not being written to');

/** Anonymises one report, turning every failure into a refusal. */
function tryAnonymise({ data, findings }: SourceReport, options: AnonymiseOptions, notes: AnonymiseNotes): Json | SharingRefusal {
  try {
    refuseInvalid(findings ?? []);
    return anonymiseReport(data, options, notes);
  } catch (error) {
    return error instanceof SharingRefusal ? error : UNEXPECTED;
  }
}

export async function* anonymiseBatch(open: () => AsyncIterable<SourceReport>, options: AnonymiseOptions): AsyncGenerator<BatchEvent, BatchSummary> {
  const profile = getProfile(options.profile);
  const notes: AnonymiseNotes = {};
  const k = profile.kAnonymity;
  const paths = quasiIdentifierPaths(profile, runtimeModel.fields, (p) => fieldsByPath.get(p));

  // First pass, only for small-group protection: the quasi-identifiers and identity keys of every report.
  let plan: SuppressionPlan | undefined;
  const planned = new Set<number>();
  if (k) {
    const values: (string[] | undefined)[] = [];
    const clusters = new IdentityClusters();
    let index = 0;
    for await (const source of open()) {
      const i = index++;
      const result = tryAnonymise(source, options, {});
      if (result instanceof SharingRefusal) continue;
      values[i] = quasiIdentifierValues(result, paths);
      planned.add(i);
      clusters.add(i, identityKeys(source.data, result));
    }
    plan = planSuppression(values, paths, k.k, (r) => clusters.clusterOf(r));
    for (const [what, n] of Object.entries(plan.summary)) notes[what] = n;
  }

  const summary: BatchSummary = { shared: 0, refused: 0, notes };
  let index = 0;
  for await (const source of open()) {
    const i = index++;
    let outcome = tryAnonymise(source, options, notes);
    if (!(outcome instanceof SharingRefusal) && plan && k) {
      if (plan.withheld.has(i)) continue;
      // A report the first reading could not anonymise was never weighed for small groups: it cannot go out now.
      if (!planned.has(i)) outcome = CHANGED;
    }
    if (!(outcome instanceof SharingRefusal) && plan && k) {
      try {
        applySuppression(outcome, plan.actions.get(i) ?? new Map());
        (outcome.sharing as Json).kAnonymityThreshold = k.k;
        checkAgainstProfileSchema(outcome, profile);
      } catch (error) {
        outcome = error instanceof SharingRefusal ? error : UNEXPECTED;
      }
    }
    if (outcome instanceof SharingRefusal) {
      summary.refused++;
      yield { type: 'refused', place: source.place, reason: outcome.reason, hint: outcome.hint };
    } else {
      summary.shared++;
      yield { type: 'shared', place: source.place, report: outcome };
    }
  }
  return summary;
}
