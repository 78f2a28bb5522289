/** dist/templates/htfds-csv-{full,core}/: the blank CSV packages (datapackage.json, code lists, one header-only CSV per table). */
import { csvPackageFiles } from '../../../src/tabular/csv/csv-package.js';
import { coreLayout } from '../../../src/tabular/layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { buildTabularLayout } from '../layout/build-layout.js';
import { TEMPLATES_DIR } from '../xlsx/generate-workbook-templates.js';

export const csvTemplateDir = (variant: 'full' | 'core') => `${TEMPLATES_DIR}/htfds-csv-${variant}`;

export function* generateCsvTemplates(model: FieldModel): Generator<GeneratedFile> {
  const full = buildTabularLayout(model);
  for (const [variant, layout] of [['full', full], ['core', coreLayout(full)]] as const) {
    for (const file of csvPackageFiles(layout, variant)) yield { path: `${csvTemplateDir(variant)}/${file.path}`, content: file.content };
  }
}
