/**
 * The field model of a schema folder, from a source that passed the lint: the model itself (model/field-model.ts)
 * assumes a sound source and knows nothing of the lint; this is where the two meet.
 */
import { lintSchemaSource } from './lint/lint-schema.js';
import { buildFieldModel, type FieldModel } from './model/field-model.js';
import type { SourceFinding } from './model/finding.js';
import { loadSchemaSource } from './model/source.js';

export class SchemaSourceError extends Error {
  constructor(readonly findings: SourceFinding[]) {
    super(`the schema has ${findings.length} problem(s)`);
  }
}

/** Loads, lints and models the schema in `dir`; throws SchemaSourceError when the lint finds problems. */
export function loadFieldModel(dir: string): FieldModel {
  const source = loadSchemaSource(dir);
  const findings = lintSchemaSource(source);
  if (findings.length > 0) throw new SchemaSourceError(findings);
  return buildFieldModel(source);
}
