/**
 * The last gate before anonymised output is written: it must be valid against its profile's generated schema
 * (dist/schema/profiles/), compiled ahead of time into src/generated/profile-verdicts.js, which decides, and
 * src/generated/profile-validators.js (Ajv), which says where a rejected output fails. A report that fails is
 * refused — a bug in the anonymiser then costs one report, never a leak.
 */
import generatedValidators from '../generated/profile-validators.js';
import generatedVerdicts from '../generated/profile-verdicts.js';
import type { RuntimeProfile } from '../validate/runtime-model.js';
import { SharingRefusal } from './refusal.js';
import { safePlace } from './safe-place.js';

export type ProfileValidator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

let validators: Record<string, ProfileValidator> = generatedValidators;
let verdicts: Record<string, (data: unknown) => boolean> = generatedVerdicts;

/** For the build, which anonymises its examples before the compiled validators exist: the schemas it has just made (they decide alone). */
export function useProfileValidators(fresh: Record<string, ProfileValidator>): void {
  validators = fresh;
  verdicts = {};
}

export function checkAgainstProfileSchema(report: unknown, profile: RuntimeProfile): void {
  const validate = Object.hasOwn(validators, profile.name) ? validators[profile.name] : undefined;
  if (!validate) throw new SharingRefusal(`the ${profile.name} profile has no compiled schema in this build`, 'rebuild the toolkit (npm run build)');
  // The verdict check answers in a fraction of Ajv's time; Ajv runs only to place a failure (and decides where no verdict check was built).
  const verdict = Object.hasOwn(verdicts, profile.name) ? verdicts[profile.name] : undefined;
  if (verdict?.(report) || validate(report)) return;
  const first = validate.errors?.[0];
  throw new SharingRefusal(
    `the anonymised report would not be valid under the ${profile.name} profile's schema (at ${safePlace(first?.instancePath ?? '')}, ${first?.keyword ?? 'unknown'} rule)`,
    'this is a fault in the anonymiser, not in the report: report it to the HTFDS maintainers with the place shown, without the report',
  );
}
