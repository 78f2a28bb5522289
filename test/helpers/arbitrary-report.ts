/**
 * fast-check arbitraries of valid case reports, made from the schema rather than written by hand: the bundled
 * schema gives every value's shape (types, code lists, patterns, formats, limits, required and dependent
 * properties, missing values), and the field model gives what JSON Schema cannot say (unique local
 * identifiers, references that resolve, ordered date ranges, catalogue indicator IDs, no direct identifiers
 * under TLP:CLEAR or GREEN). Whatever a future rule still rejects is pruned (optional values and list items
 * only) until validateCaseReport accepts the report; a report that cannot be made valid throws.
 * Text values include the awkward ones on purpose: non-ASCII, control characters, leading = + - @ and
 * apostrophes, the template's own tokens, and spreadsheet escapes. All generated data is synthetic.
 */
import fc from 'fast-check';
import { type FieldModel } from '../../generators/model/field-model.js';
import { loadFieldModel } from '../../generators/load-model.js';
import { atPointer, isMissingValueRef, isObject, splitRef } from '../../generators/model/schema-graph.js';
import type { JsonObject } from '../../generators/model/source.js';
import { isMissingValue, modelPath, valuesAt } from '../../src/validate/paths.js';
import { validateCaseReport } from '../../src/validate/validate-case-report.js';

type Report = Record<string, unknown>;

let cachedModel: FieldModel | undefined;
const model = () => (cachedModel ??= loadFieldModel('schema'));

/** Text chosen to trip up spreadsheets and CSV: formula triggers, tokens, escapes, quotes, line breaks. */
const AWKWARD_TEXT = [
  '=1+1', '+44 20 7946 0000', '-5', '@SUM(A1)', "'quoted", "''", '(none)', '(missing: unknown)', ' (Missing: notAsked) ',
  '_x0041_', '_x005F_x0041_', 'a;b', 'back\\slash', 'tab\there', 'line\nbreak', 'cr\r\nlf', 'lone\rcr', '"quotes"', '  padded  ',
  ' ', 'Ünïcødé – 東京 – العربية', '\u0001\u007f\uFFFE', 'TRUE', '2024-03-01', '0012', '1e5',
];

interface Context {
  file: string;
  maxItems: number;
}

function resourceOf(bundle: JsonObject, file: string): JsonObject {
  return file === String(bundle.$id).split('/').pop() ? bundle : ((bundle.$defs as JsonObject)[file] as JsonObject);
}

function resolve(file: string, ref: string): { file: string; node: JsonObject } {
  const target = splitRef(file, ref);
  const node = atPointer(resourceOf(model().bundle, target.file), target.pointer);
  if (!isObject(node)) throw new Error(`cannot resolve ${ref} from ${file}`);
  return { file: target.file, node };
}

const VALIDATION_KEYWORDS = ['type', 'enum', 'const', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'properties', 'required', 'additionalProperties', 'dependentRequired', 'dependentSchemas', 'anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', 'minProperties', 'maxProperties', 'patternProperties', 'propertyNames', '$ref'];
const SUPPORTED = new Set(['type', 'enum', 'pattern', 'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'items', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties', 'dependentRequired', 'anyOf', '$ref']);

const dateArb = fc
  .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function textArb(min: number, max: number): fc.Arbitrary<string> {
  const fits = (s: string) => [...s].length >= min && [...s].length <= max;
  const awkward = AWKWARD_TEXT.filter(fits);
  const cap = Math.min(max, 40);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: cap }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: cap }).filter(fits) },
    ...(awkward.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...awkward) }] : []),
  );
}

function schemaArb(schema: JsonObject, ctx: Context, path: string): fc.Arbitrary<unknown> {
  for (const key of Object.keys(schema)) {
    if (VALIDATION_KEYWORDS.includes(key) && !SUPPORTED.has(key)) throw new Error(`arbitrary-report: keyword ${key} at ${path} is not supported yet; teach test/helpers/arbitrary-report.ts`);
  }
  if (typeof schema.$ref === 'string') {
    const target = resolve(ctx.file, schema.$ref);
    return schemaArb(target.node, { ...ctx, file: target.file }, path);
  }
  if (Array.isArray(schema.anyOf) && schema.type !== 'object') {
    const branches = schema.anyOf.filter(isObject);
    return fc.oneof(
      ...branches.map((b) => ({
        // Missing values are common in real data, but the answers are what most needs exercising.
        weight: typeof b.$ref === 'string' && isMissingValueRef(ctx.file, b.$ref) ? 1 : 3,
        arbitrary: schemaArb(b, ctx, path),
      })),
    );
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (typeof schema['x-codelist'] === 'string') {
    // An open code list: its codes, and other codes, including ones that look like labels or other codes.
    const list = model().codelists.get(schema['x-codelist'])!;
    const codes = list.codes.map((c) => c.code);
    const lookalikes = [...list.codes.map((c) => c.title), ...codes.map((c) => c.toUpperCase())];
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...codes) }, { weight: 1, arbitrary: fc.constantFrom(...lookalikes) }, { weight: 1, arbitrary: textArb(Number(schema.minLength ?? 1), 20) });
  }
  switch (schema.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const max = typeof schema.maximum === 'number' ? schema.maximum : 2 ** 53 - 1;
      return fc.oneof(fc.integer({ min: Number(schema.minimum ?? 0), max: Math.min(1000, max) }), fc.integer({ min: Number(schema.minimum ?? -(2 ** 53 - 1)), max }));
    }
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1e12;
      return fc.oneof(
        fc.integer({ min: Math.ceil(min), max: 1_000_000 }),
        fc.double({ min, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
      );
    }
    case 'string': {
      if (schema.format === 'date') return dateArb;
      if (schema.format === 'uuid') return fc.uuid();
      const min = Number(schema.minLength ?? 0);
      const max = Number(schema.maxLength ?? 500);
      if (typeof schema.pattern === 'string') {
        return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => [...s].length >= min && [...s].length <= max);
      }
      return textArb(min, max);
    }
    case 'array': {
      const items = schema.items as JsonObject;
      const itemArb = schemaArb(items, ctx, `${path}/*`);
      const minLength = Number(schema.minItems ?? 0);
      const maxLength = Math.max(minLength, isObject(resolveDeep(items, ctx.file)?.properties) ? ctx.maxItems : 4);
      return schema.uniqueItems === true
        ? fc.uniqueArray(itemArb, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(itemArb, { minLength, maxLength });
    }
    case 'object':
      return objectArb(schema, ctx, path);
    default:
      throw new Error(`arbitrary-report: no arbitrary for the schema at ${path}`);
  }
}

function resolveDeep(schema: JsonObject, file: string): JsonObject | undefined {
  let current = { file, node: schema };
  for (let guard = 0; typeof current.node.$ref === 'string' && guard < 10; guard++) current = resolve(current.file, current.node.$ref);
  return current.node;
}

function objectArb(schema: JsonObject, ctx: Context, path: string): fc.Arbitrary<Report> {
  const properties = (schema.properties ?? {}) as JsonObject;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) model[name] = schemaArb(sub as JsonObject, ctx, `${path}/${name}`);
  const required = (schema.required as string[] | undefined) ?? [];
  const dependent = (schema.dependentRequired ?? {}) as Record<string, string[]>;
  // anyOf of `required`-only alternatives (at least one of …): choose which alternative to satisfy.
  const alternatives = Array.isArray(schema.anyOf) ? schema.anyOf.filter(isObject).map((a) => (a.required as string[] | undefined) ?? []) : [[]];
  const withDependents = (keys: string[]) => {
    const out = new Set(keys);
    for (let changed = true; changed; ) {
      changed = false;
      for (const key of [...out]) for (const dep of dependent[key] ?? []) if (!out.has(dep)) out.add(dep), (changed = true);
    }
    return [...out];
  };
  return fc.integer({ min: 0, max: Math.max(0, alternatives.length - 1) }).chain((choice) =>
    fc.record(model, { requiredKeys: withDependents([...required, ...alternatives[choice]!]), noNullPrototype: true }).map((value) => {
      const record = value as Report;
      // An optional property whose dependents were left out goes too.
      for (const [key, deps] of Object.entries(dependent)) if (key in record && deps.some((d) => !(d in record))) delete record[key];
      return record;
    }),
  );
}

/** The tokens of a JSON pointer, as a new array. */
const tokensOf = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~')));

/** Deletes the value at a JSON pointer (an object property or a list item). */
function removeAt(report: Report, pointer: string): void {
  const tokens = tokensOf(pointer);
  const last = tokens.pop()!;
  let parent: unknown = report;
  for (const t of tokens) parent = Array.isArray(parent) ? parent[Number(t)] : (parent as Report)[t];
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Report)[last];
}

function replaceAt(report: Report, pointer: string, value: unknown): void {
  const tokens = tokensOf(pointer);
  const last = tokens.pop()!;
  let parent: unknown = report;
  for (const t of tokens) parent = Array.isArray(parent) ? parent[Number(t)] : (parent as Report)[t];
  (parent as Report)[last] = value;
}

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.codePointAt(0)!) >>> 0, 7);

/** Makes a generated report meet the rules beyond JSON Schema, driven by the field model. */
function applyRules(report: Report): Report {
  const m = model();
  // Local identifiers are unique within the report.
  const seen = new Set<string>();
  for (const field of m.fields.filter((f) => f.kind === 'id')) {
    for (const { pointer, value } of valuesAt(report, field.path)) {
      let id = String(value);
      for (let n = 1; seen.has(id); n++) id = `X${n}`;
      seen.add(id);
      if (id !== value) replaceAt(report, pointer, id);
    }
  }
  // References point at items of the lists they may point at.
  const lists = m.containers.filter((c) => c.kind === 'list' && !c.path.includes('*'));
  const idsIn = (name: string) => {
    const list = lists.find((l) => l.path.split('/').at(-1) === name);
    return list ? valuesAt(report, `${list.path}/*/id`).map((v) => v.value as string) : [];
  };
  for (const field of m.fields.filter((f) => f.kind === 'ref' || f.kind === 'refs')) {
    const targets = (field.refTarget ?? []).flatMap(idsIn);
    for (const { pointer, value } of valuesAt(report, field.path).reverse()) {
      if (targets.length === 0) removeAt(report, pointer);
      else if (Array.isArray(value)) replaceAt(report, pointer, [...new Set(value.map((v) => targets[hash(String(v)) % targets.length]!))]);
      else replaceAt(report, pointer, targets[hash(String(value)) % targets.length]);
    }
  }
  // Indicator IDs come from the catalogue.
  const ids = m.indicators.map((i) => i.id);
  for (const { pointer, value } of valuesAt(report, '/indicators/*/indicatorId')) replaceAt(report, pointer, ids[hash(String(value)) % ids.length]);
  // Periods run forwards: xStart ≤ xEnd, openedX ≤ closedX.
  for (const start of m.fields) {
    const match = /^(.*\/)(.*)Start$/.exec(start.path) ?? /^(.*\/)opened(.*)$/.exec(start.path);
    if (!match) continue;
    const endPath = start.path.endsWith('Start') ? `${match[1]}${match[2]}End` : `${match[1]}closed${match[2]}`;
    const end = m.fields.find((f) => f.path === endPath);
    if (!end) continue;
    const parentPath = start.path.slice(0, start.path.lastIndexOf('/'));
    for (const { value: parent } of valuesAt(report, parentPath)) {
      if (!parent || typeof parent !== 'object') continue;
      const p = parent as Report;
      const [s, e] = [start.path.split('/').at(-1)!, end.path.split('/').at(-1)!];
      if (typeof p[s] === 'string' && typeof p[e] === 'string' && (p[s] as string) > (p[e] as string)) [p[s], p[e]] = [p[e], p[s]];
    }
  }
  // No direct identifiers in a report marked for wide sharing.
  const tlp = (report.sharing as Report | undefined)?.tlp;
  if (tlp === 'TLP:CLEAR' || tlp === 'TLP:GREEN') {
    for (const field of m.fields.filter((f) => f.sensitivity === 'P4')) {
      for (const { pointer, value } of valuesAt(report, field.path).reverse()) if (!isMissingValue(value)) removeAt(report, pointer);
    }
  }
  // Field-level markings point at a part of this report (JSON pointers of values it holds).
  const markings = (report.sharing as Report | undefined)?.fieldLevelTlp;
  if (Array.isArray(markings) && markings.length > 0) {
    const targets = m.fields.filter((f) => !f.path.startsWith('/sharing/')).flatMap((f) => valuesAt(report, f.path).map((v) => v.pointer));
    for (const marking of markings as Report[]) {
      if (targets.length > 0) marking.path = targets[hash(String(marking.path)) % targets.length];
    }
  }
  return report;
}

/** The nearest value at or above `pointer` that may be removed: a list item, or a property that is not required. */
function removable(pointer: string): string | undefined {
  const m = model();
  for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
    if (/\/\d+$/.test(at)) return at;
    const path = modelPath(at);
    const entry = m.fields.find((f) => f.path === path) ?? m.containers.find((c) => c.path === path);
    if (entry && !entry.required) return at;
  }
  return undefined;
}

/** Prunes what the validator still rejects; throws when that cannot make the report valid. */
function makeValid(report: Report): Report {
  for (let round = 0; round < 50; round++) {
    const errors = validateCaseReport(report).filter((f) => f.severity === 'error');
    if (errors.length === 0) return report;
    const target = removable(errors[0]!.path);
    if (target === undefined) throw new Error(`arbitrary-report: cannot make a generated report valid: ${JSON.stringify(errors.slice(0, 3))}`);
    removeAt(report, target);
  }
  throw new Error('arbitrary-report: a generated report stays invalid after pruning');
}

export interface ReportOptions {
  /** Most items in a list of objects (default 3). */
  maxItems?: number;
}

/** Valid case reports, as validateCaseReport judges them. */
export function arbitraryReport(options: ReportOptions = {}): fc.Arbitrary<Report> {
  const root = model().bundle;
  return objectArb(root, { file: String(root.$id).split('/').pop()!, maxItems: options.maxItems ?? 3 }, '').map((r) => makeValid(applyRules(structuredClone(r))));
}

/** Several valid reports with distinct record identifiers, as one workbook or package holds them. */
export function arbitraryReports(options: ReportOptions & { maxReports?: number } = {}): fc.Arbitrary<Report[]> {
  return fc.uniqueArray(arbitraryReport(options), { minLength: 1, maxLength: options.maxReports ?? 4, selector: (r) => r.recordId });
}
