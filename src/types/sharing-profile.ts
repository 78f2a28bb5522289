/**
 * The rules of a sharing profile (schema/profiles/*.json): a type shared by the build's field model, which reads
 * the profiles, and the runtime anonymiser, which applies them, so that neither imports the other.
 */
export interface SharingProfileRules {
  name: string;
  title: string;
  acceptsTlp: string[];
  outputTlp: string;
  sanitising: boolean;
  allowedPurposes: string[];
  onwardSharing: string;
  bySensitivity: Record<string, 'keep' | 'drop' | 'method'>;
  byMethod: Record<string, 'keep' | 'drop' | 'band' | 'month' | 'quarter' | 'hmac' | 'keepIfRedacted'>;
  recordIdentifiers: 'keyed' | 'fresh' | 'unchanged';
  kAnonymity?: { k: number; suppressFirst?: string[] };
}
