/**
 * The few value constraints a form question needs (pattern, bounds, length, minimum items) and the parts of the
 * Money type, read from the bundled schema that the field model carries. Forms check what they can while the
 * interview happens; the validator still checks everything after import.
 */
import type { FieldEntry, FieldModel } from '../../model/field-model.js';
import { atPointer, isMissingValueRef, isObject, splitRef } from '../../model/schema-graph.js';
import { ROOT_SCHEMA_FILE, type JsonObject } from '../../model/source.js';

export interface ValueFacts {
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** For lists of values: the fewest items an answer may have. */
  minItems?: number;
}

/** A schema location in the bundle: component files are embedded under `$defs[<file name>]`. */
function nodeAt(model: FieldModel, file: string, pointer: string): JsonObject | undefined {
  const defs = model.bundle.$defs as JsonObject | undefined;
  const document = file === ROOT_SCHEMA_FILE ? model.bundle : defs?.[file];
  const node = atPointer(document, pointer);
  return isObject(node) ? node : undefined;
}

/** Follows $refs (and the value branch of value-or-missing anyOfs), collecting the constraints on the way. */
function collect(model: FieldModel, file: string, schema: JsonObject, facts: ValueFacts, depth = 0): void {
  if (depth > 12) return;
  for (const key of ['pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems'] as const) {
    const value = schema[key];
    if ((typeof value === 'string' || typeof value === 'number') && facts[key] === undefined) (facts as Record<string, unknown>)[key] = value;
  }
  if (typeof schema.$ref === 'string') {
    if (isMissingValueRef(file, schema.$ref)) return;
    const target = splitRef(file, schema.$ref);
    const node = nodeAt(model, target.file, target.pointer);
    if (node) collect(model, target.file, node, facts, depth + 1);
  }
  if (Array.isArray(schema.anyOf)) {
    for (const branch of schema.anyOf) if (isObject(branch)) collect(model, file, branch, facts, depth + 1);
  }
  if (isObject(schema.items)) {
    // Constraints of the items apply to each value, except minItems which belongs to the list.
    const itemFacts: ValueFacts = {};
    collect(model, file, schema.items, itemFacts, depth + 1);
    delete itemFacts.minItems;
    for (const [k, v] of Object.entries(itemFacts)) if ((facts as Record<string, unknown>)[k] === undefined) (facts as Record<string, unknown>)[k] = v;
  }
}

/** The constraints of one data point. */
export function valueFacts(model: FieldModel, field: FieldEntry): ValueFacts {
  const hash = field.schemaPointer.indexOf('#');
  const file = field.schemaPointer.slice(0, hash);
  const schema = nodeAt(model, file, field.schemaPointer.slice(hash + 1));
  const facts: ValueFacts = {};
  if (schema) collect(model, file, schema, facts);
  return facts;
}

/** The objects whose `dependentRequired` make one property required when another is given. */
export function dependentRequired(model: FieldModel, objectSchemaPointer: string): Record<string, string[]> {
  const hash = objectSchemaPointer.indexOf('#');
  const node = nodeAt(model, objectSchemaPointer.slice(0, hash), objectSchemaPointer.slice(hash + 1));
  const raw = node?.dependentRequired;
  if (!isObject(raw)) return {};
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []]));
}

export type MoneyPartKind = 'number' | 'code' | 'boolean';

/** One property of the Money value type (amount, currency, amountBand, isEstimate, period). */
export interface MoneyPart {
  name: string;
  title: string;
  description: string;
  kind: MoneyPartKind;
  codelist?: string;
  minimum?: number;
}

/** The parts of Money, in schema order, read from the bundle so that a new part reaches every form. */
export function moneyParts(model: FieldModel): MoneyPart[] {
  const money = nodeAt(model, 'common.schema.json', '/$defs/Money');
  if (!money || !isObject(money.properties)) throw new Error('the field model has no Money type in common.schema.json');
  return Object.entries(money.properties).filter(([, s]) => isObject(s)).map(([name, raw]) => {
    const schema = raw as JsonObject;
    let target: JsonObject = schema;
    if (typeof schema.$ref === 'string') {
      const ref = splitRef('common.schema.json', schema.$ref);
      target = nodeAt(model, ref.file, ref.pointer) ?? schema;
    }
    const codelist = typeof target['x-codelist'] === 'string' ? target['x-codelist'] : undefined;
    const kind: MoneyPartKind = codelist ? 'code' : target.type === 'boolean' ? 'boolean' : 'number';
    return {
      name,
      title: String(schema.title ?? name),
      description: String(schema.description ?? ''),
      kind,
      ...(codelist ? { codelist } : {}),
      ...(typeof target.minimum === 'number' ? { minimum: target.minimum } : {}),
    };
  });
}

/** How the parts of Money depend on each other: at least one of `anyOfRequired`, and `dependentRequired`. */
export function moneyRules(model: FieldModel): { anyOfRequired: string[]; dependentRequired: Record<string, string[]> } {
  const money = nodeAt(model, 'common.schema.json', '/$defs/Money');
  const anyOfRequired = (Array.isArray(money?.anyOf) ? money.anyOf : [])
    .flatMap((branch) => (isObject(branch) && Array.isArray(branch.required) ? branch.required : []))
    .filter((x): x is string => typeof x === 'string');
  return { anyOfRequired, dependentRequired: dependentRequired(model, 'common.schema.json#/$defs/Money') };
}
