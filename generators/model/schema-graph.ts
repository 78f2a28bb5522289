/**
 * Navigation over the schema files as one graph: JSON pointers, $ref resolution across files,
 * a walk over every subschema, and the shape of a property (value, object, or list of objects).
 */
import { escapePointerToken } from '../../src/io/strict-json.js';
import type { JsonObject, SchemaSource } from './source.js';

export const COMMON_SCHEMA_FILE = 'common.schema.json';
const MISSING_VALUE_REF = `${COMMON_SCHEMA_FILE}#/$defs/MissingValue`;

export interface SchemaLocation {
  file: string;
  pointer: string;
  node: JsonObject;
}

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the value at a JSON pointer, or undefined. */
export function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return pointer === '' ? root : undefined;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** Splits a $ref into target file and pointer; a ref without a file part stays in `fromFile`. */
export function splitRef(fromFile: string, ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : decodeURIComponent(ref.slice(hash + 1));
  return { file: filePart === '' ? fromFile : filePart, pointer };
}

/** Resolves a $ref written in `fromFile`; undefined when the file or the pointer does not exist. */
export function resolveRef(source: SchemaSource, fromFile: string, ref: string): SchemaLocation | undefined {
  const { file, pointer } = splitRef(fromFile, ref);
  const target = source.schemas.get(file);
  if (!target) return undefined;
  const node = atPointer(target.content, pointer);
  return isObject(node) ? { file, pointer, node } : undefined;
}

/** True when the $ref (written in `fromFile`) points at the shared MissingValue type. */
export function isMissingValueRef(fromFile: string, ref: string): boolean {
  const { file, pointer } = splitRef(fromFile, ref);
  return `${file}#${pointer}` === MISSING_VALUE_REF;
}

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SCHEMA_KEYWORDS = ['items', 'contains', 'additionalProperties', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'];
const SCHEMA_LIST_KEYWORDS = ['anyOf', 'allOf', 'oneOf', 'prefixItems'];

/** Visits every subschema of a schema document, depth first, with its JSON pointer. */
export function* walkSubschemas(node: JsonObject, pointer = ''): Generator<{ node: JsonObject; pointer: string }> {
  yield { node, pointer };
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const map = node[key];
    if (!isObject(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      if (isObject(child)) yield* walkSubschemas(child, `${pointer}/${key}/${escapePointerToken(name)}`);
    }
  }
  for (const key of SCHEMA_KEYWORDS) {
    const child = node[key];
    if (isObject(child)) yield* walkSubschemas(child, `${pointer}/${key}`);
  }
  for (const key of SCHEMA_LIST_KEYWORDS) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    for (const [i, child] of list.entries()) if (isObject(child)) yield* walkSubschemas(child, `${pointer}/${key}/${i}`);
  }
}

export type Shape = 'value' | 'object' | 'list';

/**
 * What a property holds: a single data point ('value'), a nested object of data points ('object'), or a
 * list of such objects ('list'). Objects defined in common.schema.json (Money, MissingValue) are value
 * types: one data point each. Alternatives that only add MissingValue do not change the shape.
 */
export function shapeOf(source: SchemaSource, file: string, schema: JsonObject, seen = new Set<string>()): Shape {
  if (typeof schema.$ref === 'string') {
    if (isMissingValueRef(file, schema.$ref)) return 'value';
    const target = resolveRef(source, file, schema.$ref);
    const key = target && `${target.file}#${target.pointer}`;
    if (!target || !key || seen.has(key) || target.file === COMMON_SCHEMA_FILE) return 'value';
    seen.add(key);
    return shapeOf(source, target.file, target.node, seen);
  }
  if (isObject(schema.properties)) return 'object';
  if (schema.type === 'array' && isObject(schema.items)) {
    return shapeOf(source, file, schema.items, seen) === 'object' ? 'list' : 'value';
  }
  for (const key of ['anyOf', 'oneOf']) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    const shapes = branches.filter(isObject).map((b) => shapeOf(source, file, b, seen));
    if (shapes.includes('object')) return 'object';
    if (shapes.includes('list')) return 'list';
  }
  return 'value';
}
