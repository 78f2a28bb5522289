/**
 * The field model: the schema loaded, checked and bundled once, then flattened into one entry per data point
 * with everything a generator needs (path, title, description, kind, cardinality, code list, sensitivity,
 * anonymisation, obligation, sources, HTCDS crosswalk). Every generator reads this model, never schema/.
 */
import { indicatorFromRow, sourceFromRow, type IndicatorDefinition, type SourceReference } from '../../src/types/indicator-catalogue.js';
import { bundleCaseReportSchema } from './bundle-schema.js';
import type { HtcdsCrosswalk } from '../../src/htcds/crosswalk.js';
import { buildHtcdsCrosswalk } from './htcds-crosswalk.js';
import type { SharingProfileRules } from '../../src/types/sharing-profile.js';
import { COMMON_SCHEMA_FILE, isMissingValueRef, isObject, resolveRef, shapeOf, splitRef } from './schema-graph.js';
import { CODELIST_HEADER, ROOT_SCHEMA_FILE, type JsonObject, type SchemaSource } from './source.js';

export type Sensitivity = 'P0' | 'P1' | 'P2' | 'P3' | 'P4';
export type AnonymisationMethod = 'KEEP' | 'DROP' | 'BAND' | 'GEO' | 'DATE' | 'HMAC' | 'PSEUDO' | 'TRUNC' | 'KSUP' | 'FREE';
export type Obligation = 'required' | 'recommended' | 'optional';
export type FieldKind =
  | 'id' | 'ref' | 'refs' | 'code' | 'codes' | 'boolean' | 'integer' | 'number' | 'money' | 'date' | 'dateTime'
  | 'yearMonth' | 'uuid' | 'hmac' | 'string' | 'strings' | 'text';

export interface Deprecation {
  since: string;
  reason: string;
  replacedBy?: string;
}

/** One data point. */
export interface FieldEntry {
  /** Where the value sits in a report; `*` stands for any item of a list, e.g. `/transactions/*\/amount`. */
  path: string;
  /** The top-level section it belongs to (`""` for fields of the root object). */
  section: string;
  name: string;
  title: string;
  description: string;
  kind: FieldKind;
  /** `many` for lists of values (multi-selects, lists of references). */
  cardinality: 'one' | 'many';
  /** Whether the parent object lists it in `required`. */
  required: boolean;
  /** Whether a MissingValue may stand in for the answer. */
  acceptsMissing: boolean;
  codelist?: string;
  sensitivity: Sensitivity;
  anonymisation: AnonymisationMethod;
  obligation: Obligation;
  sources: string[];
  htcds?: string;
  goaml?: string;
  refTarget?: string[];
  tlpMin?: string;
  /** Whether the value could help single a person out in combination with others (k-anonymity covers these). */
  quasiIdentifier?: boolean;
  /** The model path of the data point this one is computed from; generalised and suppressed with it. */
  derivedFrom?: string;
  deprecated?: Deprecation;
  /** The JSON Schema of the field, in the bundle. */
  schemaPointer: string;
  /** Validation constraints on the value, for telling a narrowed type from a widened one between versions. */
  constraints: Constraints;
}

/** The constraints a value must meet besides its kind and code list. */
export interface Constraints {
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/** A section or nested object, or a list of objects. */
export interface ContainerEntry {
  path: string;
  name: string;
  title: string;
  description: string;
  kind: 'object' | 'list';
  required: boolean;
  obligation: Obligation;
  /** Fields of which the object (or each list item) must have at least one, e.g. an identifier's value or hash. */
  requiresOneOf?: string[];
}

export interface Code {
  code: string;
  title: string;
  description: string;
  sources: string[];
  htcds?: string;
  deprecated?: { since: string; note: string };
}

export interface Codelist {
  name: string;
  title: string;
  description: string;
  open: boolean;
  externalCodeStyle: boolean;
  sources: string[];
  codes: Code[];
}

export type { IndicatorDefinition, SourceReference } from '../../src/types/indicator-catalogue.js';

/** A sharing profile (schema/profiles/*.json, described by sharing-profile.schema.json): what the runtime uses, and words for people. */
export interface SharingProfile extends SharingProfileRules {
  description: string;
  typicalUse: string;
}

export interface FieldModel {
  /** The version of the standard the schema declares. */
  version: string;
  fields: FieldEntry[];
  /** Built from a bundled schema: code titles, deprecations and the codes of open lists are unknown. */
  fromBundle?: boolean;
  containers: ContainerEntry[];
  codelists: Map<string, Codelist>;
  indicators: IndicatorDefinition[];
  sources: SourceReference[];
  profiles: SharingProfile[];
  /** Released versions, oldest first, with the upgrade steps from each to the next (releases/). */
  releases: { version: string; upgrade?: JsonObject }[];
  /** The synthetic example reports (examples/), by name, for generators that show or exchange them. */
  examples: { name: string; report: JsonObject }[];
  /** The self-contained bundled case-report schema. */
  bundle: JsonObject;
  /** The indicator-catalogue schema (for typing and validating the catalogue as JSON). */
  indicatorCatalogueSchema: JsonObject;
  /** The HTCDS v2.0 crosswalk (schema/crosswalks/); absent in a model rebuilt from a bundled schema. */
  htcds?: HtcdsCrosswalk;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strList = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Builds the model from a source that passed the lint. */
export function buildFieldModel(source: SchemaSource): FieldModel {
  const root = source.schemas.get(ROOT_SCHEMA_FILE)!;
  const fields: FieldEntry[] = [];
  const containers: ContainerEntry[] = [];

  const visitObject = (file: string, objectPointer: string, node: JsonObject, path: string, section: string) => {
    const required = strList(node.required);
    for (const [name, raw] of Object.entries(isObject(node.properties) ? node.properties : {})) {
      if (!isObject(raw)) continue;
      const childPath = `${path}/${name}`;
      const schemaPointer = `${file}#${objectPointer}/properties/${name}`;
      const childSection = path === '' ? name : section;
      const shape = shapeOf(source, file, raw);
      const common = { name, title: str(raw.title) ?? name, description: str(raw.description) ?? '', required: required.includes(name) };
      if (shape === 'value') {
        fields.push({ path: childPath, section: path === '' ? '' : section, schemaPointer, ...common, ...describeValue(source, file, raw) });
        continue;
      }
      const target = objectSchema(source, file, raw);
      const alternatives = Array.isArray(target?.node.anyOf) ? target.node.anyOf.filter(isObject) : [];
      const requiresOneOf = alternatives.length > 0 && alternatives.every((a) => Object.keys(a).join() === 'required') ? alternatives.flatMap((a) => strList(a.required)) : undefined;
      containers.push({ path: childPath, ...common, kind: shape, obligation: (raw['x-obligation'] as Obligation) ?? 'optional', ...(requiresOneOf ? { requiresOneOf } : {}) });
      if (target) visitObject(target.file, target.pointer, target.node, shape === 'list' ? `${childPath}/*` : childPath, childSection);
    }
  };
  visitObject(ROOT_SCHEMA_FILE, '', root.content, '', '');

  const codelists = new Map<string, Codelist>();
  for (const file of source.schemas.values()) collectCodelists(file.content, source, codelists);

  const indicators = (source.indicators?.content.rows ?? []).map(indicatorFromRow);
  const sources = (source.sources?.content.rows ?? []).map(sourceFromRow);
  const htcds = buildHtcdsCrosswalk(source, codelists);

  return {
    version: String(root.content['x-schemaVersion']),
    ...(source.fromBundle ? { fromBundle: true } : {}),
    fields,
    containers,
    codelists,
    indicators,
    sources,
    releases: source.releases,
    examples: [...source.examples.entries()].map(([name, file]) => ({ name, report: file.content })),
    profiles: [...source.profiles.values()].map((p) => p.content as unknown as SharingProfile).sort((a, b) => a.name.localeCompare(b.name)),
    bundle: bundleCaseReportSchema(source),
    // A source rebuilt from a bundled schema (for `htfds diff`) has no catalogue schema; a folder always has one (the lint checks).
    indicatorCatalogueSchema: source.schemas.get('indicator-catalogue.schema.json')?.content ?? {},
    ...(htcds ? { htcds } : {}),
  };
}

/** The object schema a container property leads to (through $ref, anyOf and array items). */
function objectSchema(source: SchemaSource, file: string, schema: JsonObject): { file: string; pointer: string; node: JsonObject } | undefined {
  if (typeof schema.$ref === 'string') {
    if (isMissingValueRef(file, schema.$ref)) return undefined;
    const target = resolveRef(source, file, schema.$ref);
    return target && (isObject(target.node.properties) ? target : objectSchema(source, target.file, target.node));
  }
  if (isObject(schema.items)) return objectSchema(source, file, schema.items);
  for (const branch of Array.isArray(schema.anyOf) ? schema.anyOf : []) {
    const found = isObject(branch) ? objectSchema(source, file, branch) : undefined;
    if (found) return found;
  }
  return undefined;
}

const COMMON_KINDS: Record<string, FieldKind> = {
  Money: 'money', MoneyOrMissing: 'money', Flag: 'boolean', LocalId: 'id', LocalRef: 'ref', YearMonth: 'yearMonth', Hmac: 'hmac',
};

/** Kind, cardinality, code list and annotations of a data point. */
function describeValue(source: SchemaSource, file: string, schema: JsonObject) {
  let acceptsMissing = false;
  // Peel off the MissingValue alternative, then look at what is left.
  let valueSchema: JsonObject = schema;
  let valueFile = file;
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf.filter(isObject);
    const rest = branches.filter((b) => !(typeof b.$ref === 'string' && isMissingValueRef(file, b.$ref)));
    acceptsMissing = rest.length < branches.length;
    if (rest.length === 1) valueSchema = rest[0]!;
  }
  let cardinality: 'one' | 'many' = 'one';
  const constraints: Constraints = {};
  const collect = (node: JsonObject) => {
    for (const key of ['pattern', 'format'] as const) if (typeof node[key] === 'string') constraints[key] = node[key] as string;
    for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const) if (typeof node[key] === 'number') constraints[key] = node[key] as number;
  };
  if (valueSchema.type === 'array' && isObject(valueSchema.items)) {
    collect(valueSchema);
    cardinality = 'many';
    valueSchema = valueSchema.items;
  }
  let kind: FieldKind = 'string';
  let codelist: string | undefined;
  // Follow $refs to what the value is.
  for (let guard = 0; typeof valueSchema.$ref === 'string' && guard < 10; guard++) {
    const { file: targetFile, pointer } = splitRef(valueFile, valueSchema.$ref);
    const defName = pointer.split('/').pop() ?? '';
    if (targetFile === COMMON_SCHEMA_FILE && COMMON_KINDS[defName]) {
      kind = COMMON_KINDS[defName]!;
      if (defName === 'MoneyOrMissing' || defName === 'Flag') acceptsMissing = true;
      break;
    }
    const target = resolveRef(source, valueFile, valueSchema.$ref);
    if (!target) break;
    valueSchema = target.node;
    valueFile = target.file;
  }
  collect(valueSchema);
  if (typeof valueSchema['x-codelist'] === 'string') {
    codelist = valueSchema['x-codelist'];
    kind = 'code';
  } else if (kind === 'string') {
    if (valueSchema.type === 'boolean') kind = 'boolean';
    else if (valueSchema.type === 'integer') kind = 'integer';
    else if (valueSchema.type === 'number') kind = 'number';
    else if (valueSchema.format === 'date') kind = 'date';
    else if (valueSchema.format === 'date-time') kind = 'dateTime';
    else if (valueSchema.format === 'uuid') kind = 'uuid';
    else if (schema['x-anon'] === 'FREE') kind = 'text';
  }
  if (cardinality === 'many') {
    if (kind === 'code') kind = 'codes';
    else if (kind === 'ref') kind = 'refs';
    else if (kind === 'string') kind = 'strings';
  }
  const deprecated = isObject(schema['x-deprecated']) ? (schema['x-deprecated'] as unknown as Deprecation) : undefined;
  return {
    kind,
    cardinality,
    acceptsMissing,
    constraints,
    ...(codelist ? { codelist } : {}),
    sensitivity: schema['x-sensitivity'] as Sensitivity,
    anonymisation: schema['x-anon'] as AnonymisationMethod,
    obligation: schema['x-obligation'] as Obligation,
    sources: strList(schema['x-sources']),
    ...(str(schema['x-htcds']) ? { htcds: str(schema['x-htcds']) } : {}),
    ...(str(schema['x-goaml']) ? { goaml: str(schema['x-goaml']) } : {}),
    ...(Array.isArray(schema['x-refTarget']) ? { refTarget: strList(schema['x-refTarget']) } : {}),
    ...(str(schema['x-tlpMin']) ? { tlpMin: str(schema['x-tlpMin']) } : {}),
    ...(typeof schema['x-quasiIdentifier'] === 'boolean' ? { quasiIdentifier: schema['x-quasiIdentifier'] } : {}),
    ...(str(schema['x-derivedFrom']) ? { derivedFrom: str(schema['x-derivedFrom']) } : {}),
    ...(deprecated ? { deprecated } : {}),
  };
}

function collectCodelists(node: unknown, source: SchemaSource, out: Map<string, Codelist>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectCodelists(child, source, out);
    return;
  }
  if (!isObject(node)) return;
  const name = node['x-codelist'];
  if (typeof name === 'string' && !out.has(name)) {
    const rows = source.codelists.get(name)?.content.rows ?? [];
    const column = (row: string[], header: string) => row[CODELIST_HEADER.indexOf(header)] ?? '';
    out.set(name, {
      name,
      title: str(node.title) ?? name,
      description: str(node.description) ?? '',
      open: node['x-openCodelist'] === true,
      externalCodeStyle: node['x-codeStyle'] === 'external',
      sources: strList(node['x-sources']),
      codes: rows.map((row) => ({
        code: column(row, 'code'),
        title: column(row, 'title'),
        description: column(row, 'description'),
        sources: column(row, 'source').split(';').filter(Boolean),
        ...(column(row, 'htcds') ? { htcds: column(row, 'htcds') } : {}),
        ...(column(row, 'deprecated') ? { deprecated: { since: column(row, 'deprecated'), note: column(row, 'deprecationNote') } } : {}),
      })),
    });
  }
  for (const value of Object.values(node)) collectCodelists(value, source, out);
}
