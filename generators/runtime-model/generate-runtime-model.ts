/** src/generated/runtime-model.js: the schema facts the runtime rules and messages use (see src/validate/runtime-model.ts). */
import type { RuntimeModel } from '../../src/validate/runtime-model.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';

const BANNER = '// Generated from the HTFDS schema by generators/runtime-model. Do not edit: change schema/ and run `npm run build`.';

export function runtimeModel(model: FieldModel): RuntimeModel {
  return {
    version: model.version,
    fields: model.fields.map((f) => ({
      path: f.path,
      title: f.title,
      kind: f.kind,
      acceptsMissing: f.acceptsMissing,
      ...(f.codelist ? { codelist: f.codelist } : {}),
      sensitivity: f.sensitivity,
      ...(f.refTarget ? { refTarget: f.refTarget } : {}),
      ...(f.deprecated ? { deprecated: f.deprecated } : {}),
    })),
    containers: Object.fromEntries(model.containers.map((c) => [c.path, c.title])),
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
    indicators: Object.fromEntries(model.indicators.map((i) => [i.id, i.status])),
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
