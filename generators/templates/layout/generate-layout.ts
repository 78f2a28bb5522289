/** src/generated/tabular-layout.js: the tabular layout, for import and export at run time (see src/tabular/layout.ts). */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { buildTabularLayout } from './build-layout.js';

const BANNER = '// Generated from the HTFDS schema by generators/templates/layout. Do not edit: change schema/ and run `npm run build`.';

export function* generateTabularLayout(model: FieldModel): Generator<GeneratedFile> {
  yield { root: 'src', path: 'tabular-layout.js', content: `${BANNER}\nexport default ${JSON.stringify(buildTabularLayout(model))};\n` };
  yield {
    root: 'src',
    path: 'tabular-layout.d.ts',
    content: `${BANNER}\nimport type { TabularLayout } from '../tabular/layout.js';\ndeclare const tabularLayout: TabularLayout;\nexport default tabularLayout;\n`,
  };
}
