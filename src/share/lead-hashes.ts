/**
 * The keyed hashes a shared report carries, each with its place, the key ID written beside it and the scheme of
 * the identifier it hashes: what a member holding the group's key matches its own records against
 * (`htfds match-leads`). The hashes are found where the schema has them (every data point of kind hmac).
 */
import runtimeModel from '../generated/runtime-model.js';
import { fieldsByPath } from '../validate/model-index.js';
import { valuesAt } from '../validate/paths.js';
import { keyIdPathFor } from './key-ids.js';
import { schemeBeside } from './normalise.js';

export interface KeyedHashAt {
  /** JSON pointer of the hash in the report, e.g. /accounts/0/identifiers/0/valueHmac. */
  pointer: string;
  /** The hash, lower-case hexadecimal. */
  hash: string;
  /** The key ID written beside the hash; undefined when there is none. */
  keyId?: string;
  /** The scheme (or type) of the identifier hashed, when written beside it. */
  scheme?: string;
}

const HASH_FIELDS = runtimeModel.fields
  .filter((f) => f.kind === 'hmac')
  .map((f) => {
    const cut = f.path.lastIndexOf('/');
    const keyIdPath = keyIdPathFor(f.path, (p) => fieldsByPath.has(p));
    return { parentPath: f.path.slice(0, cut), name: f.path.slice(cut + 1), keyIdName: keyIdPath?.slice(keyIdPath.lastIndexOf('/') + 1) };
  });

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every keyed hash in the report, in the schema's order of data points. */
export function keyedHashesIn(report: unknown): KeyedHashAt[] {
  const found: KeyedHashAt[] = [];
  for (const field of HASH_FIELDS) {
    const parents = field.parentPath === '' ? [{ pointer: '', value: report }] : valuesAt(report, field.parentPath);
    for (const { pointer, value } of parents) {
      if (!isObject(value) || typeof value[field.name] !== 'string') continue;
      const keyId = field.keyIdName !== undefined && typeof value[field.keyIdName] === 'string' ? (value[field.keyIdName] as string) : undefined;
      const scheme = schemeBeside(value);
      found.push({ pointer: `${pointer}/${field.name}`, hash: (value[field.name] as string).toLowerCase(), ...(keyId !== undefined ? { keyId } : {}), ...(scheme !== undefined ? { scheme } : {}) });
    }
  }
  return found;
}
