/**
 * Precompiled standalone Ajv validator (ES module): no schema compilation at run time. Its errors keep
 * Ajv's shape (with `verbose` parent schemas) so that the runtime can turn them into plain language.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _, stringify } from 'ajv/dist/compile/codegen/index.js';
import { addFormats } from './add-formats.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import { CODELIST_KEYWORD, CODES_KEYWORD, validationSchema } from './validation-schema.js';
import { generateVerdict } from './generate-verdict.js';
import { generateRulesVerdict } from './generate-rules-verdict.js';

// Ajv's standalone module is CommonJS: Node hands us module.exports, Vitest its .default.
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (ajv: Ajv2020, validate: unknown) => string;

export const VALIDATOR_MODULE = 'validate-case-report.js';
const BANNER = '// Generated from the HTFDS schema by generators/validators. Do not edit: change schema/ and run `npm run build`.';

/** An Ajv instance that knows our keywords; the same setup compiles at build time and in tests. */
export function createAjv(options: { standalone: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    keywords: [CODELIST_KEYWORD],
    code: options.standalone ? { source: true, esm: true, lines: false } : {},
  });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: CODES_KEYWORD,
    type: 'string',
    schemaType: 'array',
    error: { message: 'must be one of the codes of its code list' },
    code(cxt) {
      const codes = cxt.schema as string[];
      // A module-level Set: one hash lookup per value instead of scanning the list.
      const set = cxt.gen.scopeValue('obj', { ref: new Set(codes), code: _`new Set(${stringify(codes)})` });
      cxt.fail(_`!${set}.has(${cxt.data})`);
    },
  });
  return ajv;
}

/** require() calls of Ajv's standalone output → the same helper from src/validate/ajv-runtime.ts. */
const RUNTIME_HELPERS: Record<string, string> = {
  'require("ajv/dist/runtime/equal").default': 'ajvRuntime.equal',
  'require("ajv/dist/runtime/ucs2length").default': 'ajvRuntime.ucs2length',
  'require("ajv-formats/dist/formats").fullFormats': 'ajvRuntime.fullFormats',
};

/** Ajv's ESM output still calls require() for its runtime helpers (ajv#2209): point them at our ES module. */
export function useRuntimeHelpers(standalone: string): string {
  let code = standalone;
  for (const [call, replacement] of Object.entries(RUNTIME_HELPERS)) code = code.replaceAll(call, replacement);
  // Errors of a sub-validator are appended in place, not copied with everything found before (see appendErrors).
  code = code.replace(/vErrors\.concat\((validate\d+\.errors)\)/g, 'ajvRuntime.appendErrors(vErrors, $1)');
  const leftover = /require\("[^"]+"\)/.exec(code);
  if (leftover) throw new Error(`the validator needs ${leftover[0]}: add it to src/validate/ajv-runtime.ts and RUNTIME_HELPERS`);
  return code;
}

/** The validator module's source. */
export function validatorSource(model: FieldModel): string {
  const ajv = createAjv({ standalone: true });
  const validate = ajv.compile(validationSchema(model));
  const code = useRuntimeHelpers(standaloneCode(ajv, validate).replace(/^"use strict";/, ''));
  return `${BANNER}\nimport * as ajvRuntime from '../validate/ajv-runtime.js';\n${code}\n`;
}

const DECLARATION = `${BANNER}
import type { ErrorObject } from 'ajv';
/** Validates a case report against the HTFDS schema; on failure, errors are in validate.errors. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
`;

export function* generateValidators(model: FieldModel): Generator<GeneratedFile> {
  yield { root: 'src', path: VALIDATOR_MODULE, content: validatorSource(model) };
  yield { root: 'src', path: VALIDATOR_MODULE.replace(/\.js$/, '.d.ts'), content: DECLARATION };
  yield* generateVerdict(model);
  yield* generateRulesVerdict(model);
}
