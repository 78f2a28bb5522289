/**
 * The part of Node's crypto module the anonymiser uses besides the group key's HMAC (checksums of wallet
 * addresses, the per-run keys of small-group protection), for the browser bundle. Web Crypto hashes only
 * asynchronously and these calls are synchronous, so they use @noble/hashes, bundled in. The group key's HMAC
 * does not come here: the page passes its own, made with Web Crypto (src/browser-share.ts).
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';

type Data = string | Uint8Array;
const bytesOf = (data: Data) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

function encode(bytes: Uint8Array, encoding?: string): Uint8Array | string {
  if (encoding === undefined) return bytes;
  if (encoding === 'hex') return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  if (encoding === 'base64') return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  throw new Error(`digest encoding ${encoding} is not available in the browser bundle`);
}

function only256(algorithm: string): void {
  if (algorithm !== 'sha256') throw new Error(`${algorithm} is not available in the browser bundle`);
}

export function createHash(algorithm: string) {
  only256(algorithm);
  const hash = sha256.create();
  const self = {
    update: (data: Data) => (hash.update(bytesOf(data)), self),
    digest: (encoding?: string) => encode(hash.digest(), encoding),
  };
  return self;
}

export function createHmac(algorithm: string, key: Data) {
  only256(algorithm);
  const mac = hmac.create(sha256, bytesOf(key));
  const self = {
    update: (data: Data) => (mac.update(bytesOf(data)), self),
    digest: (encoding?: string) => encode(mac.digest(), encoding),
  };
  return self;
}

export const randomBytes = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
export const randomUUID = () => globalThis.crypto.randomUUID();
