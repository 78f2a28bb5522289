/**
 * What a sharing profile does with each data point: the one place where a profile, a field's sensitivity,
 * its anonymisation method and its minimum marking combine into an action. The anonymiser applies it and the
 * profile-schema generator describes its result, so the two cannot disagree.
 */
import type { RuntimeField, RuntimeProfile } from '../validate/runtime-model.js';
import { atLeastAsStrict } from './tlp.js';

export type Action = 'keep' | 'drop' | 'band' | 'month' | 'quarter' | 'hmac' | 'keepIfRedacted';

/** The action for one field, under a profile, for output released at `outputTlp`. */
export function actionFor(field: RuntimeField, profile: RuntimeProfile, outputTlp: string): Action {
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
