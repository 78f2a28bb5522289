/**
 * The sharing group's secret key for keyed hashes, read from a file: raw bytes, or hexadecimal text. A key must
 * be 32 to 1024 bytes and not one byte value repeated (an empty disk block, a file of zeros); a key that looks
 * guessable (few distinct bytes, a repeated pattern, typed text) is used but warned about. The key itself is
 * never printed; only its fingerprint names it. The checks are in key-bytes.ts, which a browser runs too.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { UnusableInputError } from '../io/read-records.js';
import { KeyRefused, keyFromBytes, MAX_KEY_BYTES, MIN_KEY_BYTES, MAKE_ONE } from './key-bytes.js';

export { MAX_KEY_BYTES, MIN_KEY_BYTES, weakKeyReason } from './key-bytes.js';

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
  try {
    return keyFromBytes(new Uint8Array(bytes), (m) => warn(`${path}: ${m}`));
  } catch (error) {
    if (error instanceof KeyRefused) throw new UnusableInputError(error.reason, path);
    throw error;
  }
}

/** A key's public name when none is given: the start of its SHA-256, which tells keys apart without revealing them. */
export const keyFingerprint = (key: Uint8Array) => `sha256:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
