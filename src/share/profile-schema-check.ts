/**
 * The last gate before anonymised output is written: it must be valid against its profile's generated schema
 * (dist/schema/profiles/), compiled ahead of time into src/generated/profile-validators.js. A report that fails
 * is refused — a bug in the anonymiser then costs one report, never a leak.
 */
import generatedValidators from '../generated/profile-validators.js';
import type { RuntimeProfile } from '../validate/runtime-model.js';
import { SharingRefusal } from './refusal.js';
import { safePlace } from './safe-place.js';

export type ProfileValidator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

let validators: Record<string, ProfileValidator> = generatedValidators;

/** For the build, which anonymises its examples before the compiled validators exist: the schemas it has just made. */
export function useProfileValidators(fresh: Record<string, ProfileValidator>): void {
  validators = fresh;
}

export function checkAgainstProfileSchema(report: unknown, profile: RuntimeProfile): void {
  const validate = Object.hasOwn(validators, profile.name) ? validators[profile.name] : undefined;
  if (!validate) throw new SharingRefusal(`the ${profile.name} profile has no compiled schema in this build`, 'rebuild the toolkit (npm run build)');
  if (validate(report)) return;
  const first = validate.errors?.[0];
  throw new SharingRefusal(
    `the anonymised report would not be valid under the ${profile.name} profile's schema (at ${safePlace(first?.instancePath ?? '')}, ${first?.keyword ?? 'unknown'} rule)`,
    'this is a fault in the anonymiser, not in the report: report it to the HTFDS maintainers with the place shown, without the report',
  );
}
