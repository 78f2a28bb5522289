/** `htfds import` for the tabular templates: a filled workbook, or a folder holding a CSV package. */
import type { ImportedRecord } from '../io/imported-record.js';
import { streamCsvPackage } from './csv/csv-package-stream.js';
import { currentLayout } from './current-layout.js';
import type { TabularLayout } from './layout.js';
import type { SourceTable } from './source-table.js';
import { noCaseFinding, splitTableFindings, unflatten, withFindingsOfEveryReport } from './unflatten.js';
import { readWorkbook, type WorkbookLimits } from './xlsx/read-workbook.js';
import { CODELISTS_SHEET, INSTRUCTIONS_SHEET } from './xlsx/instructions.js';
import { headingFindings } from './xlsx/heading-rows.js';

/** Parts of the templates that hold no case data. */
export const NON_DATA_TABLES = [INSTRUCTIONS_SHEET, CODELISTS_SHEET];

/** The reports in the tables, then (if any) one entry for the findings that belong to no report. */
export function* reportsFrom(sources: SourceTable[], origin: string, layout: TabularLayout = currentLayout): Generator<ImportedRecord> {
  const { records, unplaced: orphans, aboutTables } = unflatten(layout, sources, { ignore: NON_DATA_TABLES });
  // Workbook heading rows: what is typed over the template's headings is never read, so it is a finding.
  for (const source of sources) {
    const table = layout.tables.find((t) => t.key === source.name);
    if (table && source.headings) aboutTables.push(...headingFindings(table, source));
  }
  const { everyReport, once } = splitTableFindings(aboutTables);
  // Without a report to carry them, the errors about tables are given once with the rest.
  const unplaced = [...once, ...(records.length === 0 ? everyReport : []), ...orphans];
  if (records.length === 0) unplaced.unshift(noCaseFinding(layout, origin));
  for (const record of records) yield withFindingsOfEveryReport(record, everyReport);
  if (unplaced.length > 0) yield { origin: { file: origin }, findings: unplaced, locate: () => undefined };
}

/** The case reports in a filled workbook (.xlsx). Throws UnusableInputError for files that cannot be read safely. */
export async function* importWorkbook(file: string, options: { limits?: WorkbookLimits } = {}): AsyncGenerator<ImportedRecord> {
  yield* reportsFrom(await readWorkbook(file, { ignore: NON_DATA_TABLES, ...options }), file);
}

/** The case reports in a folder of CSV files (a filled CSV package), read case by case in bounded memory. */
export async function* importCsvPackage(dir: string, layout: TabularLayout = currentLayout): AsyncGenerator<ImportedRecord> {
  yield* streamCsvPackage(dir, layout, NON_DATA_TABLES);
}
