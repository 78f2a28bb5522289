/** src/generated/runtime-model.js: the schema facts the runtime rules and messages use (see src/validate/runtime-model.ts). */
import type { RuntimeModel, RuntimeUpgradeStep } from '../../src/validate/runtime-model.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import { isObject } from '../model/schema-graph.js';
import type { JsonObject } from '../model/source.js';

/** The coded parts of the Money value type, read from its schema: part name → code list. */
function moneyCodes(model: FieldModel): Record<string, string> {
  const common = (model.bundle.$defs as JsonObject)['common.schema.json'] as JsonObject;
  const defs = common.$defs as JsonObject;
  const money = defs.Money as JsonObject;
  const out: Record<string, string> = {};
  for (const [part, schema] of Object.entries(money.properties as JsonObject)) {
    const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref.split('/').pop()! : '';
    const target = defs[ref];
    if (isObject(target) && typeof target['x-codelist'] === 'string') out[part] = target['x-codelist'];
  }
  return out;
}

const BANNER = '// Generated from the HTFDS schema by generators/runtime-model. Do not edit: change schema/ and run `npm run build`.';

export function runtimeModel(model: FieldModel): RuntimeModel {
  return {
    version: model.version,
    fields: model.fields.map((f) => ({
      path: f.path,
      title: f.title,
      description: f.description,
      kind: f.kind,
      acceptsMissing: f.acceptsMissing,
      required: f.required,
      ...(f.codelist ? { codelist: f.codelist } : {}),
      sensitivity: f.sensitivity,
      anonymisation: f.anonymisation,
      ...(f.tlpMin ? { tlpMin: f.tlpMin } : {}),
      ...(f.quasiIdentifier ? { quasiIdentifier: true } : {}),
      ...(f.derivedFrom ? { derivedFrom: f.derivedFrom } : {}),
      ...(f.refTarget ? { refTarget: f.refTarget } : {}),
      ...(f.deprecated ? { deprecated: f.deprecated } : {}),
    })),
    containers: Object.fromEntries(model.containers.map((c) => [c.path, c.title])),
    requiredContainers: model.containers.filter((c) => c.required).map((c) => c.path),
    requiresOneOf: Object.fromEntries(model.containers.filter((c) => c.requiresOneOf).map((c) => [c.path, c.requiresOneOf!])),
    codelists: Object.fromEntries(
      [...model.codelists.values()].map((list) => [
        list.name,
        {
          title: list.title,
          open: list.open,
          codes: Object.fromEntries(list.codes.map((c) => [c.code, c.title])),
          deprecated: Object.fromEntries(list.codes.filter((c) => c.deprecated).map((c) => [c.code, c.deprecated!.note])),
        },
      ]),
    ),
    moneyCodes: moneyCodes(model),
    releases: model.releases.map((r) => ({ version: r.version, ...(Array.isArray(r.upgrade?.steps) ? { steps: r.upgrade.steps as RuntimeUpgradeStep[] } : {}) })),
    profiles: Object.fromEntries(
      model.profiles.map(({ name, title, acceptsTlp, outputTlp, sanitising, allowedPurposes, onwardSharing, recordIdentifiers, bySensitivity, byMethod, kAnonymity }) => [
        name,
        { name, title, acceptsTlp, outputTlp, sanitising, allowedPurposes, onwardSharing, recordIdentifiers, bySensitivity, byMethod, ...(kAnonymity ? { kAnonymity } : {}) },
      ]),
    ),
    indicators: Object.fromEntries(model.indicators.map((i) => [i.id, i.status])),
    indicatorReplacedBy: Object.fromEntries(model.indicators.flatMap((i) => (i.replacedBy ? [[i.id, i.replacedBy]] : []))),
  };
}

export function* generateRuntimeModel(model: FieldModel): Generator<GeneratedFile> {
  yield { root: 'src', path: 'runtime-model.js', content: `${BANNER}\nexport default ${JSON.stringify(runtimeModel(model))};\n` };
  yield {
    root: 'src',
    path: 'runtime-model.d.ts',
    content: `${BANNER}\nimport type { RuntimeModel } from '../validate/runtime-model.js';\ndeclare const runtimeModel: RuntimeModel;\nexport default runtimeModel;\n`,
  };
}
