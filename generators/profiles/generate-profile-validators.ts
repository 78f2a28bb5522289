/**
 * src/generated/profile-validators.js: each sharing profile's schema compiled ahead of time, so that the
 * anonymiser can check its output before writing it, in Node and in the browser, with no compilation at run time.
 * Only the verdict and the first error's place are needed, so titles and annotations are left out of the code.
 * src/generated/profile-verdicts.js: the same schemas as verdict-only checks (generators/validators/generate-verdict.ts),
 * which decide; the Ajv validators only say where a rejected output fails.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { leavesOrganisation } from '../../src/share/plan.js';
import type { ProfileValidator } from '../../src/share/profile-schema-check.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import { isObject } from '../model/schema-graph.js';
import type { JsonObject } from '../model/source.js';
import { addFormats } from '../validators/add-formats.js';
import { useRuntimeHelpers } from '../validators/generate-validators.js';
import { verdictsModule } from '../validators/generate-verdict.js';
import { flatValidationSchema } from '../validators/validation-schema.js';
import { profileSchema } from './generate-profile-schemas.js';

const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (ajv: Ajv2020, refs: Record<string, string>) => string;
const BANNER = '// Generated from the HTFDS sharing profiles by generators/profiles. Do not edit: change schema/ and run `npm run build`.';

/** The schema without what only people read; property names that happen to be "title" or "description" stay. */
function forValidation(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forValidation);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' || key === 'description' || key === 'examples' || key === '$comment' || key.startsWith('x-')) continue;
    out[key] = key === 'properties' || key === '$defs' ? Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, forValidation(v)])) : forValidation(value);
  }
  return out;
}

/** The same validators compiled in memory, for the build's own use before the generated module is written. */
export function compileProfileValidators(model: FieldModel): Record<string, ProfileValidator> {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  return Object.fromEntries(model.profiles.filter(leavesOrganisation).map((p) => [p.name, ajv.compile(forValidation(profileSchema(model, p)) as JsonObject) as ProfileValidator]));
}

export function* generateProfileValidators(model: FieldModel): Generator<GeneratedFile> {
  const ajv = new Ajv2020({ allErrors: false, strict: false, code: { source: true, esm: true, lines: false } });
  addFormats(ajv);
  const exports: Record<string, string> = {};
  const leaving = model.profiles.filter(leavesOrganisation);
  const schemas = new Map(leaving.map((p) => [p.name, profileSchema(model, p)]));
  for (const profile of leaving) {
    const schema = forValidation(schemas.get(profile.name)) as JsonObject;
    ajv.addSchema(schema);
    exports[profile.name] = String(schema.$id);
  }
  const code = useRuntimeHelpers(standaloneCode(ajv, exports).replace(/^"use strict";/, ''));
  yield { root: 'src', path: 'profile-validators.js', content: `${BANNER}\nimport * as ajvRuntime from '../validate/ajv-runtime.js';\n${code}\nexport default { ${leaving.map((p) => `${JSON.stringify(p.name)}: ${p.name}`).join(', ')} };\n` };
  const verdicts = verdictsModule(Object.fromEntries(leaving.map((p) => [p.name, flatValidationSchema(schemas.get(p.name)!)])), BANNER);
  yield { root: 'src', path: 'profile-verdicts.js', content: verdicts };
  yield {
    root: 'src',
    path: 'profile-verdicts.d.ts',
    content: `${BANNER}\n/** Profile name → whether an output passes that profile's schema (the Ajv validator's verdict, without its errors). */\ndeclare const profileVerdicts: Record<string, (data: unknown) => boolean>;\nexport default profileVerdicts;\n`,
  };
  yield {
    root: 'src',
    path: 'profile-validators.d.ts',
    content: `${BANNER}\nimport type { ErrorObject } from 'ajv';\ntype Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\n/** Profile name → validator of that profile's output (profiles that leave the organisation). */\ndeclare const profileValidators: Record<string, Validate>;\nexport default profileValidators;\n`,
  };
}
