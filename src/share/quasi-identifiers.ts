/**
 * The quasi-identifiers an aggregate release protects: every data point the schema marks x-quasiIdentifier that
 * the profile lets out, the profile's "suppress first" ones leading. Taken from the model, so a new data point
 * marked as a quasi-identifier is protected without anyone editing a profile.
 */
import type { RuntimeField, RuntimeProfile } from '../validate/runtime-model.js';
import { actionFor, type FieldAt } from './plan.js';

export function quasiIdentifierPaths(profile: RuntimeProfile, fields: readonly RuntimeField[], fieldAt: FieldAt): string[] {
  if (!profile.kAnonymity) return [];
  const outputTlp = profile.outputTlp === 'unchanged' ? 'TLP:RED' : profile.outputTlp;
  const released = fields.filter((f) => f.quasiIdentifier && actionFor(f, profile, outputTlp, fieldAt) !== 'drop').map((f) => f.path);
  const first = (profile.kAnonymity.suppressFirst ?? []).filter((p) => released.includes(p));
  return [...first, ...released.filter((p) => !first.includes(p))];
}
