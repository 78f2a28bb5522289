/** dist/templates/htfds-workbook-{full,core}.xlsx: the blank workbooks, written by the same code `htfds export` fills. */
import { coreLayout } from '../../../src/tabular/layout.js';
import { writeWorkbook } from '../../../src/tabular/xlsx/write-workbook.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { buildTabularLayout } from '../layout/build-layout.js';

export const TEMPLATES_DIR = 'templates';
export const workbookTemplatePath = (variant: 'full' | 'core') => `${TEMPLATES_DIR}/htfds-workbook-${variant}.xlsx`;

export async function generateWorkbookTemplates(model: FieldModel): Promise<GeneratedFile[]> {
  const layout = buildTabularLayout(model);
  return [
    { path: workbookTemplatePath('full'), content: await writeWorkbook(layout, { variant: 'full' }) },
    { path: workbookTemplatePath('core'), content: await writeWorkbook(coreLayout(layout), { variant: 'core' }) },
  ];
}
