/**
 * Schema lint: the maintenance checks every change to the standard must pass (in the spirit of OCDS's
 * standard-maintenance-scripts). Each rule has a stable code and says where the problem is and how to fix it.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { addFormats } from '../validators/add-formats.js';
import { formatCsv } from '../../src/io/csv.js';
import type { SourceFinding } from '../model/finding.js';
import { escapePointerToken } from '../../src/io/strict-json.js';
import {
  isObject,
  resolveRef,
  shapeOf,
  splitRef,
  walkSubschemas,
} from '../model/schema-graph.js';
import { CODELIST_HEADER, ROOT_SCHEMA_FILE, type JsonObject, type SchemaSource, type SourceFile } from '../model/source.js';
import { checkRules } from './lint-rules.js';
import { checkCrosswalk, checkCrosswalkFiles } from './lint-crosswalk.js';
import { buildFieldModel } from '../model/field-model.js';

export const INDICATOR_HEADER = [
  'id', 'title', 'paraphrase', 'category', 'typologies', 'subject', 'source', 'locator', 'verification', 'verificationNote', 'status', 'replacedBy', 'introducedIn',
];
const MISSING_REASON_CODES = ['unknown', 'notAsked', 'declinedToAnswer', 'notApplicable', 'withheldForSafety'];
const DATA_POINT_ANNOTATIONS = ['x-sensitivity', 'x-anon', 'x-obligation', 'x-sources'];
const PROPERTY_NAME = /^[a-z][A-Za-z0-9]*$/;
const DEF_NAME = /^[A-Z][A-Za-z0-9]*$/;
const OWN_CODE = /^[a-z0-9][A-Za-z0-9+-]*$/;
const SEMVER = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const INDICATOR_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** Serialises JSON the one way our source files are written. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Runs every lint rule over the loaded schema source. */
export function lintSchemaSource(source: SchemaSource): SourceFinding[] {
  // Until every file can be read, the other rules would only report the consequences of the unreadable one.
  if (source.findings.length > 0) return [...source.findings];
  const findings: SourceFinding[] = [];
  const add = (f: SourceFinding) => findings.push(f);
  const sourceIds = new Set((source.sources?.content.rows ?? []).map((r) => r[0] ?? ''));

  if (!source.schemas.has(ROOT_SCHEMA_FILE)) {
    add({ rule: 'file-missing', file: `${source.dir}/${ROOT_SCHEMA_FILE}`, message: 'the root schema is missing', hint: 'run the command from the repository root, or give the schema folder' });
    return findings;
  }
  if (typeof source.schemas.get(ROOT_SCHEMA_FILE)!.content['x-schemaVersion'] !== 'string') {
    add({ rule: 'schema-version-missing', file: source.schemas.get(ROOT_SCHEMA_FILE)!.path, pointer: '', message: 'the root schema does not declare its version', hint: 'add "x-schemaVersion": "MAJOR.MINOR.PATCH"' });
  }
  checkFormatting(source, add);
  checkMetaSchema(source, add);
  const codelistDefs = checkSchemas(source, sourceIds, add);
  checkCodelists(source, codelistDefs, sourceIds, add);
  checkIndicators(source, sourceIds, add);
  checkProfiles(source, add);
  checkRules(source, add);
  // The crosswalk is checked against the model, which can only be built from an otherwise sound source.
  if (checkCrosswalkFiles(source, add) && findings.length === 0) checkCrosswalk(source, buildFieldModel(source), add);
  if (!source.sources) add({ rule: 'file-missing', file: `${source.dir}/sources.csv`, message: 'the source registry is missing', hint: 'restore schema/sources.csv' });
  return findings;
}

type Add = (f: SourceFinding) => void;

function checkFormatting(source: SchemaSource, add: Add): void {
  const files: SourceFile<unknown>[] = [...source.schemas.values(), ...source.profiles.values()];
  if (source.metaSchema) files.push(source.metaSchema);
  for (const file of files) {
    if (file.text !== canonicalJson(file.content)) {
      add({ rule: 'json-not-canonical', file: file.path, message: 'the file is not in canonical form (two-space indent, one trailing newline)', hint: 'run `npm run format:schema`' });
    }
  }
  const csvFiles: SourceFile<{ header: string[]; rows: string[][] }>[] = [...source.codelists.values()];
  if (source.indicators) csvFiles.push(source.indicators);
  if (source.sources) csvFiles.push(source.sources);
  for (const file of csvFiles) {
    if (file.text !== formatCsv([file.content.header, ...file.content.rows])) {
      add({ rule: 'csv-not-canonical', file: file.path, message: 'the CSV is not in canonical form (LF line ends, quotes only where needed, one trailing newline)', hint: 'run `npm run format:schema`' });
    }
  }
}

function checkMetaSchema(source: SchemaSource, add: Add): void {
  if (!source.metaSchema) {
    add({ rule: 'file-missing', file: `${source.dir}/meta/htfds-dialect.schema.json`, message: 'the HTFDS meta-schema is missing', hint: 'restore it' });
    return;
  }
  // The annotation values the meta-schema allows are the codes of their code lists.
  const metaProperties = (source.metaSchema.content.properties ?? {}) as Record<string, { enum?: unknown[] }>;
  for (const [keyword, list] of [['x-sensitivity', 'sensitivityClass'], ['x-anon', 'anonymisationMethod']] as const) {
    const codes = (source.codelists.get(list)?.content.rows ?? []).map((r) => r[0]);
    if (JSON.stringify(metaProperties[keyword]?.enum) !== JSON.stringify(codes)) {
      add({ rule: 'meta-codes-mismatch', file: source.metaSchema.path, pointer: `/properties/${keyword}/enum`, message: `the values allowed for ${keyword} differ from the code list ${list}`, hint: `make them exactly: ${codes.join(', ')}` });
    }
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(source.metaSchema.content);
  for (const file of source.schemas.values()) {
    if (validate(file.content)) continue;
    for (const error of validate.errors ?? []) {
      add({
        rule: 'meta-schema',
        file: file.path,
        pointer: error.instancePath,
        message: `not valid against the HTFDS meta-schema: ${error.message ?? error.keyword}`,
        hint: 'see schema/meta/htfds-dialect.schema.json for the allowed annotation values',
      });
    }
  }
}

interface CodelistDef {
  file: string;
  pointer: string;
  node: JsonObject;
  referenced: boolean;
}

/** Checks schema structure and annotations; returns the code-list definitions it found, by code-list name. */
function checkSchemas(source: SchemaSource, sourceIds: Set<string>, add: Add): Map<string, CodelistDef> {
  const codelistDefs = new Map<string, CodelistDef>();
  const referencedDefs = new Set<string>();
  // Definition names are unique across files, because generated types and validators put them in one namespace.
  const defOwners = new Map<string, string>();
  // Code lists used as the keys of a map (x-keyCodelist) count as used.
  const referencedCodelistNames = new Set<string>();

  for (const [name, file] of source.schemas) {
    const at = (pointer: string) => ({ file: file.path, pointer });
    for (const { node, pointer } of walkSubschemas(file.content)) {
      // A condition (if/then/else) only tests or requires properties the object already declares and annotates.
      if (/\/(if|then|else)(\/|$)/.test(pointer)) continue;
      const isRoot = pointer === '';
      const isDef = /\/\$defs\/[^/]+$/.test(pointer);
      const isProperty = /\/properties\/[^/]+$/.test(pointer);

      if (isRoot || isDef || isProperty) {
        for (const key of ['title', 'description']) {
          const text = node[key];
          if (typeof text !== 'string' || text.trim() === '') {
            add({ ...at(pointer), rule: 'metadata-missing', message: `no ${key}`, hint: `add a "${key}" written for a frontline worker` });
          } else if (text !== text.trim()) {
            add({ ...at(pointer), rule: 'metadata-whitespace', message: `the ${key} has leading or trailing white space`, hint: 'remove the spaces' });
          }
        }
      }
      if (isDef) {
        const defName = pointer.split('/').pop()!.replaceAll('~1', '/').replaceAll('~0', '~');
        if (!DEF_NAME.test(defName)) add({ ...at(pointer), rule: 'letter-case', message: `definition name "${defName}" is not UpperCamelCase ASCII`, hint: 'rename it, e.g. WagesPaid' });
        const owner = defOwners.get(defName);
        if (owner !== undefined && owner !== name && pointer === `/$defs/${defName}`) {
          add({ ...at(pointer), rule: 'definition-name-duplicate', message: `definition "${defName}" is also defined in ${owner}`, hint: 'give it a name of its own: generated types put every definition in one namespace' });
        } else if (pointer === `/$defs/${defName}`) defOwners.set(defName, name);
      }
      const keyCodelist = typeof node['x-keyCodelist'] === 'string' ? node['x-keyCodelist'] : undefined;
      if (keyCodelist !== undefined) {
        const codes = (source.codelists.get(keyCodelist)?.content.rows ?? []).map((r) => r[0]);
        const keys = Object.keys(isObject(node.properties) ? node.properties : {});
        if (JSON.stringify(codes) !== JSON.stringify(keys)) {
          add({ ...at(pointer), rule: 'keys-not-codes', message: `the property names are not the codes of "${keyCodelist}" in order`, hint: `list exactly: ${codes.join(', ')}` });
        }
        referencedCodelistNames.add(keyCodelist);
      }
      if (isObject(node.properties)) {
        for (const propName of Object.keys(node.properties)) {
          if (!PROPERTY_NAME.test(propName) && keyCodelist === undefined) {
            add({ ...at(`${pointer}/properties/${escapePointerToken(propName)}`), rule: 'letter-case', message: `property name "${propName}" is not lowerCamelCase ASCII`, hint: 'rename it, e.g. wagePaymentMethod' });
          }
        }
        if (node.additionalProperties !== false) {
          add({ ...at(pointer), rule: 'object-not-closed', message: 'an object without "additionalProperties": false lets misspelt fields through unnoticed', hint: 'add "additionalProperties": false' });
        }
        const required = Array.isArray(node.required) ? (node.required as string[]) : [];
        for (const req of required) {
          if (!Object.hasOwn(node.properties, req)) add({ ...at(`${pointer}/required`), rule: 'required-unknown', message: `"${req}" is required but not a property`, hint: 'fix the name or remove it from "required"' });
        }
        for (const [propName, propSchema] of Object.entries(node.properties)) {
          if (!isObject(propSchema)) continue;
          checkProperty(source, name, file.path, `${pointer}/properties/${escapePointerToken(propName)}`, propName, propSchema, required.includes(propName), add);
        }
      }
      if (typeof node.$ref === 'string') {
        const target = resolveRef(source, name, node.$ref);
        if (!target) {
          add({ ...at(pointer), rule: 'ref-unresolved', message: `"$ref": "${node.$ref}" does not resolve`, hint: 'check the file name and the pointer after #' });
        } else {
          referencedDefs.add(`${target.file}#${target.pointer}`);
        }
      }
      if (typeof node['x-codelist'] === 'string') {
        const listName = node['x-codelist'];
        const previous = codelistDefs.get(listName);
        if (previous) {
          add({ ...at(pointer), rule: 'codelist-duplicate-definition', message: `code list "${listName}" is also defined at ${previous.file}#${previous.pointer}`, hint: 'define each code list once and $ref it' });
        } else {
          codelistDefs.set(listName, { file: name, pointer, node, referenced: false });
        }
      }
      if (Array.isArray(node.enum) && node['x-codelist'] === undefined && !isRoot) {
        add({ ...at(pointer), rule: 'enum-without-codelist', message: 'an enum that is not a code list has no titles or descriptions for its codes', hint: 'make it a code list: add "x-codelist" and a CSV in schema/codelists/' });
      }
      const sources = node['x-sources'];
      if (Array.isArray(sources)) {
        for (const id of sources) {
          if (typeof id === 'string' && !sourceIds.has(id)) add({ ...at(`${pointer}/x-sources`), rule: 'source-unknown', message: `source "${id}" is not in sources.csv`, hint: 'add the source to schema/sources.csv or cite an existing one' });
        }
      }
    }
  }
  for (const [listName, def] of codelistDefs) {
    def.referenced = referencedDefs.has(`${def.file}#${def.pointer}`) || referencedCodelistNames.has(listName);
    if (!def.referenced) {
      add({ file: source.schemas.get(def.file)!.path, pointer: def.pointer, rule: 'codelist-unused', message: `code list "${listName}" is defined but no field uses it`, hint: 'use it with "$ref" or remove it and its CSV' });
    }
  }
  return codelistDefs;
}

function checkProperty(
  source: SchemaSource,
  fileName: string,
  filePath: string,
  pointer: string,
  propName: string,
  schema: JsonObject,
  isRequired: boolean,
  add: Add,
): void {
  const at = { file: filePath, pointer };
  const shape = shapeOf(source, fileName, schema);
  if (shape === 'value') {
    const missing = DATA_POINT_ANNOTATIONS.filter((k) => schema[k] === undefined);
    if (missing.length > 0) {
      add({ ...at, rule: 'annotation-missing', message: `data point "${propName}" has no ${missing.join(', ')}`, hint: 'every data point says its sensitivity, anonymisation method, obligation and sources (see schema/README.md)' });
    }
    if (schema['x-anon'] === 'FREE' && typeof schema.maxLength !== 'number') {
      add({ ...at, rule: 'free-text-unbounded', message: 'a free-text field has no maxLength', hint: 'add a "maxLength" (2000 is usual)' });
    }
    if ((schema['x-sensitivity'] === 'P2' || schema['x-sensitivity'] === 'P3') && typeof schema['x-quasiIdentifier'] !== 'boolean') {
      add({ ...at, rule: 'quasi-identifier-undecided', message: `personal data point "${propName}" does not say whether it is a quasi-identifier`, hint: 'add "x-quasiIdentifier": true when the value could help single a person out in combination with others (ages, places, dates…), false otherwise' });
    }
    if (schema['x-sensitivity'] === 'P4' && schema['x-anon'] === 'KEEP') {
      add({ ...at, rule: 'direct-identifier-kept', message: 'a P4 direct identifier is kept unchanged when shared', hint: 'choose DROP, HMAC or TRUNC for "x-anon"' });
    }
  }
  const obligation = schema['x-obligation'];
  if (obligation !== undefined && (obligation === 'required') !== isRequired) {
    add({
      ...at,
      rule: 'obligation-mismatch',
      message: isRequired ? `"${propName}" is in "required" but its x-obligation is ${String(obligation)}` : `"${propName}" has x-obligation required but is not in the parent's "required"`,
      hint: 'make "x-obligation" and the parent\'s "required" list agree',
    });
  }
  if (obligation === undefined && shape !== 'value') {
    add({ ...at, rule: 'annotation-missing', message: `"${propName}" has no x-obligation`, hint: 'say whether the section is required, recommended or optional' });
  }
  if (schema['x-refTarget'] !== undefined && !refersToLocalRef(fileName, schema)) {
    add({ ...at, rule: 'ref-target-misplaced', message: '"x-refTarget" is only for local references', hint: 'use it on a LocalRef property or a list of LocalRef' });
  }
  if (refersToLocalRef(fileName, schema) && schema['x-refTarget'] === undefined) {
    add({ ...at, rule: 'ref-target-missing', message: `reference "${propName}" does not say what it may point at`, hint: 'add "x-refTarget", e.g. ["persons"]' });
  }
}

function refersToLocalRef(fileName: string, schema: JsonObject): boolean {
  const check = (s: unknown): boolean => {
    if (!isObject(s)) return false;
    if (typeof s.$ref === 'string') {
      const { file, pointer } = splitRef(fileName, s.$ref);
      return file === 'common.schema.json' && pointer === '/$defs/LocalRef';
    }
    return s.type === 'array' && check(s.items);
  };
  return check(schema);
}

/** A CSV row has as many cells as the header; otherwise it says so and the row is skipped. */
function hasHeaderWidth(row: string[], header: string[], file: string, line: number, add: Add): boolean {
  if (row.length === header.length) return true;
  add({ file, line, rule: 'csv-row-width', message: `${row.length} cells where the header has ${header.length}`, hint: 'check the commas and quotes on that line' });
  return false;
}

function checkCodelists(source: SchemaSource, defs: Map<string, CodelistDef>, sourceIds: Set<string>, add: Add): void {
  for (const [listName, csv] of source.codelists) {
    const file = csv.path;
    const { header, rows } = csv.content;
    if (header.join(',') !== CODELIST_HEADER.join(',')) {
      add({ file, line: 1, rule: 'codelist-header', message: `the header is "${header.join(',')}"`, hint: `use exactly: ${CODELIST_HEADER.join(',')}` });
      continue;
    }
    const def = defs.get(listName);
    if (!def) add({ file, rule: 'codelist-orphan', message: `no schema definition has "x-codelist": "${listName}"`, hint: 'reference it from a definition or delete the file' });
    const external = def?.node['x-codeStyle'] === 'external';
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const line = i + 2;
      if (!hasHeaderWidth(row, header, file, line, add)) return;
      row.forEach((cell, c) => {
        if (cell !== cell.trim()) add({ file, line, rule: 'csv-whitespace', message: `the ${header[c]} cell "${cell}" has leading or trailing white space`, hint: 'remove the spaces: a code with a trailing space is a different code' });
      });
      const [code = '', title = '', description = '', sources = '', , deprecated = '', deprecationNote = ''] = row;
      for (const [column, value] of [['code', code], ['title', title], ['description', description], ['source', sources]] as const) {
        if (value.trim() === '') add({ file, line, rule: 'codelist-cell-empty', message: `the ${column} is empty`, hint: `fill in the ${column}` });
      }
      if (seen.has(code)) add({ file, line, rule: 'codelist-duplicate-code', message: `code "${code}" already appears on line ${seen.get(code)}`, hint: 'each code appears once' });
      seen.set(code, line);
      if (MISSING_REASON_CODES.includes(code) && listName !== 'missingReason') {
        add({ file, line, rule: 'codelist-missing-reason-code', message: `"${code}" is a missing-value reason, not an answer`, hint: 'remove the code: record {"missing": "…"} instead' });
      }
      if (!external && !OWN_CODE.test(code.trim())) {
        add({ file, line, rule: 'letter-case', message: `code "${code}" is not lowerCamelCase ASCII`, hint: 'rename the code, or mark a list taken from another standard with "x-codeStyle": "external"' });
      }
      for (const id of sources.split(';').filter(Boolean)) {
        if (!sourceIds.has(id.trim())) add({ file, line, rule: 'source-unknown', message: `source "${id}" is not in sources.csv`, hint: 'add it to schema/sources.csv or cite an existing one' });
      }
      if (deprecated !== '' && !SEMVER.test(deprecated)) add({ file, line, rule: 'codelist-deprecated-version', message: `deprecated "${deprecated}" is not a version`, hint: 'write the version that deprecated it, e.g. 0.2.0' });
      if ((deprecated === '') !== (deprecationNote === '')) add({ file, line, rule: 'codelist-deprecation-note', message: 'a deprecated code needs a note, and only a deprecated code has one', hint: 'fill in both "deprecated" and "deprecationNote", or neither' });
    });
    if (!def) continue;
    const defPath = source.schemas.get(def.file)!.path;
    const codes = rows.map((r) => r[0] ?? '');
    const open = def.node['x-openCodelist'] === true;
    if (open && def.node.enum !== undefined) {
      add({ file: defPath, pointer: def.pointer, rule: 'codelist-open-with-enum', message: `code list "${listName}" is open but has an enum`, hint: 'remove the enum, or close the code list' });
    }
    if (!open) {
      const enumCodes = Array.isArray(def.node.enum) ? (def.node.enum as unknown[]) : undefined;
      if (!enumCodes) {
        add({ file: defPath, pointer: def.pointer, rule: 'codelist-enum-missing', message: `closed code list "${listName}" has no enum`, hint: 'add "enum" with the codes of the CSV' });
      } else if (JSON.stringify(enumCodes) !== JSON.stringify(codes)) {
        const onlyEnum = enumCodes.filter((c) => !codes.includes(String(c)));
        const onlyCsv = codes.filter((c) => !enumCodes.includes(c));
        const detail = [
          onlyEnum.length ? `only in the enum: ${onlyEnum.map((c) => JSON.stringify(c)).join(', ')}` : '',
          onlyCsv.length ? `only in ${file}: ${onlyCsv.map((c) => JSON.stringify(c)).join(', ')}` : '',
          !onlyEnum.length && !onlyCsv.length ? 'same codes in a different order' : '',
        ].filter(Boolean).join('; ');
        add({ file: defPath, pointer: `${def.pointer}/enum`, rule: 'codelist-enum-mismatch', message: `the enum of "${listName}" disagrees with its CSV (${detail})`, hint: `make the enum list exactly the codes of ${file}, in the same order` });
      }
    }
  }
  for (const [listName, def] of defs) {
    if (!source.codelists.has(listName)) {
      add({ file: source.schemas.get(def.file)!.path, pointer: def.pointer, rule: 'codelist-file-missing', message: `code list "${listName}" has no CSV`, hint: `create schema/codelists/${listName}.csv` });
    }
  }
}

function checkIndicators(source: SchemaSource, sourceIds: Set<string>, add: Add): void {
  const csv = source.indicators;
  if (!csv) {
    add({ rule: 'file-missing', file: `${source.dir}/indicators/indicators.csv`, message: 'the indicator catalogue is missing', hint: 'restore it' });
    return;
  }
  const file = csv.path;
  const { header, rows } = csv.content;
  if (header.join(',') !== INDICATOR_HEADER.join(',')) {
    add({ file, line: 1, rule: 'indicator-header', message: `the header is "${header.join(',')}"`, hint: `use exactly: ${INDICATOR_HEADER.join(',')}` });
    return;
  }
  const codes = (list: string) => new Set((source.codelists.get(list)?.content.rows ?? []).map((r) => r[0]));
  const vocab: Record<string, Set<string | undefined>> = {
    category: codes('indicatorCategory'),
    typologies: codes('indicatorTypology'),
    subject: codes('indicatorSubject'),
    verification: codes('verificationLevel'),
    status: codes('catalogueEntryStatus'),
  };
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 2;
    if (!hasHeaderWidth(row, header, file, line, add)) return;
    const cell = Object.fromEntries(header.map((h, c) => [h, row[c] ?? ''])) as Record<string, string>;
    for (const h of header) {
      if (cell[h]!.trim() === '' && !OPTIONAL_INDICATOR_COLUMNS.has(h)) add({ file, line, rule: 'indicator-cell-empty', message: `the ${h} is empty`, hint: `every column of the catalogue is filled: add the ${h}` });
      else if (cell[h] !== cell[h]!.trim()) add({ file, line, rule: 'csv-whitespace', message: `the ${h} has leading or trailing white space`, hint: 'remove the spaces' });
    }
    const id = cell.id!;
    if (!INDICATOR_ID.test(id)) add({ file, line, rule: 'indicator-id', message: `"${id}" is not a valid indicator ID`, hint: 'IDs look like SOURCE-SET-N, e.g. FINCEN-HT20-F17' });
    if (seen.has(id)) add({ file, line, rule: 'indicator-duplicate-id', message: `ID ${id} is already used on line ${seen.get(id)}`, hint: 'IDs are never reused: give the new indicator a new ID' });
    seen.set(id, line);
    for (const [column, allowed] of Object.entries(vocab)) {
      for (const value of cell[column]!.split(';').filter(Boolean)) {
        if (!allowed.has(value)) add({ file, line, rule: 'indicator-code-unknown', message: `${column} "${value}" is not a code of its code list`, hint: `use one of: ${[...allowed].join(', ')}` });
      }
    }
    if (!sourceIds.has(cell.source!)) add({ file, line, rule: 'source-unknown', message: `source "${cell.source}" is not in sources.csv`, hint: 'add it to schema/sources.csv or cite an existing one' });
    checkIndicatorStatus(cell, line, file, add);
    if (!SEMVER.test(cell.introducedIn!)) add({ file, line, rule: 'indicator-version', message: `introducedIn "${cell.introducedIn}" is not a version`, hint: 'write the version that introduced it, e.g. 0.1.0' });
  });
  // A replacement is an indicator one can use: it exists, and is neither deprecated nor withdrawn itself.
  const statusOf = new Map(rows.map((row) => [row[header.indexOf('id')], row[header.indexOf('status')]]));
  rows.forEach((row, i) => {
    const replacedBy = row[header.indexOf('replacedBy')];
    if (!replacedBy) return;
    const status = statusOf.get(replacedBy);
    if (status === undefined) add({ file, line: i + 2, rule: 'indicator-replacement-unknown', message: `replacedBy "${replacedBy}" is not an indicator of the catalogue`, hint: 'name the ID of the indicator to use instead' });
    else if (status === 'deprecated' || status === 'withdrawn') add({ file, line: i + 2, rule: 'indicator-replacement-inactive', message: `replacedBy ${replacedBy} is itself ${status}`, hint: 'name the indicator that is still in use' });
  });
}

/** The replacedBy column may be empty; every other column of the catalogue is filled. */
const OPTIONAL_INDICATOR_COLUMNS: ReadonlySet<string> = new Set(['replacedBy']);

/**
 * An unverified row is never active (it is provisional until someone finds it in its source), a provisional row is
 * an unverified one, and only deprecated or withdrawn rows name a replacement (a deprecated one must).
 */
function checkIndicatorStatus(cell: Record<string, string>, line: number, file: string, add: Add): void {
  const { status, verification, replacedBy } = cell;
  if (verification === 'unverified' && status === 'active') add({ file, line, rule: 'indicator-unverified-active', message: 'an unverified indicator is active', hint: 'make it provisional until its wording is found in the source, or withdraw it' });
  if (status === 'provisional' && verification !== 'unverified') add({ file, line, rule: 'indicator-provisional-checked', message: `a ${verification} indicator is provisional`, hint: 'provisional is for unverified indicators: make it active' });
  if (status === 'deprecated' && !replacedBy) add({ file, line, rule: 'indicator-replacement-missing', message: 'a deprecated indicator does not say what replaces it', hint: 'give the ID of the indicator to use instead in replacedBy' });
  if (replacedBy && status !== 'deprecated' && status !== 'withdrawn') add({ file, line, rule: 'indicator-replacement-misplaced', message: `an ${status} indicator names a replacement`, hint: 'only deprecated or withdrawn indicators have replacedBy' });
}

const PROFILE_SCHEMA_FILE = 'sharing-profile.schema.json';

/** Sharing profiles are valid against their schema, named after their file, and never keep direct identifiers when shared. */
function checkProfiles(source: SchemaSource, add: Add): void {
  if (source.profiles.size === 0) return;
  const profileSchema = source.schemas.get(PROFILE_SCHEMA_FILE);
  if (!profileSchema) {
    add({ rule: 'file-missing', file: `${source.dir}/${PROFILE_SCHEMA_FILE}`, message: 'the sharing-profile schema is missing', hint: 'restore it' });
    return;
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of source.schemas.values()) if (file !== profileSchema) ajv.addSchema(file.content);
  const validate = ajv.compile(profileSchema.content);
  for (const [name, file] of source.profiles) {
    const profile = file.content;
    if (!validate(profile)) {
      for (const error of validate.errors ?? []) {
        add({ rule: 'profile-invalid', file: file.path, pointer: error.instancePath, message: `not a valid sharing profile: ${error.message ?? error.keyword}`, hint: `see ${PROFILE_SCHEMA_FILE}` });
      }
      continue;
    }
    if (profile.name !== name) add({ rule: 'profile-name', file: file.path, pointer: '/name', message: `the profile is called "${String(profile.name)}" but its file "${name}.json"`, hint: 'make the file name and "name" the same' });
    const bySensitivity = profile.bySensitivity as Record<string, string>;
    if (profile.outputTlp !== 'unchanged' && profile.outputTlp !== 'TLP:RED' && bySensitivity.P4 === 'keep') {
      add({ rule: 'profile-keeps-direct-identifiers', file: file.path, pointer: '/bySensitivity/P4', message: 'the profile shares direct identifiers (P4) unchanged', hint: 'use "drop", or "method" to hash, band or drop each by its own method' });
    }
  }
}
