/**
 * The checks on the sharing group's key, from the bytes of its file: raw bytes, or hexadecimal text (nothing but
 * hexadecimal digits, two a byte, with spaces and line breaks anywhere, as `xxd -p` writes it in lines). A key must be 32 to 1024 bytes and not
 * one byte value repeated; a key that looks guessable is used but warned about.
 * No Node built-ins, so that the browser page checks a key exactly as `htfds anonymise` does.
 */
export const MIN_KEY_BYTES = 32;
export const MAX_KEY_BYTES = 1024;
/** Below this estimate a key is warned about: 128 bits is the strength HMAC-SHA-256 keys are meant to give at least. */
const MIN_ESTIMATED_BITS = 128;
export const MAKE_ONE = 'make one with: head -c 32 /dev/urandom > key.bin';

/** A key that cannot be used, and why (never the key itself). */
export class KeyRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Shannon entropy of the byte values times the length: a rough upper bound on the key's strength, in bits. */
function estimatedBits(key: Uint8Array): number {
  const counts = new Map<number, number>();
  for (const b of key) counts.set(b, (counts.get(b) ?? 0) + 1);
  let perByte = 0;
  for (const n of counts.values()) perByte -= (n / key.length) * Math.log2(n / key.length);
  return perByte * key.length;
}

/** The shortest period the key repeats with, if it is a block written more than once. */
function repeatedBlock(key: Uint8Array): number | undefined {
  for (let period = 1; period <= key.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < key.length && repeats; i++) repeats = key[i] === key[i - period];
    if (repeats) return period;
  }
  return undefined;
}

/** Why the key looks guessable, or undefined. */
export function weakKeyReason(key: Uint8Array, typedText: boolean): string | undefined {
  const period = repeatedBlock(key);
  if (period !== undefined) return `it repeats a block of ${period} byte(s)`;
  if (typedText) return 'it is text typed by a person (a passphrase), not random bytes';
  const bits = estimatedBits(key);
  if (bits < MIN_ESTIMATED_BITS) return `its bytes vary too little (about ${Math.floor(bits)} bits, less than ${MIN_ESTIMATED_BITS})`;
  return undefined;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** The key in a key file's bytes. Throws KeyRefused when it cannot be used; calls `warn` when it can but looks guessable. */
export function keyFromBytes(bytes: Uint8Array, warn: (message: string) => void): Uint8Array {
  // Nothing but hexadecimal digits (and white space between them) is a hexadecimal key, whatever its length: one too
  // short, or with a digit missing, is refused as such rather than used as a passphrase of its characters (which
  // would be a different key from the one the group meant, and no one would be told).
  const whole = latin1(bytes);
  const hex = /^[0-9a-fA-F\s]+$/.test(whole) && /[0-9a-fA-F]/.test(whole);
  const text = hex ? whole.replace(/\s+/g, '') : whole.trim();
  if (hex && text.length % 2 === 1) throw new KeyRefused(`the key file holds ${text.length} hexadecimal characters, an odd number: a hexadecimal key has two a byte, so one is missing or extra; ${MAKE_ONE}`);
  if (hex && text.length < 2 * MIN_KEY_BYTES) throw new KeyRefused(`the key file looks like a hexadecimal key of ${text.length / 2} bytes; a key needs at least ${MIN_KEY_BYTES} bytes (${2 * MIN_KEY_BYTES} hexadecimal characters): ${MAKE_ONE}`);
  const key = hex ? Uint8Array.from(text.match(/../g)!, (pair) => parseInt(pair, 16)) : bytes;
  if (key.length < MIN_KEY_BYTES) throw new KeyRefused(`the key is shorter than ${MIN_KEY_BYTES} bytes; ${MAKE_ONE}`);
  if (key.length > MAX_KEY_BYTES) throw new KeyRefused(`the key is longer than ${MAX_KEY_BYTES} bytes; a key is ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes: ${MAKE_ONE}`);
  if (key.every((b) => b === key[0])) throw new KeyRefused(`the key is one byte value repeated, which anyone could guess; ${MAKE_ONE}`);
  // Printable ASCII that is not hexadecimal: a passphrase someone typed.
  const typedText = !hex && /^[\x20-\x7e\t\r\n]+$/.test(latin1(bytes));
  const weak = weakKeyReason(key, typedText);
  if (weak) warn(`the key looks guessable: ${weak}; a key of random bytes is safer (${MAKE_ONE})`);
  return key;
}
