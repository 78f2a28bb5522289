/**
 * dist/schema/profiles/<profile>.schema.json: for each sharing profile, the schema that anonymised reports
 * validate against. It is the main schema with the profile's plan applied: dropped and hashed-away data points
 * are not even allowed (every object is closed), banded amounts have no exact amount, coarsened dates have
 * their coarser form, and the handling markings can only say what the profile allows.
 */
import { keyIdPathFor } from '../../src/share/key-ids.js';
import { actionFor, leavesOrganisation, removesDataPoint } from '../../src/share/plan.js';
import { SAFE_FORMS } from '../../src/share/safe-values.js';
import { atLeastAsStrict, TLP_ORDER } from '../../src/share/tlp.js';
import type { GeneratedFile } from '../generated-file.js';
import { canonicalJson } from '../lint/lint-schema.js';
import { flattenBundle, withFlatRefs } from '../model/bundle-schema.js';
import type { FieldModel, SharingProfile } from '../model/field-model.js';
import { isObject, splitRef } from '../model/schema-graph.js';
import type { JsonObject } from '../model/source.js';
import { runtimeModel } from '../runtime-model/generate-runtime-model.js';

const QUARTER_OR_YEAR = '^[0-9]{4}(-Q[1-4])?$';
/** Local identifiers as the anonymiser renumbers them (persons-1, accounts-2…). */
export const RENUMBERED_ID = '^[a-z][A-Za-z]*-[1-9][0-9]*$';

/** The object schema that holds a field, in the flat document, from the field's schemaPointer. */
function holder(flat: JsonObject, schemaPointer: string, rootFile: string): JsonObject | undefined {
  const hash = schemaPointer.indexOf('#');
  const file = schemaPointer.slice(0, hash);
  const tokens = schemaPointer.slice(hash + 2).split('/');
  tokens.splice(-2, 2); // …/properties/<name>
  let node: unknown = file === rootFile ? flat : flat.$defs;
  const path = file === rootFile ? tokens : tokens.slice(1); // drop "$defs"
  for (const t of path) node = isObject(node) ? node[t] : undefined;
  return isObject(node) ? node : undefined;
}

function removeProperty(object: JsonObject, name: string): void {
  if (isObject(object.properties)) delete object.properties[name];
  if (Array.isArray(object.required)) object.required = object.required.filter((r) => r !== name);
  // "at least one of" alternatives that only name removed properties can no longer be met: drop them.
  if (Array.isArray(object.anyOf)) {
    const alternatives = object.anyOf.filter((a) => !(isObject(a) && Array.isArray(a.required) && a.required.includes(name)));
    if (alternatives.length > 0) object.anyOf = alternatives;
  }
  if (isObject(object.dependentRequired)) delete object.dependentRequired[name];
}

/** The profile schema as a JSON value. */
export function profileSchema(model: FieldModel, profile: SharingProfile): JsonObject {
  const rootFile = String(model.bundle.$id).split('/').pop()!;
  const flat = flattenBundle(model.bundle, (schema, file) => withFlatRefs(schema, file) as JsonObject);
  const defs = flat.$defs as JsonObject;
  const runtime = runtimeModel(model);
  const rtProfile = runtime.profiles[profile.name]!;
  const planTlp = profile.outputTlp === 'unchanged' ? 'TLP:RED' : profile.outputTlp;
  const removed = new Set<string>();

  // Money without its exact amount, for banded amounts.
  const money = structuredClone(defs.Money as JsonObject);
  removeProperty(money, 'amount');
  delete money.anyOf;
  money.required = ['amountBand'];
  money.title = 'Amount of money, as a band';
  defs.BandedMoney = money;
  defs.BandedMoneyOrMissing = { title: 'Banded amount, or missing', description: 'An amount band, or a missing value.', anyOf: [{ $ref: '#/$defs/BandedMoney' }, { $ref: '#/$defs/MissingValue' }] };

  const fieldAt = (path: string) => runtime.fields.find((f) => f.path === path);
  const leaving = leavesOrganisation(profile);
  for (const field of model.fields) {
    const action = actionFor(fieldAt(field.path)!, rtProfile, planTlp, fieldAt);
    const object = holder(flat, field.schemaPointer, rootFile);
    const properties = object && isObject(object.properties) ? object.properties : undefined;
    const schema = properties?.[field.name];
    if (!object || !isObject(schema)) continue;
    // Leaving the organisation, a keyed hash travels only beside the ID of the key that made it.
    const unprovableHash = leaving && field.kind === 'hmac' && !keyIdPathFor(field.path, (p) => model.fields.some((f) => f.path === p));
    const unlinkable = leaving && profile.recordIdentifiers === 'fresh' && field.path === '/relatesToRecordId';
    if (removesDataPoint(action, field.kind) || unprovableHash || unlinkable) {
      removeProperty(object, field.name);
      removed.add(field.path);
    } else if (action === 'band' && field.kind === 'money') {
      const refTo = (s: unknown): string => (isObject(s) && typeof s.$ref === 'string' ? s.$ref : '');
      if (refTo(schema).endsWith('/MoneyOrMissing')) schema.$ref = '#/$defs/BandedMoneyOrMissing';
      else if (refTo(schema).endsWith('/Money')) schema.$ref = '#/$defs/BandedMoney';
    } else if (action === 'quarter' || action === 'month') {
      const coarse = action === 'quarter' ? { type: 'string', pattern: QUARTER_OR_YEAR } : { $ref: '#/$defs/YearMonth' };
      const { anyOf, $ref: _ref, format: _format, pattern: _pattern, type: _type, ...rest } = schema;
      const acceptsMissing = Array.isArray(anyOf) && anyOf.some((a) => isObject(a) && String(a.$ref).endsWith('/MissingValue'));
      properties![field.name] = { ...rest, ...(acceptsMissing ? { anyOf: [coarse, { $ref: '#/$defs/MissingValue' }] } : coarse) };
    }
  }
  // A list of identifiers whose value, hash and truncated form are all gone cannot exist at all.
  for (const container of model.containers.filter((c) => c.requiresOneOf)) {
    if (container.requiresOneOf!.every((name) => removed.has(`${container.path}/*/${name}`))) {
      const parentPath = container.path.slice(0, container.path.lastIndexOf('/'));
      const parentField = model.containers.find((c) => c.path === parentPath.replace(/\/\*$/, ''));
      const def = parentField ? findDefFor(model, defs, parentField.path) : undefined;
      if (def) removeProperty(def, container.name);
    }
  }
  if (leaving) restrictToAllowList(model, flat, rootFile, defs);
  restrictMarkings(defs, profile);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://w3id.org/htfds/schema/${model.version.split('.').slice(0, 2).join('.')}/profiles/${profile.name}.schema.json`,
    ...flat,
    title: `HTFDS case report shared under the ${profile.title} profile`,
    description: `${profile.description} Reports produced by \`htfds anonymise --profile ${profile.name}\` validate against this schema.`,
  };
}

/** The definition of the object a container path holds (e.g. /persons → Person). */
function findDefFor(model: FieldModel, defs: JsonObject, containerPath: string): JsonObject | undefined {
  const field = model.fields.find((f) => f.path.startsWith(`${containerPath}/*/`) || f.path.startsWith(`${containerPath}/`));
  if (!field) return undefined;
  const pointer = splitRef('', field.schemaPointer).pointer;
  const defName = pointer.split('/')[2];
  return defName && isObject(defs[defName]) ? defs[defName] : undefined;
}

/** What may leave the organisation: renumbered local identifiers, codes of open lists only, strings in their proven form. */
function restrictToAllowList(model: FieldModel, flat: JsonObject, rootFile: string, defs: JsonObject): void {
  for (const name of ['LocalId', 'LocalRef']) (defs[name] as JsonObject).pattern = RENUMBERED_ID;
  for (const def of Object.values(defs)) {
    if (!isObject(def) || def['x-openCodelist'] !== true || typeof def['x-codelist'] !== 'string') continue;
    def.enum = model.codelists.get(def['x-codelist'])!.codes.map((c) => c.code);
  }
  const withPattern = (schema: unknown, pattern: string): void => {
    if (!isObject(schema)) return;
    if (schema.type === 'string') schema.pattern = pattern;
    if (isObject(schema.items)) withPattern(schema.items, pattern);
    if (Array.isArray(schema.anyOf)) for (const alternative of schema.anyOf) withPattern(alternative, pattern);
  };
  for (const field of model.fields) {
    const form = SAFE_FORMS[field.path];
    const object = form ? holder(flat, field.schemaPointer, rootFile) : undefined;
    if (form && object && isObject(object.properties)) withPattern(object.properties[field.name], form.pattern);
  }
}

/** The output's markings can only be what the profile produces. */
function restrictMarkings(defs: JsonObject, profile: SharingProfile): void {
  const sharing = defs.Sharing as JsonObject;
  const props = sharing.properties as JsonObject;
  if (profile.outputTlp === 'unchanged') return;
  const allowed = profile.sanitising ? [profile.outputTlp] : TLP_ORDER.filter((t) => atLeastAsStrict(t, profile.outputTlp));
  const { $ref: _tlpRef, ...tlp } = props.tlp as JsonObject;
  props.tlp = { ...tlp, type: 'string', enum: allowed };
  props.permittedPurposes = { ...(props.permittedPurposes as JsonObject), items: { type: 'string', enum: profile.allowedPurposes } };
  const { $ref: _flagRef, ...sanitised } = props.sanitised as JsonObject;
  props.sanitised = { ...sanitised, const: true };
  removeProperty(sharing, 'fieldLevelTlp');
  sharing.required = [...new Set([...(sharing.required as string[]), 'sanitised'])];
}

export function* generateProfileSchemas(model: FieldModel): Generator<GeneratedFile> {
  for (const profile of model.profiles) {
    yield { path: `schema/profiles/${profile.name}.schema.json`, content: canonicalJson(profileSchema(model, profile)) };
  }
}
