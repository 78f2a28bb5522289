/**
 * HMAC-SHA-256 under the sharing group's key, the one operation of the anonymiser that needs the key. Node's
 * implementation by default; a browser, where Web Crypto only hashes asynchronously, passes its own (see
 * src/browser-share.ts), so that the same anonymiser code runs in both and gives the same bytes.
 */
import { createHmac } from 'node:crypto';
import { normaliseIdentifier } from './normalise.js';

/** HMAC-SHA-256 of the UTF-8 text under the key. */
export type KeyedHash = (key: Uint8Array, text: string) => Uint8Array;

export const nodeKeyedHash: KeyedHash = (key, text) => createHmac('sha256', key).update(text, 'utf8').digest();

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The keyed hash of one identifier as the anonymiser writes it (`valueHmac`, `registrationNumberHmac`): the value
 * normalised for its scheme (src/share/normalise.ts), HMAC-SHA-256 under the group's key, lower-case hexadecimal.
 * `scheme` is what sits beside the value: an account identifier's `scheme` (accountIdentifierScheme) or a
 * person identifier's `type` (identifierType); undefined where there is none (a registration number). A member
 * holding the group's key hashes its own customers' identifiers with it to match the hashes of a lead.
 */
export function identifierHash(key: Uint8Array, scheme: string | undefined, value: string, keyedHash: KeyedHash = nodeKeyedHash): string {
  return toHex(keyedHash(key, normaliseIdentifier(scheme, value)));
}
