/**
 * The few facts the tabular layout needs beyond the field model, read from the model's bundled schema:
 * a field's limits (minimum, maximum length, pattern), the parts of an amount of money, and the order of an
 * object's properties. The bundle embeds each component file under `$defs` by file name, so a model
 * `schemaPointer` (`person.schema.json#/$defs/Person/properties/id`) and every `$ref` resolve inside it.
 */
import type { FieldModel } from '../../model/field-model.js';
import { atPointer, COMMON_SCHEMA_FILE, isObject, isMissingValueRef, splitRef } from '../../model/schema-graph.js';
import type { JsonObject } from '../../model/source.js';

interface Located {
  file: string;
  node: JsonObject;
}

function resourceRoot(bundle: JsonObject, file: string): JsonObject {
  const rootFile = String(bundle.$id).split('/').pop();
  if (file === rootFile) return bundle;
  const embedded = (bundle.$defs as JsonObject)[file];
  if (!isObject(embedded)) throw new Error(`the bundle embeds no ${file}`);
  return embedded;
}

/** The schema at `file#pointer` in the bundle. */
export function schemaAt(model: FieldModel, file: string, pointer: string): Located {
  const node = atPointer(resourceRoot(model.bundle, file), pointer);
  if (!isObject(node)) throw new Error(`no schema at ${file}#${pointer}`);
  return { file, node };
}

/** Follows `$ref`s until a schema that is not only a reference. */
function followRefs(model: FieldModel, at: Located): Located {
  let current = at;
  for (let guard = 0; typeof current.node.$ref === 'string' && guard < 20; guard++) {
    const { file, pointer } = splitRef(current.file, current.node.$ref);
    current = schemaAt(model, file, pointer);
  }
  return current;
}

/** The value schema of a data point: references followed, the missing-value alternative and list wrapping removed. */
function valueSchema(model: FieldModel, schemaPointer: string): Located {
  const [file, pointer] = schemaPointer.split('#') as [string, string];
  let current = followRefs(model, schemaAt(model, file, pointer));
  if (Array.isArray(current.node.anyOf)) {
    const rest = current.node.anyOf.filter((b): b is JsonObject => isObject(b) && !(typeof b.$ref === 'string' && isMissingValueRef(current.file, b.$ref)));
    if (rest.length === 1) current = followRefs(model, { file: current.file, node: rest[0]! });
  }
  if (current.node.type === 'array' && isObject(current.node.items)) current = followRefs(model, { file: current.file, node: current.node.items });
  return current;
}

export interface Limits {
  minimum?: number;
  maxLength?: number;
  pattern?: string;
}

/** The limits a value must keep, as far as a spreadsheet can check or show them. */
export function limitsOf(model: FieldModel, schemaPointer: string): Limits {
  const { node } = valueSchema(model, schemaPointer);
  return {
    ...(typeof node.minimum === 'number' ? { minimum: node.minimum } : {}),
    ...(typeof node.maxLength === 'number' ? { maxLength: node.maxLength } : {}),
    ...(typeof node.pattern === 'string' ? { pattern: node.pattern } : {}),
  };
}

export interface MoneyPart {
  name: string;
  title: string;
  kind: 'number' | 'code' | 'boolean';
  codelist?: string;
  sensitivity: string;
  minimum?: number;
}

/** The parts of the Money value type, in schema order. */
export function moneyParts(model: FieldModel): MoneyPart[] {
  const money = schemaAt(model, COMMON_SCHEMA_FILE, '/$defs/Money').node;
  return Object.entries(money.properties as JsonObject).map(([name, raw]) => {
    const schema = raw as JsonObject;
    const target = followRefs(model, { file: COMMON_SCHEMA_FILE, node: schema }).node;
    const title = String(schema.title ?? name);
    const sensitivity = String(schema['x-sensitivity']);
    if (typeof target['x-codelist'] === 'string') return { name, title, kind: 'code', codelist: target['x-codelist'], sensitivity };
    if (target.type === 'boolean') return { name, title, kind: 'boolean', sensitivity };
    if (target.type === 'number' || target.type === 'integer') {
      return { name, title, kind: 'number', sensitivity, ...(typeof target.minimum === 'number' ? { minimum: target.minimum } : {}) };
    }
    throw new Error(`the Money part ${name} is of a kind the tabular layout does not know`);
  });
}

/** The property names of the object that holds the data point at `schemaPointer`, in schema order. */
export function siblingOrder(model: FieldModel, schemaPointer: string): string[] {
  const [file, pointer] = schemaPointer.split('#') as [string, string];
  const objectPointer = pointer.slice(0, pointer.lastIndexOf('/properties/'));
  const { node } = schemaAt(model, file, objectPointer);
  return Object.keys(isObject(node.properties) ? node.properties : {});
}
