/**
 * The sharing group's secret key for keyed hashes, read from a file: raw bytes, or hexadecimal text. A key must
 * be 32 to 1024 bytes and not one byte value repeated (an empty disk block, a file of zeros); a key that looks
 * guessable (few distinct bytes, a repeated pattern, typed text) is used but warned about. The key itself is
 * never printed; only its fingerprint names it.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { UnusableInputError } from '../io/read-records.js';

export const MIN_KEY_BYTES = 32;
export const MAX_KEY_BYTES = 1024;
/** Below this estimate a key is warned about: 128 bits is the strength HMAC-SHA-256 keys are meant to give at least. */
const MIN_ESTIMATED_BITS = 128;
const MAKE_ONE = 'make one with: head -c 32 /dev/urandom > key.bin';

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

/**
 * Reads the key. Throws UnusableInputError when it cannot be used; calls `warn` (by default a line on standard
 * error) when it can but looks guessable.
 */
export async function readKey(path: string, warn: (message: string) => void = (m) => process.stderr.write(`htfds: warning: ${m}\n`)): Promise<Uint8Array> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new UnusableInputError('the key file does not exist or cannot be read', path);
  // Hexadecimal text takes two characters a byte, and may end with a line break.
  if (info.size > 2 * MAX_KEY_BYTES + 2) throw new UnusableInputError(`the key file is ${info.size} bytes; a key is ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes: ${MAKE_ONE}`, path);
  const bytes = await readFile(path).catch(() => {
    throw new UnusableInputError('the key file does not exist or cannot be read', path);
  });
  const text = bytes.toString('latin1').trim();
  const hex = /^([0-9a-fA-F]{2}){32,}$/.test(text);
  const key = hex ? Buffer.from(text, 'hex') : bytes;
  if (key.length < MIN_KEY_BYTES) throw new UnusableInputError(`the key is shorter than ${MIN_KEY_BYTES} bytes; ${MAKE_ONE}`, path);
  if (key.length > MAX_KEY_BYTES) throw new UnusableInputError(`the key is longer than ${MAX_KEY_BYTES} bytes; a key is ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes: ${MAKE_ONE}`, path);
  if (key.every((b) => b === key[0])) throw new UnusableInputError(`the key is one byte value repeated, which anyone could guess; ${MAKE_ONE}`, path);
  // Printable ASCII that is not hexadecimal: a passphrase someone typed.
  const typedText = !hex && /^[\x20-\x7e\t\r\n]+$/.test(bytes.toString('latin1'));
  const weak = weakKeyReason(key, typedText);
  if (weak) warn(`${path}: the key looks guessable: ${weak}; a key of random bytes is safer (${MAKE_ONE})`);
  return key;
}

/** A key's public name when none is given: the start of its SHA-256, which tells keys apart without revealing them. */
export const keyFingerprint = (key: Uint8Array) => `sha256:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
