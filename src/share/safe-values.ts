/**
 * The values a report may let out of the organisation because their form proves what they are: a bank's BIC,
 * LEI or routing number with its check digits, a crypto address or transaction hash in its network's encoding
 * (with its checksum where the encoding has one), a four-digit merchant category code. Text that passes none of
 * these could be anything — a survivor's name typed in the wrong box — and is removed.
 */
import { createHash } from 'node:crypto';
import runtimeModel from '../generated/runtime-model.js';

/** The form of a truncated identifier once it leaves: four masking stars and the last four digits. */
export const TRUNCATED_PATTERN = '^[*]{4}[0-9]{4}$';

const COUNTRIES = new Set(Object.keys(runtimeModel.codelists.country?.codes ?? {}));

/** ISO 9362 BIC: bank, country (a real ISO 3166 code), location, optional branch. */
function isBic(value: string): boolean {
  const m = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$/.exec(value);
  return m !== null && COUNTRIES.has(m[1]!);
}

/** ISO 7064 MOD 97-10 over letters as numbers (A=10 … Z=35): the check used by LEIs and IBANs. */
function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value) {
    const digits = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

/** ISO 17442 LEI: 18 characters and two check digits. */
const isLei = (value: string) => /^[A-Z0-9]{18}[0-9]{2}$/.test(value) && mod97(value) === 1;

/** ABA routing number: nine digits with the 3-7-1 weighted check. */
function isAbaRouting(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** The XRP Ledger's own base58 alphabet. */
const RIPPLE58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

function base58Decode(value: string, alphabet = BASE58): Uint8Array | undefined {
  let n = 0n;
  for (const ch of value) {
    const i = alphabet.indexOf(ch);
    if (i < 0) return undefined;
    n = n * 58n + BigInt(i);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const ch of value) {
    if (ch !== alphabet[0]) break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

/** Base58Check (Bitcoin and Litecoin legacy addresses, TRON): 21 bytes of payload and a double-SHA-256 checksum. */
function isBase58Check(value: string, alphabet = BASE58): boolean {
  if (value.length < 25 || value.length > 35) return false;
  const bytes = base58Decode(value, alphabet);
  if (!bytes || bytes.length !== 25) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  return check.subarray(0, 4).every((b, i) => b === bytes[21 + i]);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** BIP 173 / BIP 350 checksum (bech32 or bech32m) of a segwit address such as bc1… or ltc1…. */
function isBech32(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower !== value && value.toUpperCase() !== value) return false;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep < 7 || lower.length > 90) return false;
  const hrp = lower.slice(0, sep);
  if (!['bc', 'tb', 'ltc'].includes(hrp)) return false;
  const data = [...lower.slice(sep + 1)].map((c) => BECH32.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk === 1 || chk === 0x2bc830a3;
}

/** TON's user-friendly address: 36 bytes in base64url whose last two are the CRC-16/XMODEM of the first 34. */
function isTonAddress(value: string): boolean {
  const bytes = base64urlDecode(value);
  if (bytes?.length !== 36) return false;
  let crc = 0;
  for (const byte of bytes.subarray(0, 34)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return ((bytes[34]! << 8) | bytes[35]!) === crc;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Unpadded base64url text → bytes; undefined for any other character. Plain code, so that browsers run it too. */
function base64urlDecode(value: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let buffered = 0;
  for (const ch of value) {
    const v = BASE64URL.indexOf(ch);
    if (v < 0) return undefined;
    buffered = (buffered << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffered >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** A crypto wallet address in one of the encodings the networks of the cryptoNetwork list use. */
export function isWalletAddress(value: string): boolean {
  if (/^0x[0-9a-fA-F]{40}$/.test(value)) return true; // Ethereum and EVM chains (BNB Smart Chain, Polygon, Arbitrum)
  if (/^[13LM]/.test(value) || value.startsWith('T')) return isBase58Check(value); // Bitcoin, Litecoin, TRON
  if (/^(bc|tb|ltc)1/i.test(value)) return isBech32(value);
  if (value.startsWith('r') && isBase58Check(value, RIPPLE58)) return true; // XRP Ledger
  if (/^[EU]Q[A-Za-z0-9_-]{46}$/.test(value)) return isTonAddress(value);
  // Monero: 95 base58 characters (its checksum needs Keccak, which Node does not ship); nothing typed by hand is that shape.
  if (/^[48][1-9A-HJ-NP-Za-km-z]{94}$/.test(value)) return true;
  // Solana: a base58 Ed25519 public key, exactly 32 bytes.
  return value.length >= 32 && value.length <= 44 && base58Decode(value)?.length === 32;
}

/** A transaction hash: 32 bytes in hex, with or without 0x (Bitcoin, EVM, TRON), or a 64-byte base58 signature (Solana). */
export const isTransactionHash = (value: string) => /^(0x)?[0-9a-fA-F]{64}$/.test(value) || (value.length >= 64 && value.length <= 90 && base58Decode(value)?.length === 64);

/** A financial institution's identifier: BIC, LEI or ABA routing number, each with its structure or check digits. */
export const isInstitutionIdentifier = (value: string) => isBic(value) || isLei(value) || isAbaRouting(value);

/** A kept string's required form: a pattern (which the profile schemas also state) and, where the form has one, its check. */
export interface SafeForm {
  pattern: string;
  check?: (value: string) => boolean;
}

const WALLET: SafeForm = { pattern: '^(0x[0-9a-fA-F]{40}|[13LMTr][1-9A-HJ-NP-Za-km-z]{24,34}|(bc|tb|ltc|BC|TB|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}|[EU]Q[A-Za-z0-9_-]{46}|[48][1-9A-HJ-NP-Za-km-z]{94}|[1-9A-HJ-NP-Za-km-z]{32,44})$', check: isWalletAddress };

/** Which form proves a kept string safe, by model path; a string field not listed here leaves only as reviewed text. */
export const SAFE_FORMS: Readonly<Record<string, SafeForm>> = {
  '/accounts/*/institutionIdentifier': { pattern: '^([A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?|[A-Z0-9]{18}[0-9]{2}|[0-9]{9})$', check: isInstitutionIdentifier },
  '/accounts/*/walletAddress': WALLET,
  '/transactions/*/cryptoDetails/fromWallet': WALLET,
  '/transactions/*/cryptoDetails/toWallet': WALLET,
  '/transactions/*/cryptoDetails/txHash': { pattern: '^((0x)?[0-9a-fA-F]{64}|[1-9A-HJ-NP-Za-km-z]{64,90})$', check: isTransactionHash },
  '/scamCompound/walletAddresses/*/address': WALLET,
  '/transactions/*/intermediaryInstitution/identifier': { pattern: '^([A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?|[0-9]{9})$', check: (value) => isBic(value) || isAbaRouting(value) },
  '/transactions/*/place/region': { pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$', check: (value) => COUNTRIES.has(value.slice(0, 2)) },
  '/transactions/*/merchantCategoryCode': { pattern: '^[0-9]{4}$' },
  '/accounts/*/identifiers/*/truncated': { pattern: TRUNCATED_PATTERN },
};

/** Whether a value has the form its field requires. */
export function hasSafeForm(form: SafeForm, value: string): boolean {
  return new RegExp(form.pattern).test(value) && (form.check?.(value) ?? true);
}

/**
 * What a truncated identifier may show once it leaves: its last four digits. Letters never survive, so a name
 * typed into the box cannot, and a full number typed there is cut down to the same four digits a card receipt shows.
 */
export function truncateIdentifier(value: string): string | undefined {
  const tail = value.normalize('NFKC').replace(/[^0-9]/g, '').slice(-4);
  return tail.length === 4 ? `****${tail}` : undefined;
}
