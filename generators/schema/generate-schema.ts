/** dist/schema/: the bundled case-report schema and the indicator catalogue as JSON with its schema. */
import type { GeneratedFile } from '../generated-file.js';
import { canonicalJson } from '../lint/lint-schema.js';
import type { FieldModel } from '../model/field-model.js';

export const BUNDLE_PATH = 'schema/htfds-case-report.bundle.schema.json';

export function* generateSchemaFiles(model: FieldModel): Generator<GeneratedFile> {
  yield { path: BUNDLE_PATH, content: canonicalJson(model.bundle) };
  yield { path: 'schema/indicator-catalogue.schema.json', content: canonicalJson(model.indicatorCatalogueSchema) };
  yield { path: 'schema/indicator-catalogue.json', content: canonicalJson(model.indicators) };
}
