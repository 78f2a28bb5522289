/**
 * What a sharing profile does with each data point: the one place where a profile, a field's sensitivity,
 * its anonymisation method and its minimum marking combine into an action. The anonymiser applies it and the
 * profile-schema generator describes its result, so the two cannot disagree.
 */
import type { RuntimeField, RuntimeProfile } from '../validate/runtime-model.js';
import { atLeastAsStrict } from './tlp.js';

export type Action = 'keep' | 'drop' | 'band' | 'month' | 'quarter' | 'hmac' | 'keepIfRedacted';

/** The data point at a model path, for fields derived from others. */
export type FieldAt = (path: string) => Pick<RuntimeField, 'path' | 'sensitivity' | 'anonymisation' | 'tlpMin' | 'kind'> | undefined;

/**
 * Whether an action leaves no form of the data point at all: hashing a value that has no hash field beside it
 * takes it away, as does banding one that is neither money nor a band code. The anonymiser removes such values
 * (missing values included) and the profile schemas do not allow them.
 */
export const removesDataPoint = (action: Action, kind: string) => action === 'drop' || (action === 'hmac' && kind !== 'hmac') || (action === 'band' && kind !== 'money' && kind !== 'code');

/** Whether the profile's output leaves the organisation (every profile but the internal one). */
export const leavesOrganisation = (profile: Pick<RuntimeProfile, 'outputTlp'>) => profile.outputTlp !== 'unchanged';

function ownAction(field: Pick<RuntimeField, 'sensitivity' | 'anonymisation' | 'tlpMin'>, profile: RuntimeProfile, outputTlp: string): Action {
  const bySensitivity = profile.bySensitivity[field.sensitivity];
  if (bySensitivity === 'drop') return 'drop';
  if (bySensitivity === 'keep') return 'keep';
  // A field that may be shared in clear under a marking this strict is kept (e.g. wallet addresses at TLP:AMBER).
  if (field.tlpMin && atLeastAsStrict(outputTlp, field.tlpMin)) return 'keep';
  const mapped = profile.byMethod[field.anonymisation] ?? 'drop';
  if (field.sensitivity === 'P4' && mapped === 'keep') {
    // Direct identifiers are never kept by "method": each gets its own method literally.
    return field.anonymisation === 'HMAC' ? 'hmac' : field.anonymisation === 'BAND' ? 'band' : 'drop';
  }
  return mapped;
}

/**
 * The action for one field, under a profile, for output released at `outputTlp`. A value computed from another
 * (a retention date from the report date) is coarsened or dropped with its source, or it would give the source away.
 */
export function actionFor(field: Pick<RuntimeField, 'sensitivity' | 'anonymisation' | 'tlpMin' | 'derivedFrom'>, profile: RuntimeProfile, outputTlp: string, fieldAt?: FieldAt): Action {
  const own = ownAction(field, profile, outputTlp);
  const source = field.derivedFrom ? fieldAt?.(field.derivedFrom) : undefined;
  if (!source || own === 'drop') return own;
  const inherited = ownAction(source, profile, outputTlp);
  return inherited === 'keep' || inherited === 'keepIfRedacted' ? own : inherited === 'hmac' || inherited === 'band' ? 'drop' : inherited;
}
