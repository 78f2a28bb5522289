/**
 * dist/schema/: the bundled case-report schema, the indicator catalogue as JSON with its schema, and the schema of
 * the sharing hub's configuration.
 */
import { HUB_CONFIG_SCHEMA } from '../../src/hub/config.js';
import type { GeneratedFile } from '../generated-file.js';
import { canonicalJson } from '../lint/lint-schema.js';
import type { FieldModel } from '../model/field-model.js';

export const BUNDLE_PATH = 'schema/htfds-case-report.bundle.schema.json';
export const HUB_CONFIG_SCHEMA_PATH = 'schema/hub-config.schema.json';

export function* generateSchemaFiles(model: FieldModel): Generator<GeneratedFile> {
  yield { path: BUNDLE_PATH, content: canonicalJson(model.bundle) };
  yield { path: 'schema/indicator-catalogue.schema.json', content: canonicalJson(model.indicatorCatalogueSchema) };
  yield { path: 'schema/indicator-catalogue.json', content: canonicalJson(model.indicators) };
  // The object the hub validates its configuration with, not a copy: its profiles and code lists come from the runtime
  // model, which the build regenerates (and reloads) before any generator runs.
  yield { path: HUB_CONFIG_SCHEMA_PATH, content: canonicalJson(HUB_CONFIG_SCHEMA) };
}
