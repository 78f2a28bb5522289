/**
 * Planting for leak tests, as an attacker would: every string position of the model (local identifiers and the
 * references to them, open lists, free text and text-shaped fields, keyed hashes under another group's key, key
 * IDs, version labels, direct identifiers) gets a distinctive value that stays valid for its field. All synthetic.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { loadFieldModel } from '../../generators/load-model.js';
import type { FieldEntry } from '../../generators/model/field-model.js';
import { isValid, validateCaseReport } from '../../src/index.js';
import { arbitraryReport } from './arbitrary-report.js';

const model = loadFieldModel('schema');
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export const STRING_KINDS = new Set(['id', 'ref', 'refs', 'string', 'strings', 'text', 'hmac']);
export const fieldsByPath = new Map(model.fields.map((f) => [f.path, f]));
export const isOpenList = (f: FieldEntry) => f.codelist !== undefined && model.codelists.get(f.codelist)!.open;
/**
 * Positions that cannot hold a distinctive value in a valid report: four digits, a catalogue ID (unknown IDs make
 * the report invalid), a pointer that must resolve, a two- or three-letter language code, an ISO 3166-2 region code.
 */
export const UNPLANTABLE = new Set(['/transactions/*/merchantCategoryCode', '/transactions/*/place/region', '/indicators/*/indicatorId', '/sharing/fieldLevelTlp/*/path', '/persons/*/primaryLanguage', '/countriesInvolved/*/region']);

/** A value for the field that carries `secret` and passes the field's own pattern and length. */
export function plantedValue(field: FieldEntry, secret: string, digits: string): string | undefined {
  const candidates = [secret, `${secret}-${digits}`, secret.toUpperCase().replace(/[^A-Z0-9]/g, ''), `${digits}.${digits.slice(0, 3)}.1`];
  const { pattern, maxLength, minLength } = field.constraints;
  return candidates.find((c) => (!pattern || new RegExp(pattern, 'u').test(c)) && (maxLength === undefined || c.length <= maxLength) && (minLength === undefined || c.length >= minLength));
}

export interface Planted {
  report: Record<string, any>;
  /** Values that must not leave, in any form. */
  secrets: string[];
}

/** Replaces the value at a pointer-like walk of a model path with `make(old)`, for every item. */
function replaceAll(report: unknown, path: string, make: (old: unknown) => unknown): void {
  const tokens = path.slice(1).split('/');
  const walk = (node: unknown, i: number): void => {
    if (node === null || typeof node !== 'object') return;
    const token = tokens[i]!;
    if (token === '*') {
      if (Array.isArray(node)) node.forEach((item, j) => (i === tokens.length - 1 ? (node[j] = make(item)) : walk(item, i + 1)));
      return;
    }
    if (Array.isArray(node) || !Object.hasOwn(node, token)) return;
    const holder = node as Record<string, unknown>;
    if (i === tokens.length - 1) holder[token] = make(holder[token]);
    else walk(holder[token], i + 1);
  };
  walk(report, 0);
}

let counter = 0;
export function plant(base: Record<string, any>, seed: number): Planted {
  const report = structuredClone(base);
  const secrets: string[] = [];
  const fresh = () => {
    const n = counter++;
    let letters = '';
    for (let v = seed * 100_000 + n; v > 0; v = Math.floor(v / 26)) letters += String.fromCharCode(97 + (v % 26));
    const secret = `Zq${letters}Survivor`;
    secrets.push(secret);
    return { secret, digits: `44770${String(900000 + (n % 99999)).padStart(6, '0')}` };
  };
  // Direct identifiers are allowed only under TLP:AMBER or stricter; both profiles take AMBER and this purpose.
  report.sharing = { ...report.sharing, tlp: 'TLP:AMBER', permittedPurposes: ['transactionMonitoringTuning'] };
  delete report.sharing.sanitisationMethods;
  report.narrativeRedacted = false;

  // Local identifiers and every reference to them, renamed consistently.
  const renamed = new Map<string, string>();
  for (const field of model.fields.filter((f) => f.kind === 'id')) {
    replaceAll(report, field.path, (old) => {
      const { secret, digits } = fresh();
      const id = plantedValue(field, secret, digits)!;
      renamed.set(String(old), id);
      return id;
    });
  }
  for (const field of model.fields.filter((f) => f.kind === 'ref' || f.kind === 'refs')) {
    replaceAll(report, field.path, (old) => (Array.isArray(old) ? old.map((r) => renamed.get(String(r)) ?? r) : (renamed.get(String(old)) ?? old)));
  }
  for (const field of model.fields) {
    if (field.kind === 'id' || field.kind === 'ref' || field.kind === 'refs' || UNPLANTABLE.has(field.path)) continue;
    if (field.path === '/schemaVersion' || field.path === '/indicatorCatalogueVersion') continue; // planted below
    const open = isOpenList(field);
    if (!open && !STRING_KINDS.has(field.kind)) continue;
    replaceAll(report, field.path, (old) => {
      if (old === undefined || (old !== null && typeof old === 'object' && !Array.isArray(old))) return old; // a missing value
      const one = () => {
        const { secret, digits } = fresh();
        if (field.kind === 'hmac') {
          // A keyed hash under another group's key: 32 bytes that spell the secret.
          return Buffer.from(secret.padEnd(32, 'Q').slice(0, 32)).toString('hex');
        }
        return open ? `${secret} Name` : plantedValue(field, secret, digits);
      };
      return Array.isArray(old) ? old.map(() => one()) : one();
    });
    if (field.kind === 'hmac') {
      const keyIdPath = [`${field.path.replace(/Hmac$/, '')}KeyId`, `${field.path.slice(0, field.path.lastIndexOf('/'))}/keyId`].find((p) => fieldsByPath.has(p));
      if (keyIdPath) replaceAll(report, keyIdPath, (old) => (old === undefined ? old : 'other-group-key'));
    }
  }
  // Hex forms of the hash-shaped secrets are secrets too.
  for (const s of [...secrets]) secrets.push(Buffer.from(s.padEnd(32, 'Q').slice(0, 32)).toString('hex'));
  // Version numbers are digits and dots: a phone number fits.
  report.schemaVersion = '447700.900124.1';
  secrets.push('447700.900124.1');
  if (report.indicatorCatalogueVersion !== undefined) {
    report.indicatorCatalogueVersion = '447700.900123.1';
    secrets.push('447700.900123.1');
  }
  return { report, secrets };
}

/** Every form in which a planted value could leave. */
export function forms(secret: string): string[] {
  const normalised = secret.normalize('NFKC').replace(/[\s-]/g, '');
  return [secret, secret.toLowerCase(), normalised, normalised.toUpperCase(), sha256(secret), sha256(normalised), sha256(normalised.toUpperCase()), sha256(secret.toLowerCase())];
}

export const plantedReport = fc.tuple(arbitraryReport({ maxItems: 2 }), fc.integer({ min: 1, max: 1_000_000 })).map(([report, seed]) => plant(report, seed)).filter(({ report }) => isValid(validateCaseReport(report)));

