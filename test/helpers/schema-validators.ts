/**
 * Two independent JSON Schema 2020-12 implementations over the bundled schema, so that tests can check they
 * give the same verdicts: Ajv (what our validators are built on) and Hyperjump.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { addFormats } from '../../generators/validators/add-formats.js';
import * as hyperjump from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import { bundleCaseReportSchema } from '../../generators/model/bundle-schema.js';
import { loadSchemaSource, type JsonObject } from '../../generators/model/source.js';
import { primaryErrors } from '../../src/validate/primary-errors.js';


/** Our annotation keywords, as the meta-schema declares them. */
export const ANNOTATION_KEYWORDS = Object.keys(
  (JSON.parse(readFileSync('schema/meta/htfds-dialect.schema.json', 'utf8')) as { properties: Record<string, unknown> }).properties,
);

let cachedBundle: JsonObject | undefined;
/** The bundled case-report schema, built once per test file from the source. */
export function bundledSchema(): JsonObject {
  cachedBundle ??= bundleCaseReportSchema(loadSchemaSource('schema'));
  return cachedBundle;
}

export interface AjvVerdict {
  valid: boolean;
  errors: ErrorObject[];
}

/** Ajv in strict mode with every error collected; returns the errors reduced to the primary ones. */
export function makeAjvValidator(schema: JsonObject = bundledSchema()): (data: unknown) => AjvVerdict {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, keywords: ANNOTATION_KEYWORDS });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => {
    const valid = validate(data) as boolean;
    return { valid, errors: valid ? [] : primaryErrors(validate.errors ?? [], data) };
  };
}

/** Hyperjump with format assertion on (as Ajv with ajv-formats does), returning only the verdict. */
export async function makeHyperjumpValidator(schema: JsonObject = bundledSchema()): Promise<(data: unknown) => boolean> {
  hyperjump.setShouldValidateFormat(true);
  const uri = String(schema.$id);
  if (!hyperjump.hasSchema(uri)) hyperjump.registerSchema(structuredClone(schema) as hyperjump.SchemaObject, uri);
  const validator = await hyperjump.validate(uri);
  return (data) => validator(data as Parameters<typeof validator>[0]).valid;
}
