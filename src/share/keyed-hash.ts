/**
 * HMAC-SHA-256 under the sharing group's key, the one operation of the anonymiser that needs the key. Node's
 * implementation by default; a browser, where Web Crypto only hashes asynchronously, passes its own (see
 * src/browser-share.ts), so that the same anonymiser code runs in both and gives the same bytes.
 */
import { createHmac } from 'node:crypto';

/** HMAC-SHA-256 of the UTF-8 text under the key. */
export type KeyedHash = (key: Uint8Array, text: string) => Uint8Array;

export const nodeKeyedHash: KeyedHash = (key, text) => createHmac('sha256', key).update(text, 'utf8').digest();

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
