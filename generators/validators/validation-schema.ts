/**
 * The schema the validators are compiled from: the model's bundle flattened into one document ($defs by
 * name), stripped of everything that is only for people (titles, descriptions, annotations), and with each
 * closed code list checked by a Set-backed keyword instead of `enum`, which Ajv checks one code at a time.
 */
import type { FieldModel } from '../model/field-model.js';
import { flatRef, flattenBundle } from '../model/bundle-schema.js';
import { isObject } from '../model/schema-graph.js';
import type { JsonObject } from '../model/source.js';

/** Our keyword: the value must be one of these codes. */
export const CODES_KEYWORD = 'x-codes';
/** Kept on code-list definitions so that errors can say which code list a value belongs to. */
export const CODELIST_KEYWORD = 'x-codelist';

/** Copies a schema for validation; `ref` turns each `$ref` into its flat form. */
function strip(node: unknown, ref: (value: string) => string): unknown {
  if (Array.isArray(node)) return node.map((n) => strip(n, ref));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' || key === 'description' || key === '$id' || key === '$schema' || key === '$defs' || key === '$comment') continue;
    if (key.startsWith('x-') && key !== CODELIST_KEYWORD) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = ref(value);
    else if (key === 'enum' && typeof node[CODELIST_KEYWORD] === 'string') out[CODES_KEYWORD] = value;
    else if (key === 'properties' || key === 'dependentSchemas' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, strip(v, ref)]));
    } else out[key] = strip(value, ref);
  }
  return out;
}

/** Builds the validation schema from the model's bundle. */
export function validationSchema(model: FieldModel): JsonObject {
  const flat = flattenBundle(model.bundle, (schema, file) => strip(schema, (ref) => flatRef(ref, file)) as JsonObject);
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: String(model.bundle.$id), ...flat };
}

/** The same for a schema that is already one document with its definitions under `$defs` (a profile schema). */
export function flatValidationSchema(flat: JsonObject): JsonObject {
  const { $defs, ...root } = flat;
  return { ...(strip(root, (ref) => ref) as JsonObject), $defs: Object.fromEntries(Object.entries(($defs ?? {}) as JsonObject).map(([name, def]) => [name, strip(def, (ref) => ref)])) };
}
