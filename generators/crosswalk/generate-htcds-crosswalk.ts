/**
 * The HTCDS crosswalk's artefacts: src/generated/htcds-crosswalk.js (what `htfds import` reads HTCDS data
 * through) and the published tables dist/crosswalks/htcds-to-htfds.csv and htfds-to-htcds.csv.
 */
import { formatCsv } from '../../src/io/csv.js';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import { htcdsToHtfds, htfdsToHtcds, TO_HTCDS_HEADER, TO_HTFDS_HEADER, type TableRow } from './crosswalk-table.js';

const BANNER = '// Generated from schema/crosswalks by generators/crosswalk. Do not edit: change schema/ and run `npm run build`.';
export const CROSSWALK_DOWNLOADS = { toHtfds: 'crosswalks/htcds-to-htfds.csv', toHtcds: 'crosswalks/htfds-to-htcds.csv' };

const csv = (header: (keyof TableRow)[], rows: TableRow[]) => formatCsv([header, ...rows.map((r) => header.map((k) => r[k]))]);

export function* generateHtcdsCrosswalk(model: FieldModel): Generator<GeneratedFile> {
  if (!model.htcds) return;
  yield { root: 'src', path: 'htcds-crosswalk.js', content: `${BANNER}\nexport default ${JSON.stringify(model.htcds)};\n` };
  yield {
    root: 'src',
    path: 'htcds-crosswalk.d.ts',
    content: `${BANNER}\nimport type { HtcdsCrosswalk } from '../htcds/crosswalk.js';\ndeclare const htcdsCrosswalk: HtcdsCrosswalk;\nexport default htcdsCrosswalk;\n`,
  };
  yield { path: CROSSWALK_DOWNLOADS.toHtfds, content: csv(TO_HTFDS_HEADER, htcdsToHtfds(model, model.htcds)) };
  yield { path: CROSSWALK_DOWNLOADS.toHtcds, content: csv(TO_HTCDS_HEADER, htfdsToHtcds(model, model.htcds)) };
}
